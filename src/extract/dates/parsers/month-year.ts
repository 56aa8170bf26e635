/**
 * Months: tháng 3/2026 · tháng 3 năm 2026 · tháng 3-2026 · T9/2026 · tháng ba · tháng 3 · tháng 3 tới
 *   đầu/giữa/cuối tháng 3 · tháng 3 - 6/2027 (a range) · (7, 8, 9/2016) · tháng 10, 11 và 12/2016 (a list) · tuần đầu tiên của tháng 9 năm 2017 (a week)
 * "tháng 2 lần" (twice a month) is a count, not a month.
 */
import { dateLexicon } from '../lexicon.js';
import type { DateParser } from '../types.js';
import { followedBy, precededBy } from '../words.js';
import { DASH, END, START, backPattern, compile, lookBack, monthWords, readMonth } from './fragments.js';

/** Words before "tháng" that belong to the mention. */
const EDGE = backPattern('đầu|giữa|cuối');
const FROM = backPattern('từ');

/** Month words that are also common non-month words: only taken with a year after them. */
const AMBIGUOUS_MONTH_WORDS = new Set(['năm', 'một']);

/** "tháng" before a list of months: part of the mention. */
const MONTH_WORD = backPattern('(?:các\\s+)?tháng');

/**
 * A list of consecutive months sharing one year: "(7, 8, 9/2016)", "tháng 10, 11 và 12/2016" → months
 * 7–9, 10–12. Without "tháng" the list must end in a four-digit year after a slash; gaps (1, 3, 5/2016)
 * are no single period and are left alone.
 */
const monthList: DateParser = {
  name: 'month-list',
  pattern: compile(`(?<![\\p{L}\\p{N}/.,])(?<list>\\d{1,2}(?:\\s*,\\s*\\d{1,2})*(?:\\s*,?\\s+và\\s+|\\s*,\\s*)\\d{1,2})\\s*/\\s*(?<year>(?:19|20)\\d{2})${END}`),
  extract(m, text) {
    const months = m.groups!.list!.split(/\s*(?:,|và)\s*/u).filter(Boolean).map(Number);
    if (months.some((n, i) => n < 1 || n > 12 || (i > 0 && n !== months[i - 1]! + 1))) return null;
    // "ngày 5, 6/2016" lists days, not months.
    if (/(?<![\p{L}])(?:ngày|hôm|mồng|mùng)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    const year = Number(m.groups!.year);
    const start = m.index - lookBack(text, m.index, MONTH_WORD).length;
    return { start, end: m.index + m[0].length, from: { grain: 'month', month: months[0]!, year }, to: { grain: 'month', month: months.at(-1)!, year } };
  },
};

export function monthYearParsers(): DateParser[] {
  const month = `(?<month>\\d{1,2}|${monthWords()})`;
  const year = '(?:\\s*[/.\\-–]\\s*(?<year>\\d{4})|(?:\\s*,)?\\s+(?:của\\s+)?năm\\s+(?<year2>\\d{4}))';
  return [
    monthList,
    {
      name: 'month-year',
      pattern: compile(`${START}tháng\\s+${month}(?:${year}|\\s+(?<next>tới)${END})?(?![\\p{L}\\p{N}]|[/.,]\\p{N})`),
      extract(m, text) {
        const g = m.groups!;
        const mo = readMonth(g.month!);
        const y = g.year ?? g.year2;
        if (!mo) return null;
        if (!y && AMBIGUOUS_MONTH_WORDS.has(g.month!.toLowerCase())) return null;
        const end = m.index + m[0].length;
        if (!y && !g.next && followedBy(text, end, dateLexicon().counters)) return null;
        // "Cách mạng Tháng Tám", "Cách mạng tháng Mười Nga" name an event, not a month.
        if (!y && precededBy(text, m.index, dateLexicon().monthNameBefore)) return null;
        return {
          start: m.index - lookBack(text, m.index, EDGE).length, end,
          from: { grain: 'month', month: mo, ...(y ? { year: Number(y) } : {}), ...(g.next ? { monthPick: 'after' as const } : {}) },
        };
      },
    },
    {
      name: 'month-short',
      pattern: compile(`${START}T(?<month>\\d{1,2})\\s*/\\s*(?<year>\\d{4})${END}`),
      extract(m) {
        const mo = readMonth(m.groups!.month!);
        if (!mo || m[0][0] !== 'T') return null;
        return { start: m.index, end: m.index + m[0].length, from: { grain: 'month', month: mo, year: Number(m.groups!.year) } };
      },
    },
    {
      name: 'month-range-in-year',
      pattern: compile(`${START}tháng\\s+(?<m1>\\d{1,2})${DASH}(?:tháng\\s+)?(?<m2>\\d{1,2})\\s*[/.]\\s*(?<year>\\d{4})${END}`),
      extract(m, text) {
        const g = m.groups!;
        const m1 = readMonth(g.m1!), m2 = readMonth(g.m2!);
        if (!m1 || !m2 || m1 >= m2) return null;
        const year = Number(g.year);
        return { start: m.index - lookBack(text, m.index, FROM).length, end: m.index + m[0].length, from: { grain: 'month', month: m1, year }, to: { grain: 'month', month: m2, year } };
      },
    },
    {
      name: 'first-week-of-month',
      pattern: compile(`${START}tuần\\s+(?:đầu\\s+tiên|đầu|thứ\\s+nhất)\\s+(?:của\\s+)?tháng\\s+${month}(?:${year})?${END}`),
      extract(m) {
        const g = m.groups!;
        const mo = readMonth(g.month!);
        const y = g.year ?? g.year2;
        if (!mo) return null;
        return { start: m.index, end: m.index + m[0].length, from: { grain: 'week', month: mo, firstWeekOfMonth: true, ...(y ? { year: Number(y) } : {}) } };
      },
    },
  ];
}
