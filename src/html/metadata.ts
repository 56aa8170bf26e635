/**
 * Page metadata, each field from the best source the page offers, normalized:
 * url (canonical), site, language, title sources, publishedAt / modifiedAt, authors, section, tags, lead.
 * Reads only; the story stage, which removes elements, runs after it.
 */
import type { Element } from 'domhandler';
import { matchesSelector, selectInDocument } from './css-query.js';
import { textOf } from './dom-text.js';
import { foldText } from './fold-text.js';
import { readJsonLd, type JsonLdFacts } from './json-ld.js';
import type { ElementIndex } from './element-index.js';
import type { PageScan } from './page-scan.js';
import type { GenericHints, SiteHints } from './sites.js';
import { dateFromUrl, isDateOnly, metaTime, parseDateline, toIsoTime } from './times.js';
import { toVietnamTime } from './datelines.js';
import { findDatelineNear } from './find-dateline.js';
import { titleAgreement, type TitleSources } from './title.js';

export interface PageMetadata {
  url: string | null;
  site: string | null;
  language: string;
  titles: TitleSources;
  /** Where publishedAt came from ("meta", "json-ld", "itemprop", "dateline", "url"), for warnings. */
  publishedFrom: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Author strings by source, raw (cleaned later, with the story's bylines). */
  authors: { jsonLd: string[]; site: () => string[]; meta: string[]; generic: () => string[] };
  section: string | null;
  tags: string[];
  /** The sapo element and its text (dateline not yet stripped), when the page marks one. */
  leadElement: Element | null;
  lead: string | null;
  /** og:description / meta description / JSON-LD description. */
  description: string | null;
  titleElement: Element | null;
  jsonLd: JsonLdFacts;
  ogType: string | null;
}

/** Every <meta> of the page by lower-cased property / name / itemprop / http-equiv, read in one pass. */
export type MetaTags = Map<string, string[]>;

export function readMetaTags(scan: PageScan): MetaTags {
  const tags: MetaTags = new Map();
  for (const a of scan.metas) {
    const content = a['content'];
    if (content === undefined) continue;
    for (const key of [a['property'], a['name'], a['itemprop'], a['http-equiv']]) {
      if (!key) continue;
      const k = key.toLowerCase();
      const list = tags.get(k);
      if (list) list.push(content);
      else tags.set(k, [content]);
    }
  }
  return tags;
}

const metaValue = (tags: MetaTags, key: string): string | null => {
  const v = tags.get(key)?.find((x) => foldText(x));
  return v ? foldText(v) : null;
};

/**
 * Ordered selector lists answered from one scan of the page: the union of all lists is queried once
 * (lazily), then each list is tried in its order of preference on that small candidate set.
 */
class CandidatePool {
  private pool: Element[] | null = null;
  private readonly complex: string[];

  constructor(private readonly index: ElementIndex, selectors: string[]) {
    this.complex = selectors.filter((s) => index.query(s) === null);
  }

  /** The union of the selectors the index cannot answer, queried once (elements only, no scripts). */
  private candidates(): Element[] {
    this.pool ??= this.complex.length ? selectInDocument(this.index, this.complex.join(',')).filter((el) => el.type === 'tag') : [];
    return this.pool;
  }

  private matches(selector: string): Element[] {
    return this.index.query(selector) ?? this.candidates().filter((el) => matchesSelector(el, selector));
  }

  /** The elements of the first selector (in list order) that has one passing `accept`. */
  firstGroup(selectors: string[], accept: (el: Element) => boolean): Element[] {
    for (const sel of selectors) {
      const hits = this.matches(sel).filter(accept);
      if (hits.length) return hits;
    }
    return [];
  }

  /** The first element (selector order, then document order) passing `accept`: stops at it. */
  first(selectors: string[], accept: (el: Element) => boolean): Element | null {
    for (const sel of selectors) {
      const hit = this.matches(sel).find(accept);
      if (hit) return hit;
    }
    return null;
  }
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function absoluteUrl(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

const hasText = (minChars: number) => (el: Element): boolean => foldText(textOf(el)).length >= minChars;

/** An attribute's value, as cheerio's attr() reads it (own properties only). */
const attrOf = (el: Element, name: string): string | undefined => (Object.prototype.hasOwnProperty.call(el.attribs, name) ? el.attribs[name] : undefined);

/** A time an element states: its datetime/content attribute, else its visible text. */
function timeOf(el: Element): string | null {
  const text = textOf(el);
  // A dateline is a short line: a long box whose class says "date" is read by its opening only.
  return toIsoTime(attrOf(el, 'datetime')) ?? toIsoTime(attrOf(el, 'content')) ?? parseDateline(foldText(text.length > 300 ? text.slice(0, 300) : text));
}

/** First time found by the selectors. */
/** The time of the first element (in selector order, then document order) that states one. */
function timeFromElements(pool: CandidatePool, selectors: string[]): string | null {
  const el = pool.first(selectors, (e) => timeOf(e) !== null);
  return el ? timeOf(el) : null;
}

/** One lazy pool per selector list: a list's complex selectors cost a scan only when it is consulted. */
interface Pools {
  siteTitle: CandidatePool;
  siteLead: CandidatePool;
  siteTime: CandidatePool;
  siteAuthor: CandidatePool;
  title: CandidatePool;
  lead: CandidatePool;
  time: CandidatePool;
  author: CandidatePool;
  itemprop: CandidatePool;
}

/**
 * publishedAt from the best source: machine-readable values (meta, JSON-LD, itemprop) first, then the
 * visible dateline (site selector, the line beside the headline, generic date classes), then the URL.
 * A machine value with a date and no clock ("2012-12-25") takes the clock of a visible dateline of the
 * same day: the page states both, and the dateline is the more precise (see README, "publishedAt").
 */
function readPublished(tags: MetaTags, generic: GenericHints, site: SiteHints | null, pools: Pools, ld: JsonLdFacts, url: string | null, headline: Element | null, pageZone: () => string | null): { iso: string | null; from: string | null } {
  let dateOnly: { iso: string; from: string } | null = null;
  const machine = (raw: string | null, from: string): { iso: string; from: string } | null => {
    const iso = metaTime(raw);
    if (!iso) return null;
    if (isDateOnly(raw)) {
      dateOnly ??= { iso, from };
      return null;
    }
    return { iso, from };
  };
  for (const key of generic.publishedMeta) {
    const hit = machine(metaValue(tags, key), 'meta');
    if (hit) return hit;
  }
  const fromLd = machine(ld.datePublished, 'json-ld');
  if (fromLd) return fromLd;
  const itemprop = timeFromElements(pools.itemprop, ['[itemprop=datePublished]']);
  if (itemprop && !dateOnly) return { iso: itemprop, from: 'itemprop' };
  const visible = visibleDateline(generic, site, pools, headline, pageZone);
  const known = dateOnly as { iso: string; from: string } | null;
  if (known) {
    // Same calendar day: the dateline adds the clock; another day: the machine value wins.
    return visible && visible.slice(0, 10) === known.iso.slice(0, 10) ? { iso: visible, from: 'dateline' } : known;
  }
  if (visible) return { iso: visible, from: 'dateline' };
  const created = toIsoTime(ld.dateCreated);
  if (created) return { iso: created, from: 'json-ld dateCreated' };
  const fromUrl = dateFromUrl(url);
  return fromUrl ? { iso: fromUrl, from: 'url' } : { iso: null, from: null };
}

/** The visible dateline: site selectors, then the line beside the headline, then generic date classes. */
function visibleDateline(generic: GenericHints, site: SiteHints | null, pools: Pools, headline: Element | null, pageZone: () => string | null): string | null {
  const hinted = timeFromElements(pools.siteTime, site?.time ?? []);
  if (hinted) return hinted;
  // Beside a section name ("Kinh doanh") a date is no publication time: only a headline is looked around.
  if (headline && foldText(textOf(headline)).split(' ').length >= 3) {
    const near = findDatelineNear(headline);
    if (near) {
      // A forum prints its zone once, in the footer ("Múi giờ GMT +8"): a dateline without one is in it.
      const zone = near.parts.zone ?? pageZone();
      return toVietnamTime(near.parts, zone);
    }
  }
  // A date inside a link is a teaser's ("Tin mới | 20/12/2012"), not this page's.
  const el = pools.time.first(generic.time, (e) => !insideLink(e) && timeOf(e) !== null);
  return el ? timeOf(el) : null;
}

function insideLink(el: Element): boolean {
  for (let p: Element | null = el; p && p.type === 'tag'; p = p.parent as Element | null) if (p.name === 'a') return true;
  return false;
}

function readTags(tags: MetaTags, ld: JsonLdFacts): string[] {
  const split = (key: string): string[] => (tags.get(key) ?? []).flatMap((v) => v.split(','));
  const sources = [split('article:tag'), ld.keywords, split('news_keywords'), split('keywords')];
  for (const source of sources) {
    const tags = [...new Set(source.map(foldText).filter(Boolean))];
    if (tags.length) return tags;
  }
  return [];
}

function readLanguage(lang: string | null, tags: MetaTags): string {
  const raw = lang ?? metaValue(tags, 'content-language') ?? metaValue(tags, 'language') ?? metaValue(tags, 'og:locale');
  const code = raw ? /^[a-z]{2,3}/i.exec(raw.trim())?.[0]?.toLowerCase() : undefined;
  return code ?? 'vi';
}

/** The page's canonical URL (link rel=canonical, then og:url), else the URL the caller gave. */
export function readPageUrl(scan: PageScan, pageUrl: string | null): string | null {
  const ogUrl = scan.metas.find((m) => m['property'] === 'og:url')?.['content'] ?? null;
  return absoluteUrl(scan.canonical, pageUrl) ?? absoluteUrl(ogUrl, pageUrl) ?? pageUrl;
}

/**
 * When the h1 is not the headline (a logo, the site's name: old templates put the headline in an
 * h2/h3 or a ".Title" div), the first heading-like element whose text the <title> or og:title repeats.
 */
function headlineElement(index: ElementIndex, h1: Element | null, titleTag: string | null, ogTitle: string | null, selectors: string[], isSiteName: (text: string) => boolean): Element | null {
  const others = [titleTag, ogTitle].filter((t): t is string => Boolean(t));
  if (others.length === 0) return h1;
  // Only when the h1 is missing or names the site: a section page's short h1 is what it is.
  if (h1 && !isSiteName(foldText(textOf(h1)))) return h1;
  const lowered = others.map((o) => o.toLowerCase());
  const agrees = (el: Element): boolean => {
    const text = foldText(textOf(el));
    const first = text.slice(0, 12).toLowerCase();
    // A cheap test first: the <title> holds the candidate's opening.
    if (text.split(' ').length < 3 || !lowered.some((o) => o.includes(first))) return false;
    return !isSiteName(text) && others.some((o) => titleAgreement(text, o) >= 0.8 && text.length <= o.length);
  };
  for (const sel of selectors) for (const el of (index.query(sel) ?? []).slice(0, 40)) if (agrees(el)) return el;
  return h1;
}

export function readMetadata(scan: PageScan, url: string | null, generic: GenericHints, site: SiteHints | null, useSiteHints: boolean, pageZone: () => string | null = () => null, isSiteName: (text: string) => boolean = () => false): PageMetadata {
  const jsonLd = readJsonLd(scan.jsonLd);
  const tags = readMetaTags(scan);
  const hinted = useSiteHints && site ? site : null;
  const pools: Pools = {
    siteTitle: new CandidatePool(scan.index, hinted?.title ?? []),
    siteLead: new CandidatePool(scan.index, hinted?.lead ?? []),
    siteTime: new CandidatePool(scan.index, hinted?.time ?? []),
    siteAuthor: new CandidatePool(scan.index, hinted?.author ?? []),
    title: new CandidatePool(scan.index, generic.title),
    lead: new CandidatePool(scan.index, generic.lead),
    time: new CandidatePool(scan.index, generic.time),
    author: new CandidatePool(scan.index, generic.author),
    itemprop: new CandidatePool(scan.index, ['[itemprop=datePublished]']),
  };

  // Site selectors first, on their own: one small scan usually settles it.
  const ogTitle = metaValue(tags, 'og:title');
  const titleTag = scan.title ? foldText(scan.title) || null : null;
  const siteTitle = pools.siteTitle.first(hinted?.title ?? [], hasText(3));
  const titleElement = siteTitle ?? headlineElement(scan.index, pools.title.first(generic.title, hasText(3)), titleTag, ogTitle, generic.headlineFallback, isSiteName);
  const titles: TitleSources = {
    h1: titleElement ? foldText(textOf(titleElement)) : null,
    ogTitle,
    jsonLdHeadline: jsonLd.headline,
    titleTag,
  };

  const published = readPublished(tags, generic, hinted, pools, jsonLd, url, titleElement, pageZone);
  let modifiedAt: string | null = null;
  for (const key of generic.modifiedMeta) {
    modifiedAt = toIsoTime(metaValue(tags, key));
    if (modifiedAt) break;
  }
  modifiedAt ??= toIsoTime(jsonLd.dateModified);

  const leadElement = pools.siteLead.first(hinted?.lead ?? [], hasText(20)) ?? pools.lead.first(generic.lead, hasText(20));
  const lead = leadElement ? foldText(textOf(leadElement)) : null;

  // All elements of the first selector that matches (a byline may list several people).
  const selectorTexts = (pool: CandidatePool, selectors: string[]): string[] =>
    pool.firstGroup(selectors, hasText(1)).map((el) => foldText(textOf(el)));
  const authors = {
    jsonLd: jsonLd.authors,
    site: () => (hinted ? selectorTexts(pools.siteAuthor, hinted.author) : []),
    meta: [...(tags.get('article:author') ?? []), ...(tags.get('author') ?? [])],
    // Byline selectors may cost a scan of the page: only read when the sources before are empty.
    generic: () => selectorTexts(pools.author, generic.author),
  };

  const sectionRaw = metaValue(tags, 'article:section') ?? metaValue(tags, 'articlesection') ?? jsonLd.section;
  return {
    url,
    site: hostOf(url),
    language: readLanguage(scan.lang, tags),
    titles,
    publishedAt: published.iso,
    publishedFrom: published.from,
    modifiedAt,
    authors,
    section: sectionRaw ? foldText(sectionRaw.split(',')[0]!) || null : null,
    tags: readTags(tags, jsonLd),
    leadElement,
    lead,
    description: metaValue(tags, 'og:description') ?? metaValue(tags, 'description') ?? jsonLd.description,
    titleElement,
    jsonLd,
    ogType: metaValue(tags, 'og:type'),
  };
}
