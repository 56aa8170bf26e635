/**
 * Two dates joined as a range become one mention (value … to):
 *   từ ngày 24/3/2021 đến ngày 30/12/2022 · T9/2013-T9/2014 · T3/2017- T3/2018 · từ 1/3 đến 15/3
 *   từ 8h đến 10h30 · từ tháng 3 đến tháng 5/2026
 * "đến"/"tới" make a range only after "từ" or "giai đoạn"; a dash alone needs the same kind on both
 * sides. A missing year (or month) of the start is borrowed from the end.
 */
import type { DateCandidate, DateSpec } from '../types.js';
import { wordsBefore } from '../words.js';
import { isTimeOnly } from './kinds.js';
import { mergeAdjacent } from './merge-adjacent.js';

const OPENERS = new Set(['từ', 'giai đoạn', 'từ ngày', 'trong giai đoạn']);

const kind = (s: DateSpec): string => (isTimeOnly(s) ? 'time' : s.grain);

function borrow(from: DateSpec, to: DateSpec): DateSpec {
  const out: DateSpec = { ...from };
  const borrowed: string[] = [...(from.borrowed ?? [])];
  if (out.year === undefined && out.shift === undefined && to.year !== undefined) {
    out.year = to.year;
    borrowed.push('year');
  }
  if (borrowed.length) out.borrowed = borrowed;
  return out;
}

/** A clock time on the day of the other end: "từ 1h30 đến 2h sáng 4/6/2004", "từ 8h ngày 15/1 đến 10h". */
export function onDayOf(time: DateSpec, day: DateSpec, sharePartOfDay = true): DateSpec {
  const { hour: _h, minute: _m, partOfDay, ...date } = day;
  const out: DateSpec = { ...date, grain: time.grain, hour: time.hour! };
  if (time.minute !== undefined) out.minute = time.minute;
  // In a range "sáng" written once applies to both clock times; a time placed on an earlier day keeps its own.
  const pod = time.partOfDay ?? (sharePartOfDay ? partOfDay : undefined);
  if (pod !== undefined) out.partOfDay = pod;
  return out;
}

const isClockOnDay = (s: DateSpec): boolean => s.hour !== undefined && !isTimeOnly(s);
const isClockOnly = (s: DateSpec): boolean => s.hour !== undefined && isTimeOnly(s);

export const mergeRange = mergeAdjacent(/^\s*(?:[-–—]|đến|tới|cho\s+đến|cho\s+tới|đến\s+hết)\s*$/iu, (left, right, text) => {
  if (left.to || right.to) return null;
  if (isClockOnly(left.from) && isClockOnDay(right.from)) left = { ...left, from: onDayOf(left.from, right.from) };
  else if (isClockOnDay(left.from) && isClockOnly(right.from)) right = { ...right, from: onDayOf(right.from, left.from) };
  if (kind(left.from) !== kind(right.from) && !(isClockOnDay(left.from) && isClockOnDay(right.from))) return null;
  const between = text.slice(left.end, right.start).trim();
  const opener = wordsBefore(text, left.start, 1);
  const opened = OPENERS.has(opener) || OPENERS.has(wordsBefore(text, left.start, 2));
  if (!/^[-–—]$/u.test(between) && !opened) return null;
  const start = opener === 'từ' ? left.start - text.slice(0, left.start).match(/từ\s+$/iu)![0].length : left.start;
  const merged: DateCandidate = { start, end: right.end, from: borrow(left.from, right.from), to: right.from };
  return merged;
});
