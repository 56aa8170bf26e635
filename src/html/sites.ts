/**
 * Per-site hints and generic markup knowledge, read once from corpus/lexicon/sites.json.
 * Code here only loads, checks and looks up; the selectors themselves are data.
 */
import { readFileSync } from 'node:fs';

/** Selector lists for one site. Ordered lists: the first selector that matches wins. */
export interface SiteHints {
  /** The key it was found under ("vnexpress.net", "*.gov.vn"). */
  key: string;
  /** Names the site prints for itself: title suffixes, datelines, bylines that are not people. */
  names: string[];
  title: string[];
  lead: string[];
  body: string[];
  captions: string[];
  time: string[];
  author: string[];
  drop: string[];
}

/** Knowledge that applies to every page, with site hints on or off. */
export interface GenericHints {
  title: string[];
  lead: string[];
  captions: string[];
  /** Image boxes whose caption cell is a caption, not story text (tables used as figures). */
  figures: string[];
  /** Names of <meta> tags (property, name or itemprop; lower case) holding the times, best first. */
  publishedMeta: string[];
  modifiedMeta: string[];
  time: string[];
  /** Simple selectors (tag, class) tried for the headline when the h1 is not it (a logo, the site name). */
  headlineFallback: string[];
  /** The page-wide statement of the zone its times are in ("Múi giờ GMT +8"), on raw HTML: group 1 is the offset. */
  pageZone: RegExp;
  author: string[];
  dropTags: Set<string>;
  drop: string[];
  /** One regular expression tested against each class/id token: boilerplate boxes. */
  boilerplateToken: RegExp;
  /**
   * The same patterns, tested against a whole class + id string at once: "^" and "$" become token
   * boundaries, so no token array is built per element.
   */
  boilerplateAttr: RegExp;
  /** Lower-cased line openings that mark a widget line ("xem thêm", "tin liên quan"). */
  boilerplateLines: string[];
  datelinePrefixes: RegExp[];
  /** Lower-cased openings of site names ("báo", "tạp chí"). */
  siteNameOpenings: string[];
  /** Lower-cased words that mark a title segment as the site's name anywhere ("online", "news"). */
  siteNameMarkers: string[];
}

/**
 * A phrase as raw HTML may write it: each non-ASCII letter also as a character reference
 * ("Múi giờ" as "M&#250;i gi&#7901;"), each space also as &nbsp;. The page is then searched without parsing.
 */
function asRawHtml(phrase: string): string {
  return [...phrase].map((ch) => {
    if (/\s/.test(ch)) return '(?:\\s|&nbsp;)+';
    const lit = ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return ch.charCodeAt(0) > 0x7f ? `(?:${lit}|&#\\d+;|&#x[0-9a-f]+;|&[a-z]+;)` : lit;
  }).join('');
}

/** A token pattern ("^related", "relate$") for a string of several tokens: anchors become token boundaries. */
function asTokenPattern(pattern: string): string {
  return pattern.replace(/^\^/, '(?<![A-Za-z0-9])').replace(/\$$/, '(?![A-Za-z0-9])');
}

interface SitesFile {
  generic: Record<string, unknown>;
  sites: Record<string, Record<string, unknown>>;
}

const SITES_PATH = new URL('../../corpus/lexicon/sites.json', import.meta.url);

function stringList(value: unknown, where: string, required: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new Error(`sites.json: ${where} must be a list of strings`);
  if (required && value.length === 0) throw new Error(`sites.json: ${where} is empty`);
  return value as string[];
}

function readSitesFile(): { generic: GenericHints; sites: Map<string, SiteHints> } {
  const file = JSON.parse(readFileSync(SITES_PATH, 'utf8')) as SitesFile;
  const g = file.generic;
  const list = (name: string): string[] => stringList(g[name], `generic.${name}`, true);
  const generic: GenericHints = {
    title: list('title'),
    lead: list('lead'),
    captions: list('captions'),
    figures: list('figures'),
    publishedMeta: list('publishedMeta').map((s) => s.toLowerCase()),
    modifiedMeta: list('modifiedMeta').map((s) => s.toLowerCase()),
    time: list('time'),
    headlineFallback: list('headlineFallback'),
    pageZone: new RegExp(`(?:${list('pageZoneLabels').map(asRawHtml).join('|')})(?:\\s|&nbsp;)*:?(?:\\s|&nbsp;)*(?:GMT|UTC)\\s*([+-]\\s*\\d{1,2}(?::?\\d\\d)?)`, 'i'),
    author: list('author'),
    dropTags: new Set(list('dropTags')),
    drop: list('drop'),
    boilerplateToken: new RegExp(list('boilerplateClassPatterns').join('|'), 'i'),
    boilerplateAttr: new RegExp(list('boilerplateClassPatterns').map(asTokenPattern).join('|'), 'i'),
    boilerplateLines: list('boilerplateLines').map((s) => s.toLowerCase()),
    datelinePrefixes: list('datelinePrefixes').map((s) => new RegExp(s, 'u')),
    siteNameOpenings: list('siteNameOpenings').map((s) => s.toLowerCase()),
    siteNameMarkers: list('siteNameMarkers').map((s) => s.toLowerCase()),
  };
  const sites = new Map<string, SiteHints>();
  for (const [key, raw] of Object.entries(file.sites)) {
    const field = (name: string): string[] => stringList(raw[name], `sites["${key}"].${name}`, false);
    sites.set(key, {
      key, names: field('names'), title: field('title'), lead: field('lead'), body: field('body'),
      captions: field('captions'), time: field('time'), author: field('author'), drop: field('drop'),
    });
  }
  return { generic, sites };
}

let cache: { generic: GenericHints; sites: Map<string, SiteHints> } | null = null;

function loaded(): { generic: GenericHints; sites: Map<string, SiteHints> } {
  cache ??= readSitesFile();
  return cache;
}

export function genericHints(): GenericHints {
  return loaded().generic;
}

/**
 * The hints for a host: the exact host, then its parent domains ("m.vnexpress.net" → "vnexpress.net"),
 * then wildcard keys ("*.gov.vn" matches "sct.bacninh.gov.vn"). Null when none applies.
 */
export function hintsForHost(host: string | null): SiteHints | null {
  if (!host) return null;
  const { sites } = loaded();
  const labels = host.toLowerCase().replace(/^www\./, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const hit = sites.get(labels.slice(i).join('.'));
    if (hit) return hit;
  }
  for (let i = 1; i < labels.length - 1; i++) {
    const hit = sites.get(`*.${labels.slice(i).join('.')}`);
    if (hit) return hit;
  }
  return null;
}

let siteNames: Set<string> | null = null;

/** Every site's printed names, lower case: telling a site from a person or a headline. */
export function allSiteNames(): Set<string> {
  if (!siteNames) {
    siteNames = new Set();
    for (const s of loaded().sites.values()) for (const n of s.names) siteNames.add(n.toLowerCase());
  }
  return siteNames;
}
