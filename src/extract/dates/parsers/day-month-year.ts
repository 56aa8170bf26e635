/**
 * Numeric day-month dates, with or without a year:
 *   ngày 15/1/2021 · 15-1-2021 · 15.1.2021 · Ngày 15 – 1 · hôm 5/3 · mồng 3/3 · từ 15/3 · dịp 8-3
 *   ngày 1-3/3 (days 1 to 3 of March)
 * Rejected: document numbers (12/2025/NĐ-CP), fractions (chiếm 1/3), scores (thắng 2-1), number ranges
 * (5-7 tỷ), and a bare dash pair without a date cue before it.
 */
import { dateLexicon } from '../lexicon.js';
import { isValidDay } from '../calendar.js';
import type { DateCandidate, DateParser } from '../types.js';
import { followedBy, precededBy, wordsAfter } from '../words.js';
import { DASH, START, backPattern, compile, lookBack, readYear } from './fragments.js';

/** ngày, hôm, mồng, ngày mùng… before the day: part of the mention. */
const PREFIX = backPattern('(?:ngày|hôm)(?:\\s+(?:mồng|mùng))?|mồng|mùng');
/** Not glued to a number, a slash, or a decimal mark before. */
const FREE_BEFORE = '(?<![\\p{L}\\p{N}/.,])';
/** Not followed by a letter/digit, another /part (document numbers) or a decimal part. */
const FREE_AFTER = '(?![\\p{L}\\p{N}]|[/.,-]\\p{N}|/\\p{L})';

/** A following "năm nay", "năm 2021"…: the pair is a date even without a cue before it. */
const YEAR_AFTER = /^\s*(?:,\s*)?(?:của\s+)?năm\s+(?:\d{4}|nay|ngoái|trước|tới|sau|tiếp theo|dương lịch)/iu;

/** A weekday or "hôm nay" right before: "thứ sáu 6-3", "giá vàng hôm nay, 7-3". */
const DAY_NAME_BEFORE = /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|hôm\s+nay|sáng\s+nay|chiều\s+nay|tối\s+nay)\s*[,(]?\s*$/iu;

/** "8-3 năm nay", "20-10 năm ngoái": a year that dates an uncued pair ("3-5 năm tới" stays a count). */
const NAMED_YEAR_AFTER = /^\s*(?:,\s*)?(?:của\s+)?năm\s+(?:\d{4}|nay|ngoái)/iu;

/** A score a few words after a match verb: "dẫn trước tới 6-3", "thắng cách biệt 2-0", "tỷ số là 1-1". */
const SCORE_BEFORE = /(?<![\p{L}])(?:dẫn|thắng|thua|hòa|hoà|gỡ|tỷ\s+số|tỉ\s+số|ghi\s+bàn)(?:\s+\p{L}+){0,3}\s+$/iu;

/**
 * Betting odds written a/b: "(đặt 1 ăn 3,5)" after them, or a piece about odds ("tỷ lệ cược", "nhà
 * cái") before them: "tỷ lệ cược chỉ còn là 7/2", "Juventus: 8/1 (1 lãi 7)", "gia nhập PSG (7/2)".
 */
const ODDS_AFTER = /^\s*\)?\s*\(\s*(?:đặt|1\s+ăn|1\s+lãi|ăn)/iu;
const ODDS_BEFORE = /t[ỷỉ]\s+lệ\s+cược|nhà\s+cái/iu;

/** "tới", "tới đây", "sắp tới" after a year-less date: the next such day. */
const COMING_AFTER = /^\s+(?:sắp\s+)?tới(?![\p{L}\p{N}])/iu;

/** A capitalised word right after: a street name, as in "12/3 Lê Lợi". */
const ADDRESS_AFTER = /^ (?:đường |phố )?\p{Lu}\p{Ll}/u;

function isCounted(text: string, end: number): boolean {
  const next = wordsAfter(text, end, 1);
  if (next === 'năm' || next === 'tháng') return !YEAR_AFTER.test(text.slice(end));
  return followedBy(text, end, dateLexicon().counters);
}

function build(sep: 'slash' | 'dash' | 'dot'): DateParser {
  const s = sep === 'slash' ? '/' : sep === 'dot' ? '\\.' : DASH;
  const year = sep === 'dot' ? `${s}(?<year>\\d{4})` : `(?:${s}(?<year>\\d{4}|\\d{2}))?`;
  return {
    name: `day-month-${sep}`,
    pattern: compile(`${FREE_BEFORE}(?<day>\\d{1,2})${s}(?<month>\\d{1,2})${year}${FREE_AFTER}`),
    extract(m, text): DateCandidate | null {
      const g: Record<string, string | undefined> = { ...m.groups, prefix: lookBack(text, m.index, PREFIX) || undefined };
      const day = Number(g.day), month = Number(g.month);
      const y = g.year ? readYear(g.year) : undefined;
      // Without a year, check against a leap year: 29/2 exists in some year.
      if (!isValidDay(y ?? 2000, month, day)) return null;
      const start = m.index - (g.prefix?.length ?? 0), end = m.index + m[0].length;
      // The end of "1-2/10": a range of days (parsed whole) or a fraction, never a date alone.
      // ("21/4 - 20/5" is two dates: the dash follows a whole date there.)
      if (!g.prefix && /(?:^|[^\d/.])\d{1,2}\s*[-–—]\s*$/u.test(text.slice(Math.max(0, start - 8), start))) return null;
      if (!g.year) {
        const lex = dateLexicon();
        if (lex.notDates.has(`${day}/${month}`) && sep === 'slash') return null;
        if (isCounted(text, end)) return null;
        if (!g.prefix && precededBy(text, start, lex.fractionCues)) return null;
        if (!g.prefix && followedBy(text, end, lex.countNouns)) return null;
        if (sep === 'dash' && !g.prefix && SCORE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return null;
        const cued = Boolean(g.prefix) || precededBy(text, start, lex.dayCues) || NAMED_YEAR_AFTER.test(text.slice(end))
          || DAY_NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start));
        if (sep === 'dash' && !cued) return null;
        if (!g.prefix && (ODDS_AFTER.test(text.slice(end, end + 16)) || ODDS_BEFORE.test(text.slice(Math.max(0, start - 1500), start)))) return null;
        // An uncued "12/3 Lê Lợi" is a house number on a named street.
        if (!cued && ADDRESS_AFTER.test(text.slice(end))) return null;
      }
      // "hết ngày 8/1 tới": the coming 8 January, even when that is next year.
      const next = !y && COMING_AFTER.test(text.slice(end, end + 12)) ? { monthPick: 'after' as const } : {};
      return { start, end, from: { grain: 'day', day, month, ...(y ? { year: y } : {}), ...next } };
    },
  };
}

/** ngày, từ ngày, từ before a range of days: part of the mention. */
const RANGE_PREFIX = backPattern('(?:từ\\s+)?ngày|từ');
/** Before an uncued range: an opening bracket or a list word ("(22 - 23/10 và 29 - 30/10)"). */
const RANGE_OPENER = /(?:\(|(?<![\p{L}\p{N}])(?:và|hoặc|các\s+ngày))\s*$/iu;

/**
 * ngày 1-3/3, từ 10 - 12/5/2026, (22 - 23/10 và 29 - 30/10): a range of days in one month. The pattern
 * starts at the first day and looks back for its words; without them it needs a day cue, a bracket
 * or a list word before it, and a short span (a score out of 10 is not a range of days).
 */
const dayRange: DateParser = {
  name: 'day-range-in-month',
  pattern: compile(`${FREE_BEFORE}(?<d1>\\d{1,2})${DASH}(?<d2>\\d{1,2})/(?<month>\\d{1,2})(?:/(?<year>\\d{4}))?${FREE_AFTER}`),
  extract(m, text) {
    const g = m.groups!;
    const d1 = Number(g.d1), d2 = Number(g.d2), month = Number(g.month);
    const year = g.year ? Number(g.year) : undefined;
    if (d1 >= d2 || !isValidDay(year ?? 2000, month, d2)) return null;
    const prefix = lookBack(text, m.index, RANGE_PREFIX);
    const start = m.index - prefix.length, end = m.index + m[0].length;
    if (!prefix) {
      const lex = dateLexicon();
      if (d2 - d1 > 10 || precededBy(text, start, lex.fractionCues) || followedBy(text, end, lex.counters)) return null;
      const cued = precededBy(text, start, lex.dayCues) || RANGE_OPENER.test(text.slice(Math.max(0, start - 12), start));
      if (!cued) return null;
    }
    const y = year ? { year } : {};
    return { start, end, from: { grain: 'day', day: d1, month, ...y }, to: { grain: 'day', day: d2, month, ...y } };
  },
};

/** 2026-03-07, 2026-03-07T10:22(:00): ISO 8601 as printed in datelines and tables, wall clock kept. */
const isoDate: DateParser = {
  name: 'iso-date',
  pattern: compile(`${FREE_BEFORE}(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?:[T ](?<hour>\\d{2}):(?<minute>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?(?![\\p{L}\\p{N}]|[/.,:-]\\p{N})`),
  extract(m) {
    const g = m.groups!;
    const year = Number(g.year), month = Number(g.month), day = Number(g.day);
    if (!isValidDay(year, month, day)) return null;
    const time = g.hour ? { grain: 'minute' as const, hour: Number(g.hour), minute: Number(g.minute) } : { grain: 'day' as const };
    if (g.hour && (time.hour! > 23 || time.minute! > 59)) return null;
    return { start: m.index, end: m.index + m[0].length, from: { ...time, year, month, day } };
  },
};

export const dayMonthYearParsers: DateParser[] = [build('slash'), build('dash'), build('dot'), dayRange, isoDate];
