/**
 * Dates of the lunar calendar ("mùng 10/3 âm lịch", "ngày 15/8 (âm lịch)", "15/1 ÂL"): the marker joins
 * the mention, and resolve.ts converts the day with lunar-calendar.ts.
 */
import type { DateRefiner } from '../types.js';

const LUNAR_AFTER = /^\s*(?:\(\s*)?(?:âm\s+lịch|âl)(?:\s*\))?(?![\p{L}\p{N}])/iu;

export const markLunar: DateRefiner = (candidates, text) => candidates.map((c) => {
  const m = LUNAR_AFTER.exec(text.slice(c.end));
  if (!m || c.from.day === undefined || c.from.month === undefined) return c;
  return { ...c, end: c.end + m[0].length, from: { ...c.from, lunar: true }, ...(c.to ? { to: { ...c.to, lunar: true } } : {}) };
});
