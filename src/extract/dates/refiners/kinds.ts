/** Questions the refiners ask about a written spec. */
import type { DateSpec } from '../types.js';

/** A clock time or a part of the day with no day of its own ("10h30", "sáng" before a date). */
export const isTimeOnly = (s: DateSpec): boolean =>
  (s.hour !== undefined || s.partOfDay !== undefined) && s.day === undefined && s.month === undefined
  && s.year === undefined && s.weekday === undefined && s.holiday === undefined && s.shift === undefined;

/** Names one day: a written day, a weekday, a holiday or a day shift (hôm qua). */
export const isDay = (s: DateSpec): boolean =>
  s.grain === 'day' && (s.day !== undefined || s.weekday !== undefined || s.holiday !== undefined || s.shift?.unit === 'day');

/** A weekday with nothing else placing it ("thứ Năm" before ", 2/11/2023"). */
export const isBareWeekday = (s: DateSpec): boolean =>
  s.weekday !== undefined && s.day === undefined && s.shift === undefined;

/** Written without a year and not relative: the year must come from elsewhere. */
export const lacksYear = (s: DateSpec): boolean =>
  s.year === undefined && s.shift === undefined && s.weekday === undefined
  && (s.month !== undefined || s.quarter !== undefined || s.half !== undefined || s.holiday !== undefined);

/** A year alone, written (năm 2021) or relative (năm nay), no finer part. */
export const isYearOnly = (s: DateSpec): boolean =>
  s.grain === 'year' && s.month === undefined && (s.year !== undefined || s.shift?.unit === 'year');
