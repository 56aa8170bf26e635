/**
 * A clock time or part of the day next to the day it happens on, in either order, becomes one mention:
 *   7:30 chiều ngày 20/4/2017 · sáng 15/1 · 3 giờ chiều ngày mai · hôm nay lúc 2 giờ chiều · sáng chủ nhật
 *   10h30, ngày 15/1
 * A weekday next to a date is the same day written twice: the date wins (Thứ năm, 2/11/2023).
 */
import type { DateCandidate, DateSpec } from '../types.js';
import { isBareWeekday, isDay, isTimeOnly } from './kinds.js';
import { mergeAdjacent } from './merge-adjacent.js';

function withTime(day: DateSpec, time: DateSpec): DateSpec {
  // A part of the day without a clock time keeps the day's grain: "sáng 15/1" is a day (SCHEMA v1.1).
  const out: DateSpec = { ...day, grain: time.hour !== undefined ? time.grain : day.grain };
  if (time.hour !== undefined) out.hour = time.hour;
  if (time.minute !== undefined) out.minute = time.minute;
  if (time.partOfDay !== undefined) out.partOfDay = time.partOfDay;
  return out;
}

const single = (c: DateCandidate): boolean => c.to === undefined;

export const mergeDayAndTime = mergeAdjacent(/^\s*,?\s*(?:vào\s+)?(?:lúc\s+)?$/iu, (left, right) => {
  if (!single(left) || !single(right)) return null;
  const span = { start: left.start, end: right.end };
  if (isTimeOnly(left.from) && isDay(right.from)) return { ...span, from: withTime(right.from, left.from) };
  if (isDay(left.from) && isTimeOnly(right.from)) return { ...span, from: withTime(left.from, right.from) };
  return null;
});

/** A holiday without a year: "Quốc khánh 2.9.1965", "Ngày Nhà giáo 20/11" are that date. */
const isBareHoliday = (s: DateSpec): boolean => s.holiday !== undefined && s.year === undefined && s.day === undefined;

/** Today (or this morning) named by a relative word, with or without its part of the day. */
const isRelativeDay = (s: DateSpec): boolean =>
  s.shift?.unit === 'day' && s.day === undefined && s.hour === undefined;

/**
 * A day named twice — a weekday or "hôm nay" and then its date — is the date, with the named part of
 * the day kept: "Thứ năm, 2/11/2023", "thứ 2 ngày 6 tháng 2", "thứ Sáu (6/3)", "phiên sáng nay (5/3)";
 * a holiday before its date is that date ("Quốc khánh 2.9.1965").
 */
export const mergeDayNameAndDate = mergeAdjacent(/^\s*[,(]?\s*$/u, (left, right, text) => {
  if (!single(left) || !single(right) || right.from.day === undefined || right.from.hour !== undefined) return null;
  if (!isBareWeekday(left.from) && !isRelativeDay(left.from) && !isBareHoliday(left.from)) return null;
  const closes = text.slice(left.end, right.start).includes('(') && text[right.end] === ')';
  const from: DateSpec = left.from.partOfDay ? { ...right.from, partOfDay: left.from.partOfDay } : right.from;
  return { start: left.start, end: right.end + (closes ? 1 : 0), from };
});
