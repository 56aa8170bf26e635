/**
 * Dates relative to the reference (the publication time):
 *   hôm nay · hôm qua · ngày mai · hôm kia
 *   tuần này/trước/tới · tháng trước · quý tới · năm nay/ngoái/trước/tới/sau · cùng kỳ năm ngoái
 *   cuối tháng này · đầu năm · cuối năm (this year)
 *   tối nay · sáng qua · trưa mai · tối hôm qua (the day, with its partOfDay)
 * Not taken: "bây giờ", "ngay lúc này" (now: vague like "hiện nay", which the news annotation leaves
 * out), plural or counted periods (những năm trước, hai năm qua) and narrative relatives anchored
 * elsewhere (năm sau đó). "9 tháng qua", "3 ngày tới", "2 năm tiếp theo" are durations (figures with
 * unit tháng/ngày/năm in the news annotation of text-gold), not dates; "3 năm trước" is a date
 * (parsers/ago.ts).
 */
import { alternation, dateLexicon } from '../lexicon.js';
import type { DateParser, ShiftUnit } from '../types.js';
import { precededBy, wordsAfter, wordsBefore } from '../words.js';
import { END, RECENT, START, backPattern, compile, foldWords, lookBack, numberWords, partOfDayWords, readShift, shiftWords } from './fragments.js';

const UNITS: Record<string, ShiftUnit> = {
  'tuần': 'week', 'tháng': 'month', 'quý': 'quarter', 'quí': 'quarter', 'năm': 'year',
  'phút': 'minute', 'giờ': 'hour', 'tiếng': 'hour', 'ngày': 'day',
};
const GRAIN_OF_UNIT = { minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' } as const;

/** "ngày mai", "tối hôm qua": the day offset of the words after a part of the day. */
const POD_DAY: Record<string, number> = {
  'nay': 0, 'hôm nay': 0, 'ngày hôm nay': 0, 'qua': -1, 'hôm qua': -1, 'ngày hôm qua': -1, 'hôm kia': -2, 'mai': 1, 'ngày mai': 1,
};

/** Words whose number is a date part, not a count: "tháng 3 năm nay". */
const DATE_UNITS = new Set(['tháng', 'ngày', 'quý', 'quí', 'mồng', 'mùng', 'hôm']);

/** Words before the phrase that belong to the mention. */
const BUOI = backPattern('buổi');
const UNIT_PREFIX = backPattern('cùng\\s+k[ỳì]|đầu|giữa|cuối');
/** "cùng kỳ" (the same period): "cùng kì tuần trước đó" still compares with the reference's own period. */
const SAME_PERIOD = /^cùng\s+k[ỳì]/iu;
const FROM = backPattern('từ');

/** A word after the relative phrase that anchors it to another event, not the reference. */
const ANCHORED_ELSEWHERE = new Set(['đó', 'nữa', 'khi', 'đấy']);

export function relativeParsers(): DateParser[] {
  const lex = dateLexicon();
  const notCounted = (text: string, start: number): boolean => {
    // A count is a whole number word before the unit: "2 năm trước", not the "3" of "8-3 năm nay" or
    // of "tháng 3 năm nay"; a quote may open it (“6 tháng nay).
    const afterDateUnit = DATE_UNITS.has(wordsBefore(text, start, 2).split(' ')[0]!);
    const count = /(?:^|[\s“"'(])(\d+)\s+$/u.test(text.slice(Math.max(0, start - 12), start)) && !afterDateUnit;
    // "hai năm trước" counts; "tháng Tám năm nay" names a month.
    const wordCount = lex.numberWords.has(wordsBefore(text, start, 1)) && !afterDateUnit;
    return !(count || wordCount || precededBy(text, start, lex.plural));
  };
  return [
    {
      name: 'day-shift',
      pattern: compile(`${START}(?<w>${alternation(lex.dayShifts.keys())})${END}`),
      extract(m, text) {
        const n = lex.dayShifts.get(foldWords(m.groups!.w!));
        // "một nước Nhật như ngày hôm nay", "để có được ngày hôm nay": the present state, not a day.
        if (/^ngày\s/iu.test(m[0]) && n === 0 && /(?<![\p{L}])(?:như|có\s+được|được\s+như)\s+$/iu.test(text.slice(Math.max(0, m.index - 14), m.index))) return null;
        return n === undefined ? null : { start: m.index, end: m.index + m[0].length, from: { grain: 'day', shift: { unit: 'day', n } } };
      },
    },
    {
      name: 'part-of-day-relative',
      pattern: compile(`${START}(?<pod>${partOfDayWords()})\\s+(?<day>${alternation(Object.keys(POD_DAY))})${END}`),
      extract(m, text) {
        const n = POD_DAY[foldWords(m.groups!.day!)];
        if (n === undefined) return null;
        return {
          start: m.index - lookBack(text, m.index, BUOI).length, end: m.index + m[0].length,
          // A part of a named day is that day (SCHEMA v1.1 partOfDay), not an hour range.
          from: { grain: 'day', partOfDay: foldWords(m.groups!.pod!), shift: { unit: 'day', n } },
        };
      },
    },
    {
      name: 'unit-shift',
      pattern: compile(`${START}(?<unit>tuần|tháng|qu[ýí]|năm)\\s+(?<shift>${shiftWords()})${END}`),
      extract(m, text) {
        const g = m.groups!;
        const unit = UNITS[foldWords(g.unit!)]!;
        const n = readShift(g.shift!);
        const prefix = lookBack(text, m.index, UNIT_PREFIX);
        const start = m.index - prefix.length;
        const end = m.index + m[0].length;
        if (n === null || !notCounted(text, start)) return null;
        // "3-5 năm tới" is a vague count; "8-3 năm nay", "20-10 năm ngoái" date the pair before them.
        const afterPair = /\d\s*[-–—]\s*\d+\s+$/u.test(text.slice(Math.max(0, m.index - 12), m.index));
        if (afterPair && !['nay', 'ngoái'].includes(foldWords(g.shift!))) return null;
        if (ANCHORED_ELSEWHERE.has(wordsAfter(text, end, 1)) && !SAME_PERIOD.test(prefix)) return null;
        if (unit === 'quarter' && precededBy(text, m.index, lex.preciousBefore)) return null;
        if (foldWords(g.shift!) === 'dương lịch tiếp theo' && unit !== 'year') return null;
        const recent = unit === 'week' && RECENT.has(foldWords(g.shift!));
        return { start, end, from: { grain: GRAIN_OF_UNIT[unit], shift: { unit, n, ...(recent ? { recent } : {}) } } };
      },
    },
    {
      name: 'edge-of-current',
      // "đầu năm", "cuối tháng": the current year or month (a following number or relative word is
      // left to the parsers of "cuối tháng 3", "cuối năm 2021", "cuối năm nay"; "đầu năm học" is the school
      // year's start, not this year's).
      pattern: compile(`${START}(?:đầu|giữa|cuối)\\s+(?<unit>tháng|năm)(?!\\s+(?:\\d|${shiftWords()}|${numberWords()}|học|tài\\s+chính))${END}`),
      extract(m, text) {
        const unit = UNITS[foldWords(m.groups!.unit!)]!;
        if (!notCounted(text, m.index)) return null;
        const start = m.index - lookBack(text, m.index, FROM).length;
        return { start, end: m.index + m[0].length, from: { grain: GRAIN_OF_UNIT[unit], shift: { unit, n: 0 } } };
      },
    },
  ];
}
