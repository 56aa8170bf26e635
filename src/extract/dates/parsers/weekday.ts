/**
 * Weekdays: thứ Sáu · thứ 2 · chủ nhật · ngày thứ Sáu · thứ năm tuần tới · thứ 6 của tuần này
 *   thứ ba vừa rồi · thứ sáu tới · Thứ năm, 2/11/2023 (the date is merged by a refiner)
 * Habitual or indefinite weekdays (mỗi thứ Hai, vào một tối chủ nhật, thứ 7 hàng tuần) are no date;
 * after "trước"/"hạn" a weekday is a deadline, the coming one (trước thứ Sáu).
 * "thứ hai" is also an ordinal (lần thứ hai, ngày thứ hai liên tiếp, Thứ hai là…): a weekday needs a
 * cue — ngày/hôm/vào/sáng… before, a week word or a date after — or to stand alone (a dateline).
 */
import { alternation, dateLexicon } from '../lexicon.js';
import type { DateParser, WeekdayPick } from '../types.js';
import { followedBy, precededBy } from '../words.js';
import { END, RECENT, START, backPattern, compile, foldWords, lookBack } from './fragments.js';

const WEEK_SHIFT: Record<string, number> = { 'này': 0, 'nay': 0, 'tới': 1, 'sau': 1, 'trước': -1, 'qua': -1, 'vừa qua': -1, 'vừa rồi': -1 };
const PICK: Record<string, WeekdayPick> = { 'tới': 'after', 'sau': 'after', 'vừa rồi': 'before', 'vừa qua': 'before', 'trước': 'before', 'này': 'on-or-before' };

/** A text that numbers its days: then "ngày thứ hai/ba" are ordinals. */
const DAY_SERIES = /(?<![\p{L}])ngày\s+(?:thứ\s+nhất|đầu\s+tiên|1)(?![\p{L}\p{N}])/iu;
/** "ngày", "hôm" before the weekday: part of the mention. */
const PREFIX = backPattern('ngày|hôm');
/** A part of the day before the weekday (sáng chủ nhật): looked past for the habitual words. */
const POD_BEFORE = backPattern('(?:buổi\\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya)(?:\\s+(?:ngày|hôm))?');
/** Words before "thứ N" that make it a day of the week. */
const CUES = new Set(['ngày', 'hôm', 'vào', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'từ', 'đến', 'tới', 'cuối', 'đầu', 'rạng sáng', 'trước', 'hạn', 'khuya']);
/** Words before a weekday that make it a deadline, so the coming one: "trước thứ Sáu", "hạn chót thứ Hai". */
const DEADLINE = new Set(['trước', 'hạn', 'hạn chót', 'chậm nhất']);
/** Words before a weekday that make it habitual or indefinite (mỗi thứ Hai, một tối chủ nhật): no date. */
const HABITUAL = new Set(['mỗi', 'hằng', 'hàng', 'các', 'những', 'một', 'vài', 'mọi']);
/** A date right after: "Thứ năm, 2/11/2023", "thứ 2 ngày 6 tháng 2", "thứ Sáu (6/3)". */
const DATE_AFTER = /^\s*[,(]?\s*(?:ngày\s+)?(?:mồng\s+|mùng\s+)?\d{1,2}(?:\s*[/.\-–]\s*\d|\s+tháng)/iu;

/** "thường" (usually) and "thường xuyên" in the sentence make a bare weekday habitual; "bình thường", "thường trực", "thường vụ" do not. */
const USUALLY = /(?<![\p{L}])(?<!bình\s|bất\s)thường(?!\s+(?:vụ|trực|niên|dân|tình|phạt))(?![\p{L}])/iu;

function sentenceOf(text: string, start: number, end: number): string {
  const a = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('\n', start), start - 200);
  const stop = text.slice(end, end + 200).search(/[.!?\n]/u);
  return text.slice(a + 1, stop < 0 ? end + 200 : end + stop);
}

/** Words of the future earlier in the clause: "trước thềm đại chiến … vào Chủ nhật", "sẽ họp vào thứ Hai". */
const FUTURE_IN_CLAUSE = /(?<![\p{L}])(?:sẽ|trước\s+thềm|chuẩn\s+bị|dự\s+kiến|dự\s+định|sắp)(?![\p{L}])/iu;

/** The clause up to `index`: from its last comma, semicolon, full stop or line break (100 characters at most). */
function clauseBefore(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 100), index);
  const cut = Math.max(...[',', ';', '.', '\n', ':'].map((c) => head.lastIndexOf(c)));
  return head.slice(cut + 1);
}

/** "mỗi thứ Hai", "vào một tối chủ nhật", "thứ 7, Chủ nhật hàng tuần": habitual, no one date. */
function habitual(text: string, start: number, end: number): boolean {
  const before = lookBack(text, start, POD_BEFORE);
  const at = start - before.length;
  return precededBy(text, at, HABITUAL) || /^[\s,]*(?:thứ\s+\S+\s*,?\s*|chủ\s+nhật\s*,?\s*)*(?:hàng|hằng|mỗi)\s+tuần/iu.test(text.slice(end, end + 40));
}

export function weekdayParsers(): DateParser[] {
  const lex = dateLexicon();
  const names = alternation([...lex.weekdays.keys()].filter((k) => !/^\d|^(chủ|chúa|cn)/.test(k)));
  return [
    {
      name: 'weekday',
      pattern: compile(`${START}(?:thứ\\s+(?<wd>${names}|[2-7])|(?<sunday>chủ\\s+nhật|chúa\\s+nhật))(?:\\s+(?:của\\s+)?tuần\\s+(?<week>này|nay|tới|sau|trước|vừa\\s+qua|vừa\\s+rồi|qua)|\\s+(?<dir>tới|vừa\\s+rồi|vừa\\s+qua))?${END}`),
      extract(m, text) {
        const prefix = lookBack(text, m.index, PREFIX);
        const g: Record<string, string | undefined> = { ...m.groups, prefix: prefix.trim() || undefined };
        const weekday = g.sunday ? 7 : lex.weekdays.get(foldWords(g.wd!));
        if (!weekday) return null;
        const start = m.index - prefix.length, end = m.index + m[0].length;
        if (followedBy(text, end, lex.ordinalNext)) return null;
        // "một ngày thứ sáu 6-3": a date after it makes even an indefinite weekday one day.
        const dated = DATE_AFTER.test(text.slice(end));
        if (!dated && habitual(text, start, end)) return null;
        if (!dated && !g.week && !g.dir && USUALLY.test(sentenceOf(text, start, end))) return null;
        const alone = text.trim() === text.slice(start, end);
        const cued = Boolean(g.prefix || g.week || g.dir || g.sunday) || alone
          || precededBy(text, start, CUES) || DATE_AFTER.test(text.slice(end));
        if (!cued) return null;
        // "ngày thứ 6" with a digit is mostly "the sixth day" (bước sang ngày thứ 6): a weekday only when
        // a week word or a date follows.
        if (g.prefix?.toLowerCase() === 'ngày' && /^\d$/.test(g.wd ?? '') && !(g.week || g.dir || DATE_AFTER.test(text.slice(end)))) return null;
        // In a text that counts its days ("Ngày thứ nhất…", "ngày đầu tiên…"), "Ngày thứ hai" is day two.
        if (g.prefix?.toLowerCase() === 'ngày' && !(g.week || g.dir || DATE_AFTER.test(text.slice(end))) && DAY_SERIES.test(text)) return null;
        if (g.week) {
          const word = foldWords(g.week);
          const recent = RECENT.has(word) ? { recent: true } : {};
          return { start, end, from: { grain: 'day', weekday, shift: { unit: 'week', n: WEEK_SHIFT[word]!, ...recent } } };
        }
        const coming = precededBy(text, start, DEADLINE) || FUTURE_IN_CLAUSE.test(clauseBefore(text, start));
        const pick = g.dir ? PICK[foldWords(g.dir)]! : coming ? 'after' : 'on-or-before';
        return { start, end, from: { grain: 'day', weekday, weekdayPick: pick } };
      },
    },
  ];
}
