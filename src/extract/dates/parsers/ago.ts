/**
 * A point a counted number of units before the reference ("ago"):
 *   3 năm trước · 3 tháng trước · 10 ngày trước · 2 tuần trước · 20 năm về trước · 5 năm trước đây
 *   cách đây 20 năm · cách đây 3 tháng · cách đây 2 tuần
 * The value is that one unit (3 năm trước, published 2016 → 2013), not the span up to the reference.
 * Not taken: counts written as words or vague (hai năm trước, vài năm trước, cách đây mấy ngày: the
 * news annotation leaves word-only counts out), spans (3-5 năm trước), durations (trong 3 năm trước,
 * suốt 2 tháng trước), and "trước" as a preposition of another event (3 năm trước khi…, 2 năm trước đó).
 */
import type { DateParser, ShiftUnit } from '../types.js';
import { precededBy, wordsAfter } from '../words.js';
import { END, START, compile, foldWords } from './fragments.js';

const UNITS: Record<string, ShiftUnit & ('day' | 'week' | 'month' | 'year')> = {
  'ngày': 'day', 'tuần': 'week', 'tháng': 'month', 'năm': 'year',
};
/** Words after "N năm trước" that make "trước" a preposition ("before that", "before he…"). */
const ANCHORED = new Set(['khi', 'đó', 'đấy', 'kia', 'nữa', 'lúc', 'ngày', 'hạn', 'thời']);
/** Words before the count that make the phrase a span, not a point. */
const SPAN_BEFORE = new Set(['trong', 'suốt', 'những', 'các', 'mấy', 'hơn', 'gần', 'khoảng', 'trong vòng', 'của']);
const NUMBER_BEFORE = /[\p{N}][\s]*[-–—/,.]\s*$/u;

const point = (start: number, end: number, unit: ShiftUnit & ('day' | 'week' | 'month' | 'year'), n: number) =>
  ({ start, end, from: { grain: unit, shift: { unit, n: -n } } });

export const agoParsers: DateParser[] = [
  {
    name: 'units-ago',
    pattern: compile(`(?<![\\p{L}\\p{N}.,])(?<n>\\d{1,3})\\s+(?<unit>ngày|tuần|tháng|năm)\\s+(?:về\\s+)?trước(?:\\s+đây)?${END}`),
    extract(m, text) {
      const n = Number(m.groups!.n);
      const end = m.index + m[0].length;
      if (!n || precededBy(text, m.index, SPAN_BEFORE)) return null;
      if (NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
      if (!/đây$/u.test(m[0]) && ANCHORED.has(wordsAfter(text, end, 1))) return null;
      return point(m.index, end, UNITS[foldWords(m.groups!.unit!)]!, n);
    },
  },
  {
    name: 'ago-from-now',
    pattern: compile(`${START}cách\\s+đây\\s+(?<n>\\d{1,3})\\s+(?<unit>ngày|tuần|tháng|năm)${END}`),
    extract(m) {
      const n = Number(m.groups!.n);
      return n ? point(m.index, m.index + m[0].length, UNITS[foldWords(m.groups!.unit!)]!, n) : null;
    },
  },
];
