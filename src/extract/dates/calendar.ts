/**
 * Calendar arithmetic on wall-clock dates (no time zones): day numbers, ISO weeks, month shifts and the
 * ISO-like formats of SCHEMA.md DateMention.value at each grain.
 */
import type { WallClock } from './types.js';

export interface Day {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01. */
export function dayNumber(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromDayNumber(dayNumber(d) + n);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(d: Day): number {
  return ((new Date(dayNumber(d) * DAY_MS).getUTCDay() + 6) % 7) + 1;
}

export function mondayOf(d: Day): Day {
  return addDays(d, 1 - isoWeekday(d));
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1 };
}

/** Month `n` months after (year, month). */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Wall clock `n` minutes later. */
export function addMinutes(w: WallClock, n: number): WallClock {
  const t = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) + n * 60_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes() };
}

export const formatDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** The wall-clock part of an ISO 8601 timestamp as written ("2026-03-07T08:01:53+07:00" → 08:01). */
export function parseWallClock(iso: string | null | undefined): WallClock | null {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0) };
}
