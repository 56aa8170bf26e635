/**
 * Years named by reference to the paragraph, not to the publication date:
 *   "Năm 2010, anh về nước. Cũng trong năm này, anh mở công ty" → 2010 ("năm này": this same year)
 *   "Tháng 3/2015 … Ngày 14/12 cùng năm, …" → 2015-12-14 ("cùng năm": the same year; the words join it)
 * The year is the nearest written one before it in its paragraph; with none, "năm này" stays the
 * reference year and a "cùng năm" date keeps the usual year rule.
 */
import type { DateCandidate, DateRefiner } from '../types.js';
import { lacksYear } from './kinds.js';

const THIS_YEAR = /^năm\s+này$/iu;
const SAME_YEAR_AFTER = /^\s+(?:của\s+)?cùng\s+năm(?![\p{L}\p{N}])/iu;

/** The nearest year written before candidate i in its paragraph. */
function yearBefore(candidates: DateCandidate[], i: number, text: string): number | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const prev = candidates[j]!;
    if (text.slice(prev.end, candidates[i]!.start).includes('\n')) return undefined;
    const year = (prev.to ?? prev.from).year;
    if (year !== undefined) return year;
  }
  return undefined;
}

export const resolveAnaphoricYear: DateRefiner = (candidates, text) => candidates.map((c, i) => {
  if (c.to) return c;
  if (c.from.shift?.unit === 'year' && THIS_YEAR.test(text.slice(c.start, c.end))) {
    const year = yearBefore(candidates, i, text);
    return year === undefined ? c : { ...c, from: { grain: 'year', year } };
  }
  const same = lacksYear(c.from) ? SAME_YEAR_AFTER.exec(text.slice(c.end, c.end + 20)) : null;
  if (same) {
    const year = yearBefore(candidates, i, text);
    if (year !== undefined) return { ...c, end: c.end + same[0].length, from: { ...c.from, year } };
  }
  return c;
});
