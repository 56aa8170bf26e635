/**
 * Which province a phrase names: the first place of corpus/lexicon/provinces.tsv written in it with a
 * capital ("Ủy ban nhân dân tỉnh Bắc Ninh" → Bắc Ninh, "UBND TP.HCM" → Hồ Chí Minh), through the
 * officials finder's lexicon and tokens, so both agree on spellings and aliases.
 */
import { matchPlace } from '../extract/officials/places.js';
import { tokenize } from '../extract/officials/tokens.js';

const cache = new Map<string, string | null>();

/** The province named in `text`, by its lexicon name, or null. */
export function provinceIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const tokens = tokenize(text);
  let found: string | null = null;
  for (let i = 0; i < tokens.length && !found; i++) found = matchPlace(tokens, i)?.province.name ?? null;
  if (cache.size > 50_000) cache.clear();
  cache.set(text, found);
  return found;
}
