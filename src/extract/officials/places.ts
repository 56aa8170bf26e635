/**
 * Which province an article is about, to resolve bare "tỉnh", "Tỉnh ủy", "Sở Công Thương": the
 * places written after "tỉnh"/"thành phố" in the article first, then the publisher's host
 * ("baobacninh.vn"), then the one place the article names (or names most, at least twice). A host
 * names a province as it was; after that province was merged (1 July 2025) an article published
 * later is about its successor, which is what "tỉnh" means on that date.
 */
import { officialsLexicon, type Province } from './lexicon.js';
import { keyOf, type Token } from './tokens.js';

const ADMIN_BEFORE_PLACE = new Set(['tỉnh', 'phố', 'tp', 'tp.']);

/** The provinces in force on an ISO date ("2025-07-01" → 34). */
export function provincesOn(date: string): Province[] {
  const day = date.slice(0, 10);
  return officialsLexicon().provinces.filter((p) => (!p.since || p.since <= day) && (!p.until || day <= p.until));
}

/** The unit a province had become by `date` (itself when it was not merged by then). */
export function provinceOn(p: Province, date: string | null): Province {
  const { provinceByName } = officialsLexicon();
  let current = p;
  for (let hops = 0; date && current.until && current.until < date.slice(0, 10) && current.successor && hops < 3; hops++) {
    current = provinceByName.get(keyOf(current.successor)) ?? current;
  }
  return current;
}

/**
 * The province named by a publisher host: "baobacninh.vn", "bacninh.gov.vn", and the departments'
 * portals under a provincial domain, "sct.bacninh.gov.vn" (the province is the label before .gov.vn).
 */
export function provinceOfSite(site: string | null | undefined): Province | null {
  if (!site) return null;
  const labels = site.toLowerCase().replace(/^www\./, '').split('.');
  const { provinceBySlug } = officialsLexicon();
  const label = labels[0] ?? '';
  const direct = provinceBySlug.get(label) ?? provinceBySlug.get(label.replace(/^bao/, ''));
  if (direct) return direct;
  const gov = labels.length >= 4 && labels.at(-2) === 'gov' && labels.at(-1) === 'vn' ? labels.at(-3) : undefined;
  return gov ? provinceBySlug.get(gov) ?? null : null;
}

/** A place name starting at token i (first word capitalized), with the index after it. */
export function matchPlace(tokens: Token[], i: number): { province: Province; end: number } | null {
  if (!tokens[i]?.capitalized) return null;
  const m = officialsLexicon().places.match(tokens, i);
  return m ? { province: m.value, end: m.end } : null;
}

export interface PlaceContext {
  site?: string | null;
  publishedAt?: string | null;
}

/** The province the article is about, from its fields' tokens, its host and its date. */
export function findArticlePlace(fields: Token[][], ctx: PlaceContext): Province | null {
  const afterAdmin = new Map<Province, number>();
  const anywhere = new Map<Province, number>();
  for (const tokens of fields) {
    for (let i = 0; i < tokens.length; i++) {
      const m = matchPlace(tokens, i);
      if (!m) continue;
      anywhere.set(m.province, (anywhere.get(m.province) ?? 0) + 1);
      const before = tokens[i - 1];
      if (before && ADMIN_BEFORE_PLACE.has(before.key)) afterAdmin.set(m.province, (afterAdmin.get(m.province) ?? 0) + 1);
      i = m.end - 1;
    }
  }
  const top = (counts: Map<Province, number>, min: number): Province | null => {
    let best: Province | null = null;
    let bestCount = min - 1;
    for (const [p, n] of counts) if (n > bestCount) { best = p; bestCount = n; }
    return best;
  };
  const written = top(afterAdmin, 1);
  if (written) return written;
  const fromSite = provinceOfSite(ctx.site);
  if (fromSite) return provinceOn(fromSite, ctx.publishedAt ?? null);
  // the only place the article names, or the one it names most (at least twice)
  return top(anywhere, anywhere.size === 1 ? 1 : 2);
}

