/**
 * Shapes shared by the date parsers, refiners and the resolver. A parser proposes a DateCandidate whose
 * `from` (and `to`, for a range) DateSpec holds only what the text wrote; resolve.ts fills the rest from
 * the reference date and turns it into a DateMention.
 */
import type { Grain } from '../../record.js';

/** Units a relative expression can shift by (hôm qua = day -1, năm ngoái = year -1). */
export type ShiftUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** How a weekday without a date is placed: news prefers the past. */
export type WeekdayPick = 'on-or-before' | 'before' | 'after';

/** One point in time as written; absent fields were not written. */
export interface DateSpec {
  grain: Grain;
  year?: number;
  quarter?: number;
  half?: 1 | 2;
  month?: number;
  /** First week whose Monday falls in `month` ("tuần đầu tiên của tháng 9"). */
  firstWeekOfMonth?: boolean;
  day?: number;
  weekday?: number;
  weekdayPick?: WeekdayPick;
  hour?: number;
  minute?: number;
  /** Key of a part of the day (sáng, chiều, tối…) from the date-words lexicon. */
  partOfDay?: string;
  /**
   * Offset from the reference at a unit: the base that written finer fields overlay. `recent` marks
   * "tuần qua/vừa qua": on a weekend that is the week just ending, the reference's own.
   */
  shift?: { unit: ShiftUnit; n: number; recent?: boolean };
  /** A month (or day) written without a year and with "tới": the next one after the reference. */
  monthPick?: 'after';
  /** Key of a holiday from the holidays lexicon. */
  holiday?: string;
  /** Day and month are of the lunar calendar (âm lịch): converted to the Gregorian day. */
  lunar?: boolean;
  /** Parts copied from the other end of a range ("từ 1/3 đến 15/3/2026": the year of 1/3). */
  borrowed?: string[];
}

/** A proposed mention: `[start, end)` into the finder's input text. */
export interface DateCandidate {
  start: number;
  end: number;
  from: DateSpec;
  /** Inclusive end of a range. */
  to?: DateSpec;
  /** Refers to no single period (habitual): resolved to null. */
  generic?: boolean;
}

/** The finder's context: the reference wall-clock time, and a year to assume when there is none. */
export interface DateContext {
  reference: WallClock | null;
  contextYear: number | null;
}

/** A local wall-clock instant: the publisher's own time, no zone arithmetic. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** A parser: one family of written forms. `extract` returns null to reject a match. */
export interface DateParser {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, text: string): DateCandidate | null;
}

/** A refiner maps the sorted candidate list to a new one (merge, filter, mark). */
export type DateRefiner = (candidates: DateCandidate[], text: string) => DateCandidate[];
