/**
 * Clock times, alone or before a part of the day or a date (the date is merged by a refiner):
 *   10h30 · 10g45 · 10 giờ 30 · 10 giờ 45 phút · 10:30 · 15:23:24 · 3 giờ rưỡi chiều · 11 giờ kém 15
 *   lúc 2 giờ sáng · vào khoảng 3 giờ chiều · 8 giờ tối nay · 10h
 * A bare "3 giờ" is a duration unless a cue says it is a time (lúc, vào, khoảng, đúng, a part of the
 * day, or a date after it). Parts of the day alone before a date (sáng 15/1) are proposed here too.
 */
import { dateLexicon } from '../lexicon.js';
import type { DateCandidate, DateParser, DateSpec } from '../types.js';
import { precededBy } from '../words.js';
import { END, START, compile, foldWords, numberWords, partOfDayWords, readNumber } from './fragments.js';

const POD_DAY: Record<string, number> = { 'nay': 0, 'hôm nay': 0, 'qua': -1, 'hôm qua': -1, 'mai': 1, 'ngày mai': 1 };
/** A date (or a named day) right after the time: then a bare "3 giờ" is a clock time. */
/** Words before "2 giờ 30 phút" that make it a duration, not a clock time. */
const DURATION_BEFORE = new Set(['trong', 'sau', 'mất', 'hơn', 'gần', 'suốt', 'kéo dài', 'tới', 'đến', 'vòng', 'trong vòng']);
const DATE_AFTER = /^\s*,?\s*(?:ngày|hôm|mồng|mùng|sáng|trưa|chiều|tối|đêm|thứ|chủ nhật|\d{1,2}\s*[/\-–]\s*\d)/iu;

export function timeOfDayParsers(): DateParser[] {
  const lex = dateLexicon();
  const hourWord = `\\d{1,2}|${numberWords()}`;
  const prefix = '(?:(?<prefix>vào\\s+lúc|vào\\s+đúng|vào\\s+khoảng|lúc|đúng|khoảng)\\s+)?';
  const suffix = `(?:\\s+(?<pod>${partOfDayWords()})(?:\\s+(?<day>hôm\\s+nay|nay|hôm\\s+qua|qua|ngày\\s+mai|mai))?)?`;
  const clock = [
    '(?<![:\\p{N}])(?<h1>\\d{1,2}):(?<m1>\\d{2})(?::\\d{2})?(?![\\p{N}:])',
    '(?<h2>\\d{1,2})\\s*(?:h|g|giờ)\\s*(?<m2>\\d{1,2})(?:\\s*(?:phút|p))?(?![\\p{N}])',
    `(?<h3>${hourWord})\\s*(?:giờ|h)\\s+rưỡi`,
    `(?<h4>${hourWord})\\s*giờ\\s+kém\\s+(?<k4>\\d{1,2})(?:\\s*phút)?`,
    `(?<h5>${hourWord})\\s*(?<unit5>giờ|h)(?![\\p{N}])`,
  ].join('|');

  function spec(g: Record<string, string | undefined>): DateSpec | null {
    let hour: number | null, minute: number | undefined;
    if (g.h1 !== undefined) [hour, minute] = [Number(g.h1), Number(g.m1)];
    else if (g.h2 !== undefined) [hour, minute] = [Number(g.h2), Number(g.m2)];
    else if (g.h3 !== undefined) [hour, minute] = [readNumber(g.h3), 30];
    else if (g.h4 !== undefined) {
      const h = readNumber(g.h4);
      [hour, minute] = [h === null ? null : h - 1, 60 - Number(g.k4)];
    } else hour = readNumber(g.h5!);
    if (hour === null || hour > 23 || hour < 0 || (minute !== undefined && (minute < 0 || minute > 59))) return null;
    const s: DateSpec = { grain: minute === undefined ? 'hour' : 'minute', hour };
    if (minute !== undefined) s.minute = minute;
    if (g.pod) s.partOfDay = foldWords(g.pod);
    if (g.day) s.shift = { unit: 'day', n: POD_DAY[foldWords(g.day)]! };
    return s;
  }

  return [
    {
      name: 'time-of-day',
      pattern: compile(`${START}${prefix}(?:${clock})${suffix}${END}`),
      extract(m, text): DateCandidate | null {
        const g = m.groups!;
        const s = spec(g);
        if (!s) return null;
        const start = m.index, end = m.index + m[0].length;
        if (g.h1 !== undefined && precededBy(text, start, lex.fractionCues)) return null;
        const spoken = /giờ/iu.test(m[0]) && !g.prefix;
        if (spoken && precededBy(text, start, DURATION_BEFORE)) return null;
        if (g.h5 !== undefined) {
          const cued = g.prefix || g.pod || DATE_AFTER.test(text.slice(end)) || (g.unit5 === 'h' && /^\d/.test(g.h5));
          if (!cued) return null;
        }
        if (/^\p{L}/u.test(g.h3 ?? g.h4 ?? g.h5 ?? '0') && !(g.prefix || g.pod || g.h3 !== undefined)) return null;
        return { start, end, from: s };
      },
    },
    {
      name: 'part-of-day-before-date',
      pattern: compile(`${START}(?:buổi\\s+)?(?<pod>${partOfDayWords()})(?=\\s+(?:ngày|hôm|mồng|mùng|thứ|chủ\\s+nhật|chúa\\s+nhật|\\d{1,2}\\s*[/\\-–]\\s*\\d))`),
      extract: (m) => ({ start: m.index, end: m.index + m[0].length, from: { grain: 'hour', partOfDay: foldWords(m.groups!.pod!) } }),
    },
  ];
}
