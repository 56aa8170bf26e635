/**
 * The clean stage for HTML: one parse (load-html.ts), then metadata (metadata.ts), the story
 * (content.ts), the page kind (page-kind.ts) and the lead, into a CleanedDocument.
 */
import type { CleanedDocument } from '../pipeline/document.js';
import { emptyCleaned } from '../pipeline/document.js';
import { cleanAuthors } from './authors.js';
import { extractStory, stripDateline } from './content.js';
import { foldText } from './fold-text.js';
import { detectLanguage } from './language.js';
import { parseHtml } from './load-html.js';
import { scanPage } from './page-scan.js';
import { hostOf, readMetadata, readPageUrl } from './metadata.js';
import { decideKind } from './page-kind.js';
import { allSiteNames, genericHints, hintsForHost, type GenericHints } from './sites.js';
import { normalizeZone } from './datelines.js';
import { isSiteName, pickArticleTitle, pickListingTitle, type SiteNaming } from './title.js';

export { parseHtml } from './load-html.js';

export interface CleanOptions {
  /** The page's URL when known; the page's canonical URL wins. */
  url?: string | null;
  /** Use the per-site selectors of corpus/lexicon/sites.json (default true). */
  siteHints?: boolean;
}

/** How this page's site names itself: every site's printed names (sites.json) and the host's label. */
function namingFor(host: string | null): SiteNaming {
  const generic = genericHints();
  const label = host ? host.replace(/^(?:www|m|mobile|amp)\./, '').split('.')[0]!.replace(/[^a-z0-9]/g, '') : null;
  return { names: allSiteNames(), openings: generic.siteNameOpenings, markers: generic.siteNameMarkers, hostLabel: label || null };
}

/** The sapo, without the site dateline; falls back to the description when the page marks none. */
function pickLead(lead: string | null, description: string | null, firstParagraph: string | undefined, title: string | null): string | null {
  const generic = genericHints();
  if (lead) return stripDateline(lead, generic) || null;
  if (!description) return null;
  const d = stripDateline(description, generic);
  // A description that only repeats the headline is no sapo either.
  if (title && foldText(d) === foldText(title)) return null;
  // A description that only repeats (or truncates) the first paragraph is not a sapo.
  if (firstParagraph && (firstParagraph.startsWith(d.replace(/(?:\.\.\.|…)$/, '')) || d.startsWith(firstParagraph))) return null;
  return d || null;
}

/** The zone a page says its times are in ("Múi giờ GMT +8", vBulletin's footer), or null. */
function pageZoneOf(html: string, generic: GenericHints): string | null {
  // Only the few places the raw page writes "GMT"/"UTC" are read (the pattern accepts entities).
  const at = /GMT|UTC/g;
  for (let m = at.exec(html), n = 0; m && n < 20; m = at.exec(html), n++) {
    const zone = generic.pageZone.exec(html.slice(Math.max(0, m.index - 120), m.index + 12));
    if (zone) return normalizeZone(zone[1]!);
  }
  return null;
}

export function cleanHtml(html: string, options: CleanOptions = {}): CleanedDocument {
  const useSiteHints = options.siteHints ?? true;
  const page = parseHtml(html);
  const doc = emptyCleaned();
  const generic = genericHints();
  const pageUrl = options.url ?? null;

  // The canonical URL decides the site, and the site its hints.
  const scan = scanPage(page, generic.dropTags);
  const url = readPageUrl(scan, pageUrl);
  const host = hostOf(url); // new URL() is not free: parse it once
  const site = hintsForHost(host);
  const naming = namingFor(host);
  const meta = readMetadata(scan, url, generic, site, useSiteHints, () => pageZoneOf(html, generic), (text) => isSiteName(text, naming));
  const articleTitle = pickArticleTitle(meta.titles, naming);
  const leadGuess = meta.lead ? stripDateline(meta.lead, generic) : null;

  const taken = [meta.leadElement, meta.titleElement].filter((e) => e !== null);
  const story = extractStory(page, { generic, site, lead: leadGuess, title: articleTitle, taken, droppable: scan.droppable, index: scan.index }, useSiteHints);
  const evidence = decideKind(meta, story);

  doc.kind = evidence.kind;
  if (evidence.close) doc.warnings.push(`page kind ${evidence.kind} is a close call (score ${evidence.score}; an article from 2): ${evidence.reasons.join('; ')}`);
  doc.url = meta.url;
  doc.site = meta.site;
  doc.language = meta.language;
  if (doc.kind === 'listing') {
    // A section page's keywords and section describe the site, not a story: only title, url, site.
    doc.title = pickListingTitle(meta.titles, naming);
    return doc;
  }
  doc.title = articleTitle;
  doc.section = meta.section;
  doc.tags = meta.tags;
  doc.publishedAt = meta.publishedAt;
  doc.modifiedAt = meta.modifiedAt;
  doc.lead = pickLead(meta.lead, meta.description, story.paragraphs[0], articleTitle);
  doc.paragraphs = story.paragraphs;
  doc.captions = story.captions;
  const language = detectLanguage(meta.language, story.paragraphs);
  doc.language = language.language;
  if (language.warning) doc.warnings.push(language.warning);
  const a = meta.authors;
  const sources = [() => a.jsonLd, a.site, () => story.bylines.filter((b) => !/^theo\s/i.test(b)), () => a.meta, a.generic];
  for (const source of sources) {
    const names = cleanAuthors(source(), naming);
    if (names.length) {
      doc.authors = names;
      break;
    }
  }
  if (!doc.title) doc.warnings.push('no title found');
  if (!doc.publishedAt) doc.warnings.push('no publication time found');
  else if (meta.publishedFrom === 'url') doc.warnings.push('publication time guessed from the URL (date only)');
  if (story.stage !== 'site' && useSiteHints && site) doc.warnings.push(`site selectors of ${site.key} found no story; ${story.stage} used`);
  if (doc.paragraphs.length === 0) doc.warnings.push('no story text found');
  if (story.photoStory) doc.warnings.push(`photo story: the text is its ${story.captions.length} captions (SCHEMA v1.1)`);
  doc.lead = doc.lead ? foldText(doc.lead) : null;
  return doc;
}
