/**
 * Quarters and parts of a year:
 *   quý I/2021 · quý 3 năm 2018 · quý 4 của năm 2018 · quý ba · quý IV
 *   Q1/2026 · Q3-2025 · H1/2026 (finance shorthand, with a year)
 *   quý cuối năm · quý cuối cùng của năm 2016 · 3 quý đầu năm 2016 (Q1–Q3)
 *   6 tháng đầu năm (2021) · 6 tháng đầu năm 2021 · 6 tháng cuối năm nay · nửa đầu năm 2021 · 9 tháng đầu năm · 3 tháng cuối năm
 */
import type { DateCandidate, DateParser, DateSpec } from '../types.js';
import { END, START, backPattern, compile, lookBackMatch, numberWords, readNumber, readShift } from './fragments.js';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const YEAR = '(?:\\s*[/\\-–]\\s*(?<year>\\d{4})|(?:\\s*,)?\\s+(?:của\\s+)?năm\\s+(?<year2>\\d{4}))';

/** The year part written after the period: a number, or a relative word (năm nay). */
function yearOf(g: Record<string, string | undefined>): Partial<DateSpec> | null {
  const y = g.year ?? g.year2 ?? g.year3 ?? g.year4;
  if (y) return { year: Number(y) };
  if (g.rel) {
    const n = readShift(g.rel);
    return n === null ? null : { shift: { unit: 'year', n } };
  }
  return {};
}

const quarter: DateParser = {
  name: 'quarter',
  pattern: compile(`${START}qu[ýí]\\s+(?<q>iv|i{1,3}|[1-4]|một|hai|ba|bốn|tư)(?:${YEAR})?${END}`),
  extract(m) {
    const g = m.groups!;
    const q = ROMAN[g.q!.toLowerCase()] ?? readNumber(g.q!);
    if (!q || q > 4) return null;
    const y = yearOf(g);
    if (!y) return null;
    return { start: m.index, end: m.index + m[0].length, from: { grain: 'quarter', quarter: q, ...y } };
  },
};

/** "N tháng đầu/cuối năm": 3 → a quarter, 6 → a half, other counts → a range of months. */
function partOfYear(count: number, first: boolean, year: Partial<DateSpec>): Pick<DateCandidate, 'from' | 'to'> | null {
  if (count === 6) return { from: { grain: 'half', half: first ? 1 : 2, ...year } };
  if (count === 3) return { from: { grain: 'quarter', quarter: first ? 1 : 4, ...year } };
  if (count === 12) return { from: { grain: 'year', ...year } };
  if (count < 1 || count > 11) return null;
  const [m1, m2] = first ? [1, count] : [13 - count, 12];
  return { from: { grain: 'month', month: m1, ...year }, to: { grain: 'month', month: m2, ...year } };
}

const partsOfYear = (): DateParser => {
  const COUNT = backPattern(`(?<count>\\d{1,2}|${numberWords()})`);
  return {
    name: 'part-of-year',
    pattern: compile(`${START}(?:(?<months>tháng)|(?<half>nửa))\\s+(?<which>đầu|cuối)\\s+năm(?:\\s+(?<year3>\\d{4})|\\s*\\((?<year4>\\d{4})\\)|${YEAR}|\\s+(?<rel>nay|ngoái|trước|tới|sau))?${END}`),
    extract(m, text) {
      const g = m.groups!;
      const y = yearOf(g);
      if (!y) return null;
      const before = g.months ? lookBackMatch(text, m.index, COUNT) : null;
      if (g.months && !before) return null;
      const count = g.half ? 6 : readNumber(before!.groups!.count!);
      const parts = count === null ? null : partOfYear(count, g.which!.toLowerCase() === 'đầu', y);
      return parts ? { start: m.index - (before?.[0].length ?? 0), end: m.index + m[0].length, ...parts } : null;
    },
  };
};

/**
 * Quarters counted from an end of the year: "quý cuối năm" (Q4), "quý cuối cùng của năm 2016",
 * "quý đầu tiên năm nay" (Q1), "3 quý đầu năm 2016" (Q1–Q3), "2 quý cuối năm" (Q3–Q4).
 */
const quartersOfYear = (): DateParser => {
  const COUNT = backPattern(`(?<count>[1-4]|hai|ba)`);
  return {
    name: 'quarters-of-year',
    pattern: compile(`${START}qu[ýí]\\s+(?<which>đầu|cuối)(?:\\s+(?:tiên|cùng))?\\s+(?:của\\s+)?năm(?:\\s+(?<year3>\\d{4})|${YEAR}|\\s+(?<rel>nay|ngoái|trước|tới|sau))?${END}`),
    extract(m, text) {
      const g = m.groups!;
      const y = yearOf(g);
      if (!y) return null;
      const before = lookBackMatch(text, m.index, COUNT);
      const count = before ? readNumber(before.groups!.count!) : 1;
      if (!count || count > 3) return null;
      const first = g.which!.toLowerCase() === 'đầu';
      const [q1, q2] = first ? [1, count] : [5 - count, 4];
      const start = m.index - (before?.[0].length ?? 0), end = m.index + m[0].length;
      return q1 === q2 ? { start, end, from: { grain: 'quarter', quarter: q1, ...y } }
        : { start, end, from: { grain: 'quarter', quarter: q1, ...y }, to: { grain: 'quarter', quarter: q2, ...y } };
    },
  };
};

/** Q1/2026, H2/2025: upper-case Q or H, a digit, then a year. */
const shorthand: DateParser = {
  name: 'quarter-half-shorthand',
  pattern: compile(`${START}(?<kind>[QH])(?<n>[1-4])\\s*[/\\-–]?\\s*(?<year>\\d{4})${END}`),
  extract(m) {
    const g = m.groups!;
    const n = Number(g.n), year = Number(g.year);
    if (g.kind === 'H' && n <= 2) return { start: m.index, end: m.index + m[0].length, from: { grain: 'half', half: n as 1 | 2, year } };
    if (g.kind === 'Q') return { start: m.index, end: m.index + m[0].length, from: { grain: 'quarter', quarter: n, year } };
    return null;
  },
};

export const quarterHalfParsers = (): DateParser[] => [quarter, partsOfYear(), quartersOfYear(), shorthand];
