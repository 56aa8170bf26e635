/**
 * Years, year ranges and decades:
 *   năm 2020 · đầu/cuối năm 2021 · giá so sánh 2010 (a bare year after a cue word)
 *   giai đoạn 2021-2025 · 2021 -2025 · 2021–2025 · từ năm 2021 đến năm 2025
 *   thập niên 1990 · thập niên 90 · những năm 90 · những năm 1990 · mùa 2008-09 · niên khóa 2015-16
 *   các năm 1987, 1989, 1997 · năm 2016 và 2017 (a list opened by "năm") · từ 1975 đến nay · sinh 1990
 *   Luật Đất đai 2013 (a law's name) · vào 2015, (a weak cue, then the phrase ends)
 * A bare four-digit number is a year only with a cue (date-words.tsv year-cue, weak-year-cue,
 * year-after-cue) and not before a counted noun (2010 người).
 */
import { dateLexicon } from '../lexicon.js';
import type { DateParser } from '../types.js';
import { followedBy, precededBy } from '../words.js';
import { DASH, START, backPattern, compile, lookBack } from './fragments.js';

/** Not a piece of a larger number or a document number (12/2025/NĐ-CP). */
const FREE_AFTER = '(?![\\p{L}\\p{N}]|[/.,]\\p{N}|/\\p{L})';
const FREE_BEFORE = '(?<![\\p{L}\\p{N}/.,])';
const isYear = (y: number): boolean => y >= 1800 && y <= 2200;
/** Words before the year that belong to the mention. */
const EDGE = backPattern('đầu|giữa|cuối|cùng\\s+k[ỳì]');
const RANGE_PREFIX = backPattern('giai\\s+đoạn|thời\\s+kỳ|niên\\s+vụ|nhiệm\\s+kỳ|từ\\s+năm|từ|năm|các\\s+năm');

const yearWithWord: DateParser = {
  name: 'year',
  pattern: compile(`${START}năm\\s+(?<year>\\d{4})${FREE_AFTER}`),
  extract(m, text) {
    const year = Number(m.groups!.year);
    const start = m.index - lookBack(text, m.index, EDGE).length;
    return isYear(year) ? { start, end: m.index + m[0].length, from: { grain: 'year', year } } : null;
  },
};

/** A list of years opened by "năm" right before: "các năm 1987, 1989, [1997]", "năm 2016 và [2017]". */
const YEAR_LIST_BEFORE = /(?<![\p{L}\p{N}])năm\s+(?:(?:19|20)\d{2}\s*(?:,\s*(?:và\s+|hoặc\s+)?|và\s+|hoặc\s+|hay\s+))+$/iu;
/** A law's name right before: "Luật Đất đai 2013", "Bộ luật Hình sự 2015", "Hiến pháp 2013". */
const LAW_NAME_BEFORE = /(?<![\p{L}\p{N}])(?:Bộ\s+luật|Luật|Hiến\s+pháp)(?:\s+\p{L}+){0,10}\s+$/u;
/** After a weak cue, the year must end its phrase: punctuation, the end, or a range word. */
const PHRASE_END_AFTER = /^\s*(?:$|[,.;:!?)"”]|(?:và|đến|tới|hoặc)\s)/u;

const bareYear: DateParser = {
  name: 'bare-year',
  pattern: compile(`${FREE_BEFORE}(?<year>(?:19|20)\\d{2})${FREE_AFTER}`),
  extract(m, text) {
    const lex = dateLexicon();
    const end = m.index + m[0].length;
    if (followedBy(text, end, lex.counters)) return null;
    const head = text.slice(Math.max(0, m.index - 90), m.index);
    const cued = precededBy(text, m.index, lex.yearCues) || followedBy(text, end, lex.yearAfterCues)
      || YEAR_LIST_BEFORE.test(head) || LAW_NAME_BEFORE.test(head)
      || (precededBy(text, m.index, lex.weakYearCues) && PHRASE_END_AFTER.test(text.slice(end, end + 6)));
    return cued ? { start: m.index, end, from: { grain: 'year', year: Number(m.groups!.year) } } : null;
  },
};

const yearRange: DateParser = {
  name: 'year-range',
  pattern: compile(`${FREE_BEFORE}(?<y1>\\d{4})(?:${DASH}|\\s+(?<word>đến|tới)\\s+)(?:năm\\s+)?(?<y2>\\d{4})${FREE_AFTER}`),
  extract(m, text) {
    const g: Record<string, string | undefined> = { ...m.groups, prefix: lookBack(text, m.index, RANGE_PREFIX) || undefined };
    const y1 = Number(g.y1), y2 = Number(g.y2);
    if (!isYear(y1) || !isYear(y2) || y2 <= y1 || y2 - y1 > 100) return null;
    const start = m.index - (g.prefix?.length ?? 0), end = m.index + m[0].length;
    if (g.word && !g.prefix) return null;
    if (!g.prefix && followedBy(text, end, dateLexicon().counters)) return null;
    return { start, end, from: { grain: 'year', year: y1 }, to: { grain: 'year', year: y2 } };
  },
};

/** Words before a season written with a two-digit end: "mùa 2008-09", "niên khóa 2015-16". */
const SEASON_PREFIX = backPattern('mùa\\s+giải|mùa|năm|niên\\s+khóa|niên\\s+khoá|năm\\s+học|niên\\s+vụ|vụ');

const seasonRange: DateParser = {
  name: 'season-range',
  pattern: compile(`${FREE_BEFORE}(?<y1>(?:19|20)\\d{2})\\s*[-–/]\\s*(?<y2>\\d{2})${FREE_AFTER}`),
  extract(m, text) {
    const y1 = Number(m.groups!.y1);
    const y2 = Math.floor(y1 / 100) * 100 + Number(m.groups!.y2);
    const prefix = lookBack(text, m.index, SEASON_PREFIX);
    if (!prefix || y2 !== y1 + 1) return null;
    return { start: m.index - prefix.length, end: m.index + m[0].length, from: { grain: 'year', year: y1 }, to: { grain: 'year', year: y2 } };
  },
};

const decade: DateParser = {
  name: 'decade',
  pattern: compile(`${START}(?:thập\\s+(?:niên|kỷ)|những\\s+năm)\\s+(?<decade>(?:19|20)?\\d0)(?!${DASH}\\d)${FREE_AFTER}`),
  extract(m) {
    const d = m.groups!.decade!;
    const n = Number(d);
    const start = d.length === 4 ? n : n >= 30 ? 1900 + n : 2000 + n;
    return { start: m.index, end: m.index + m[0].length, from: { grain: 'year', year: start }, to: { grain: 'year', year: start + 9 } };
  },
};

export const yearParsers: DateParser[] = [yearWithWord, bareYear, yearRange, seasonRange, decade];
