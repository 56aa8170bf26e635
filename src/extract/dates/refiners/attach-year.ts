/**
 * A date written without its year, followed by a year mention, takes that year:
 *   8-3 năm nay · 20-10 năm ngoái · tháng 3 năm ngoái · quý I năm nay · Tết Nguyên đán năm nay
 *   ngày 31-1 của năm dương lịch tiếp theo
 */
import { isYearOnly, lacksYear } from './kinds.js';
import { mergeAdjacent } from './merge-adjacent.js';

export const attachYear = mergeAdjacent(/^\s*,?\s*(?:của\s+)?$/iu, (left, right) => {
  if (left.to || right.to || !lacksYear(left.from) || !isYearOnly(right.from)) return null;
  const year = right.from.year !== undefined ? { year: right.from.year } : { shift: right.from.shift! };
  return { start: left.start, end: right.end, from: { ...left.from, ...year } };
});
