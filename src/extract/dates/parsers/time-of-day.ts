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
import {
  END, START, backPattern, compile, foldWords, lookBack, lookBackMatch, numberWords, partOfDayWords, readNumber,
} from './fragments.js';

const POD_DAY: Record<string, number> = { 'nay': 0, 'hôm nay': 0, 'qua': -1, 'hôm qua': -1, 'mai': 1, 'ngày mai': 1 };
/** Words before "2 giờ 30 phút", "2h" that make it a duration, unless a part of the day or a date follows. */
const DURATION_BEFORE = new Set(['trong', 'sau', 'mất', 'hơn', 'gần', 'suốt', 'kéo dài', 'vòng', 'trong vòng', 'chỉ']);
/** Verbs before "khoảng 15 giờ" that make it a length of time. */
const WAIT_BEFORE = new Set([...DURATION_BEFORE, 'chờ', 'đợi', 'ngủ', 'nghỉ', 'kéo dài', 'diễn ra trong', 'tốn']);
/** Words before a bare "8 giờ" that make it a clock time: "từ 8 giờ đến 10 giờ". */
const TIME_CUES = new Set(['từ', 'đến', 'tới', 'vào', 'trước']);
/** A date (or a named day) right after the time: then a bare "3 giờ" is a clock time. */
const DATE_AFTER = /^\s*,?\s*(?:ngày|hôm|mồng|mùng|sáng|trưa|chiều|tối|đêm|thứ|chủ nhật|\d{1,2}\s*[/\-–]\s*\d)/iu;
/** After a clock time, words that make it a habit, not one time: "20h45 thứ 5, thứ 6 hàng tuần", "6h mỗi sáng". */
const HABIT_AFTER = /^[\s,]*(?:(?:các\s+ngày|vào\s+các\s+ngày|mỗi|hằng|hàng)\s+\p{L}+|(?:(?:ngày\s+)?(?:thứ\s+\p{L}+|thứ\s+\d|chủ\s+nhật)[\s,]*(?:và\s+)?)+(?:hàng|hằng|mỗi)\s+tuần)/iu;
/** Before a clock time, an indefinite or habitual day: "vào một tối chủ nhật, khoảng hơn 10h đêm", "mỗi ngày lúc 6h". */
const INDEFINITE_DAY_BEFORE = /(?<![\p{L}])(?:một|mỗi|các|những|hằng|hàng)\s+(?:(?:buổi\s+)?(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:thứ\s+\p{L}+|chủ\s+nhật|hôm|ngày|buổi\s+\p{L}+|sáng|tối|đêm)[\s,]*(?:(?:vào|lúc|khoảng|hơn|gần|chừng|từ)\s+)*$/iu;
/** Words earlier in the sentence that make a clock time a habit: "Tôi có thói quen dậy sớm, 6h đã ra khỏi nhà". */
const HABIT_IN_SENTENCE = /(?<![\p{L}])(?:thói\s+quen|thường\s+xuyên|hằng\s+ngày|hàng\s+ngày|mỗi\s+ngày|mỗi\s+sáng|mỗi\s+tối|(?<!bình\s|bất\s)thường(?!\s+(?:vụ|trực|niên|dân|tình|phạt)))(?![\p{L}])/iu;

/** The sentence up to `index` (from its last full stop, line break or 160 characters back). */
function sentenceBefore(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 160), index);
  return head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf('\n'), head.lastIndexOf('!'), head.lastIndexOf('?')) + 1);
}

/** Words after "16 giờ" that make it a length of time (16 giờ liên tục, 14 giờ mỗi ngày). */
const SPAN_AFTER = /^\s*(?:liên\s+tục|liền|mỗi|một\s+ngày|\/|đồng\s+hồ|qua|tới|trước|sau)/iu;
/** "buổi" before a part of the day (buổi sáng 15/1). */
const BUOI = backPattern('buổi');
/** lúc, vào lúc, khoảng… before the time: part of the mention. */
const PREFIX = backPattern('vào\\s+lúc|vào\\s+đúng|vào\\s+khoảng|lúc|đúng|khoảng');

export function timeOfDayParsers(): DateParser[] {
  const lex = dateLexicon();
  const suffix = `(?:\\s+(?<pod>${partOfDayWords()})(?:\\s+(?<day>hôm\\s+nay|nay|hôm\\s+qua|qua|ngày\\s+mai|mai))?)?`;
  const digitClock = [
    '(?<h1>\\d{1,2}):(?<m1>\\d{2})(?::\\d{2})?(?![\\p{N}:])',
    // "16h30’": a minute mark after the minutes, as some papers print it.
    '(?<h2>\\d{1,2})\\s*(?:h|g|giờ)\\s*(?<m2>\\d{1,2})(?:\\s*(?:phút|p)|[’′\'])?(?![\\p{N}])',
    '(?<h3>\\d{1,2})\\s*(?:giờ|h)\\s+rưỡi',
    '(?<h4>\\d{1,2})\\s*giờ\\s+kém\\s+(?<k4>\\d{1,2})(?:\\s*phút)?',
    '(?<h5>\\d{1,2})\\s*(?<unit5>giờ|h)(?![\\p{N}])',
  ].join('|');
  /** A number word before "giờ" (ba giờ rưỡi): looked back for, as the pattern starts at "giờ". */
  const HOUR_WORD = backPattern(`(?<hour>${numberWords()})`);

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

  /** The shared checks: a cue for bare hours, no duration before, no ratio. */
  function accept(g: Record<string, string | undefined>, clockStart: number, end: number, text: string): DateCandidate | null {
    const s = spec(g);
    if (!s) return null;
    const prefix = lookBack(text, clockStart, PREFIX);
    const start = clockStart - prefix.length;
    if (g.h1 !== undefined && precededBy(text, start, lex.fractionCues)) return null;
    if (HABIT_AFTER.test(text.slice(end, end + 60)) || INDEFINITE_DAY_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return null;
    if (!g.day && HABIT_IN_SENTENCE.test(sentenceBefore(text, start))) return null;
    const anchored = Boolean(g.pod) || DATE_AFTER.test(text.slice(end));
    if (!prefix && !anchored && precededBy(text, start, DURATION_BEFORE)) return null;
    // "bạn nên chờ khoảng 15 giờ": "khoảng" after a verb of waiting or lasting is "about", not "at".
    if (/khoảng\s*$/iu.test(prefix) && !anchored && precededBy(text, start, WAIT_BEFORE)) return null;
    if (g.h5 !== undefined) {
      // 13–23 giờ is a clock hour on the 24-hour clock news use ("21 giờ, đoàn đến"): a duration that
      // long is written with its cue (trong, mất, kéo dài) or followed by one (liên tục, mỗi ngày).
      const clock24 = /^\d+$/.test(g.h5) && Number(g.h5) >= 13 && !SPAN_AFTER.test(text.slice(end, end + 16));
      const cued = prefix || anchored || clock24 || (g.unit5 === 'h' && /^\d/.test(g.h5)) || precededBy(text, start, TIME_CUES);
      if (!cued) return null;
    }
    // A number word alone before "giờ" ("ba giờ") needs a cue: "hai giờ rưỡi" does not.
    if (/^\p{L}/u.test(g.h4 ?? g.h5 ?? '0') && !(prefix || g.pod)) return null;
    return { start, end, from: s };
  }

  return [
    {
      name: 'time-of-day',
      pattern: compile(`(?<![\\p{L}\\p{N}:])(?:${digitClock})${suffix}${END}`),
      extract: (m, text) => accept(m.groups!, m.index, m.index + m[0].length, text),
    },
    {
      name: 'spoken-time',
      pattern: compile(`${START}giờ(?:\\s+(?<half>rưỡi)|\\s+kém\\s+(?<k4>\\d{1,2})(?:\\s*phút)?)?${suffix}${END}`),
      extract(m, text) {
        const word = lookBackMatch(text, m.index, HOUR_WORD);
        if (!word) return null;
        const hour = word.groups!.hour!;
        const g = { ...m.groups, ...(m.groups!.half ? { h3: hour } : m.groups!.k4 ? { h4: hour } : { h5: hour, unit5: 'giờ' }) };
        return accept(g, m.index - word[0].length, m.index + m[0].length, text);
      },
    },
    {
      name: 'part-of-day-before-date',
      pattern: compile(`${START}(?<pod>${partOfDayWords()})(?=\\s+(?:ngày|hôm|mồng|mùng|thứ|chủ\\s+nhật|chúa\\s+nhật|\\d{1,2}\\s*[/\\-–]\\s*\\d))`),
      extract(m, text) {
        const start = m.index - lookBack(text, m.index, BUOI).length;
        // Grain day: with its date it names the day (SCHEMA v1.1 partOfDay); alone it is dropped.
        return { start, end: m.index + m[0].length, from: { grain: 'day', partOfDay: foldWords(m.groups!.pod!) } };
      },
    },
  ];
}
