/**
 * "cùng kỳ" (the same period) of a year takes the period its sentence is about:
 *   "… tăng 24% trong 3 tháng cuối năm so với cùng kỳ năm 2015" → 2015-Q4, not the year 2015
 *   "9 tháng đầu năm … so với cùng kỳ năm ngoái" → months 1–9 of last year
 * The period is the nearest quarter, half or month mention before it in the same sentence; with none,
 * "cùng kỳ năm ngoái" stays the year.
 */
import type { DateCandidate, DateRefiner, DateSpec } from '../types.js';
import { isYearOnly } from './kinds.js';

const SAME_PERIOD = /^cùng\s+k[ỳì]\s/iu;
const SENTENCE_END = /[.!?;\n]/u;
const PERIOD_GRAINS = new Set(['quarter', 'half', 'month']);

/** A part of a year written without its own year or relative shift (quý 3, 6 tháng đầu năm). */
const isPartOfYear = (s: DateSpec): boolean =>
  PERIOD_GRAINS.has(s.grain) && s.year === undefined && (s.shift === undefined || s.shift.unit === 'year')
  && (s.quarter !== undefined || s.half !== undefined || s.month !== undefined);

/** The period spec moved to the year of the "cùng kỳ" mention. */
function inYear(period: DateSpec, year: DateSpec): DateSpec {
  const { shift: _shift, borrowed: _borrowed, ...rest } = period;
  return { ...rest, ...(year.year !== undefined ? { year: year.year } : { shift: year.shift! }) };
}

export const resolveSamePeriod: DateRefiner = (candidates, text) => candidates.map((c, i) => {
  if (c.to || !isYearOnly(c.from) || !SAME_PERIOD.test(text.slice(c.start, c.end))) return c;
  for (let j = i - 1; j >= 0; j--) {
    const prev: DateCandidate = candidates[j]!;
    if (SENTENCE_END.test(text.slice(prev.end, c.start))) break;
    if (!isPartOfYear(prev.from) || (prev.to && !isPartOfYear(prev.to))) continue;
    return { ...c, from: inYear(prev.from, c.from), ...(prev.to ? { to: inYear(prev.to, c.from) } : {}) };
  }
  return c;
});
