/**
 * The headline: the visible h1 when the page's other sources agree with it, else og:title,
 * JSON-LD headline or <title>, each without the site-name suffix (" - VnExpress", " | Báo Dân trí").
 */
import { foldText } from './fold-text.js';

/** What a title segment is tested against to tell the site's name from the headline. */
export interface SiteNaming {
  /** Lower-cased names the site prints for itself. */
  names: Set<string>;
  /** Lower-cased openings of site names ("báo", "tạp chí"). */
  openings: string[];
  /** Lower-cased markers of site names anywhere in a segment ("online", "news", ".vn"). */
  markers: string[];
  /** First label of the host, lower case ("vnexpress", "cafef"), or null. */
  hostLabel: string | null;
}

const SEPARATOR = /\s+(?:[|–—-]|::|\.:)\s+|\s*\|\s*/;

const squash = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z0-9]/g, '');

/** True when a title segment names the site rather than the story. */
export function isSiteName(segment: string, naming: SiteNaming): boolean {
  const lower = foldText(segment).toLowerCase();
  if (lower === '') return true;
  if (naming.names.has(lower)) return true;
  for (const name of naming.names) if (name.length >= 3 && lower.includes(name)) return true;
  if (naming.hostLabel && naming.hostLabel.length >= 3 && squash(lower).includes(naming.hostLabel)) return true;
  if (naming.openings.some((o) => lower === o || lower.startsWith(`${o} `))) return true;
  const tokens = lower.split(/[^\p{L}\p{N}.]+/u);
  return naming.markers.some((m) => (m.startsWith('.') ? tokens.some((t) => t.endsWith(m)) : tokens.includes(m)));
}

/** Drop trailing segments that name the site; never drops the whole title. */
export function stripSiteSuffix(title: string, naming: SiteNaming): string {
  let t = foldText(title);
  for (let guard = 0; guard < 3; guard++) {
    const parts = t.split(SEPARATOR);
    if (parts.length < 2) break;
    // Find where the last separator starts so the headline's own text stays as written.
    const last = parts[parts.length - 1]!;
    if (!isSiteName(last, naming)) break;
    const cut = t.lastIndexOf(last);
    const head = t.slice(0, cut).replace(/\s*(?:[|–—-]|::|\.:)\s*$/, '').trim();
    if (head === '') break;
    t = head;
  }
  return t;
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));

/** Share of the smaller title's words found in the other: 1 = same words. */
export function titleAgreement(a: string, b: string): number {
  const wa = words(a), wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size);
}

export interface TitleSources {
  h1: string | null;
  ogTitle: string | null;
  jsonLdHeadline: string | null;
  titleTag: string | null;
}

/**
 * An article's headline. The h1 is what readers see, but a page may hold a logo or section name
 * in h1: it is trusted when another source agrees with it (or when it is the only one).
 */
export function pickArticleTitle(src: TitleSources, naming: SiteNaming): string | null {
  const others = [src.ogTitle, src.jsonLdHeadline, src.titleTag]
    .filter((s): s is string => Boolean(s && foldText(s)))
    .map((s) => stripSiteSuffix(s, naming))
    .filter((s) => !naming.names.has(s.toLowerCase()));
  const h1 = src.h1 ? foldText(src.h1) : '';
  if (h1 && (others.length === 0 || others.some((o) => titleAgreement(h1, o) >= 0.6))) return h1;
  return others[0] ?? (h1 || null);
}

/** A section page's title: og:title or <title> without the suffix (its h1 is only the section name). */
export function pickListingTitle(src: TitleSources, naming: SiteNaming): string | null {
  for (const s of [src.ogTitle, src.titleTag, src.h1]) {
    if (s && foldText(s)) return stripSiteSuffix(s, naming);
  }
  return null;
}
