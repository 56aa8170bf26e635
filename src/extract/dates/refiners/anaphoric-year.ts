/**
 * "năm này" (this year) in a narrative is the year the paragraph is telling about, not the reference's:
 * "Năm 2010, anh về nước. Cũng trong năm này, anh mở công ty" → 2010. With no written year before it in
 * its paragraph it stays the reference year.
 */
import type { DateRefiner } from '../types.js';

const THIS_YEAR = /^năm\s+này$/iu;

export const resolveAnaphoricYear: DateRefiner = (candidates, text) => candidates.map((c, i) => {
  if (c.to || c.from.shift?.unit !== 'year' || !THIS_YEAR.test(text.slice(c.start, c.end))) return c;
  for (let j = i - 1; j >= 0; j--) {
    const prev = candidates[j]!;
    if (text.slice(prev.end, c.start).includes('\n')) break;
    const year = (prev.to ?? prev.from).year;
    if (year !== undefined) return { ...c, from: { grain: 'year', year } };
  }
  return c;
});
