/**
 * Day and month written with "tháng":
 *   ngày 15 tháng 1 năm 2021 · mồng 3 tháng ba · ngày 7 tháng ba · 12 tháng 10 năm 2017 · ngày 6 tháng 2
 *   ngày đầu tiên của tháng ba
 * A bare "6 tháng 2" (no ngày/mồng, no year) is not taken: it reads as a count ("6 tháng 2 lần").
 */
import { isValidDay } from '../calendar.js';
import type { DateParser } from '../types.js';
import { END, START, backPattern, compile, lookBackMatch, monthWords, numberWords, readMonth, readNumber } from './fragments.js';

export function dayMonthWordParsers(): DateParser[] {
  const month = `(?<month>\\d{1,2}|${monthWords()})`;
  const year = '(?:(?:\\s*,)?\\s+(?:của\\s+)?năm\\s+(?<year>\\d{4})|\\s*/\\s*(?<year2>\\d{4}))?';
  const dayBefore = backPattern(`(?:(?<prefix>ngày|hôm)\\s+)?(?:(?<mong>mồng|mùng)\\s+)?(?<day>\\d{1,2}|${numberWords()})`);
  return [
    {
      name: 'day-month-words',
      // The pattern starts at "tháng" and the day is looked back for: a leading alternation of words
      // would be tried at every position of the text.
      pattern: compile(`${START}tháng\\s+${month}${year}${END}`),
      extract(m, text) {
        const before = lookBackMatch(text, m.index, dayBefore);
        if (!before) return null;
        const g: Record<string, string | undefined> = { ...m.groups, ...before.groups };
        const start = m.index - before[0].length;
        const day = readNumber(g.day!), mo = readMonth(g.month!);
        const y = g.year ?? g.year2;
        if (!day || !mo || !(g.prefix || g.mong || y)) return null;
        // "tuần 4 tháng 10/2016" is the fourth week of the month, not 4 October.
        if (!g.prefix && !g.mong && /(?<![\p{L}])tuần\s+$/iu.test(text.slice(Math.max(0, start - 8), start))) return null;
        if (/^\p{L}/u.test(g.day!) && !(g.prefix || g.mong)) return null;
        if (!isValidDay(y ? Number(y) : 2000, mo, day)) return null;
        return { start, end: m.index + m[0].length, from: { grain: 'day', day, month: mo, ...(y ? { year: Number(y) } : {}) } };
      },
    },
    {
      name: 'first-day-of-month',
      pattern: compile(`${START}ngày\\s+đầu\\s+tiên\\s+(?:của\\s+)?tháng\\s+${month}${year}${END}`),
      extract(m) {
        const g = m.groups!;
        const mo = readMonth(g.month!);
        const y = g.year ?? g.year2;
        if (!mo) return null;
        return { start: m.index, end: m.index + m[0].length, from: { grain: 'day', day: 1, month: mo, ...(y ? { year: Number(y) } : {}) } };
      },
    },
  ];
}
