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
import { dateFromUrl, parseDateline, toIsoTime } from './times.js';
import type { TitleSources } from './title.js';

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

  first(selectors: string[], accept: (el: Element) => boolean): Element | null {
    return this.firstGroup(selectors, accept)[0] ?? null;
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
  return toIsoTime(attrOf(el, 'datetime')) ?? toIsoTime(attrOf(el, 'content')) ?? parseDateline(foldText(textOf(el)));
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

function readPublished(tags: MetaTags, generic: GenericHints, site: SiteHints | null, pools: Pools, ld: JsonLdFacts, url: string | null): { iso: string | null; from: string | null } {
  for (const key of generic.publishedMeta) {
    const iso = toIsoTime(metaValue(tags, key));
    if (iso) return { iso, from: 'meta' };
  }
  const fromLd = toIsoTime(ld.datePublished);
  if (fromLd) return { iso: fromLd, from: 'json-ld' };
  const itemprop = timeFromElements(pools.itemprop, ['[itemprop=datePublished]']);
  if (itemprop) return { iso: itemprop, from: 'itemprop' };
  const visible = timeFromElements(pools.siteTime, site?.time ?? []) ?? timeFromElements(pools.time, generic.time);
  if (visible) return { iso: visible, from: 'dateline' };
  const created = toIsoTime(ld.dateCreated);
  if (created) return { iso: created, from: 'json-ld dateCreated' };
  const fromUrl = dateFromUrl(url);
  return fromUrl ? { iso: fromUrl, from: 'url' } : { iso: null, from: null };
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

export function readMetadata(scan: PageScan, url: string | null, generic: GenericHints, site: SiteHints | null, useSiteHints: boolean): PageMetadata {
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
  const titleElement = pools.siteTitle.first(hinted?.title ?? [], hasText(3)) ?? pools.title.first(generic.title, hasText(3));
  const titles: TitleSources = {
    h1: titleElement ? foldText(textOf(titleElement)) : null,
    ogTitle: metaValue(tags, 'og:title'),
    jsonLdHeadline: jsonLd.headline,
    titleTag: scan.title ? foldText(scan.title) || null : null,
  };

  const published = readPublished(tags, generic, hinted, pools, jsonLd, url);
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
