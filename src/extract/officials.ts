/**
 * Officials finder: who holds which office in which organization. Rules and lexicons
 * (corpus/lexicon: titles, organizations, provinces, countries, surnames, honorifics); no NER model.
 *
 * Stages: tokenize each field (title, lead, body, captions) → find the article's province →
 * parsers propose claims (name then positions; position then name) → positions resolved
 * (abbreviations expanded, bare "tỉnh" completed) → one Official per person, every mention found.
 */
import type { Official, Position } from '../record.js';
import type { Claim, FieldTokens, ResolvedClaim } from './officials/claims.js';
import { mergeOfficials } from './officials/merge-officials.js';
import { findNameThenPositions } from './officials/parsers/name-then-positions.js';
import { findPositionThenName } from './officials/parsers/position-then-name.js';
import { findArticlePlace } from './officials/places.js';
import { resolvePosition } from './officials/resolve-position.js';
import { impliedBody } from './officials/lexicon.js';
import { isVietnameseSyllable } from './officials/syllables.js';
import { tokenize } from './officials/tokens.js';

export interface OfficialOptions {
  /** Host of the page ("baobacninh.vn"): a hint for the province the article is about. */
  site?: string | null;
  /** Title, lead and captions, to resolve "tỉnh" and to find mentions outside the body. */
  title?: string | null;
  lead?: string | null;
  captions?: string[];
  /** ISO date of publication: a host's province merged before it means its successor. */
  publishedAt?: string | null;
}

/**
 * A position belongs to one person. In "X – Chủ tịch Hội A, ông Y – Ủy viên …" the office after X's
 * dash is X's; the "office, ông Y" reading of the same words is dropped ("Giám đốc Sở Y tế, ông
 * Trần Văn B" still reads when no name before claims it).
 */
function ownPositionsOnce(nameFirst: Claim[], positionFirst: Claim[]): Claim[] {
  const owner = new Map<number, number>();
  for (const c of nameFirst) for (const p of c.positions) owner.set(p.start, c.name.start);
  const kept = positionFirst
    .map((c) => ({ ...c, positions: c.positions.filter((p) => (owner.get(p.start) ?? c.name.start) === c.name.start) }))
    .filter((c) => c.positions.length > 0);
  return [...nameFirst, ...kept];
}

/**
 * Find the officials of an article: people with a stated position at a named organization.
 * Body mentions have spans into `text`; mentions in the title, lead or captions carry `field`
 * (and `index` for captions) with spans into that string.
 *
 * @param text The clean body text.
 * @param options Title, lead, captions, site and publication date of the article.
 * @returns One Official per person, in reading order.
 * @example
 * findOfficials('Các đồng chí: Lê Minh Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; …',
 *   { site: 'baothanhhoa.vn' })
 * // → [{ name: 'Lê Minh Hưng', positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy',
 * //       organizationFull: 'Ban Thường vụ Tỉnh ủy Thanh Hóa', … }, …], … }, …]
 */
export function findOfficials(text: string, options: OfficialOptions = {}): Official[] {
  const fields: FieldTokens[] = [];
  const add = (field: FieldTokens['field'], s: string | null | undefined, index?: number): void => {
    if (!s) return;
    const f: FieldTokens = { field, text: s, tokens: tokenize(s), order: fields.length };
    if (index !== undefined) f.index = index;
    fields.push(f);
  };
  add('title', options.title);
  add('lead', options.lead);
  add('text', text);
  (options.captions ?? []).forEach((c, i) => add('captions', c, i));

  const place = findArticlePlace(fields.map((f) => f.tokens), { site: options.site, publishedAt: options.publishedAt });
  const claims: ResolvedClaim[] = [];
  for (const at of fields) {
    const found: Claim[] = ownPositionsOnce(findNameThenPositions(at.tokens), findPositionThenName(at.tokens));
    for (const claim of found) {
      const positions = claim.positions
        .map((p) => resolvePosition(at, p, place))
        .filter((p): p is Position => p !== null);
      claims.push({ at, claim, positions });
    }
  }
  // reading order, so that positions and names keep the order the article gives them
  const startOf = (c: ResolvedClaim): number => Math.min(c.claim.name.start, ...c.claim.positions.map((p) => p.start));
  claims.sort((a, b) => a.at.order - b.at.order || startOf(a) - startOf(b));
  return mergeOfficials(claims, fields).map(withoutDomesticGuess);
}

/**
 * "chính quyền thủ tướng Viktor Orban": an office written alone implies a Vietnamese body
 * ("Thủ tướng" → "Chính phủ"); for a holder with a foreign name that guess is wrong, so the body
 * stays unknown (null) unless the text wrote one.
 */
function withoutDomesticGuess(o: Official): Official {
  if (o.name.split(/\s+/).every(isVietnameseSyllable)) return o;
  const positions = o.positions.map((p) => (p.organization === null && p.organizationFull !== null && p.organizationFull === impliedBody(p.title) ? { ...p, organizationFull: null } : p));
  return { ...o, positions };
}
