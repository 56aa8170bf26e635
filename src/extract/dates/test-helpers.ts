/** Helpers for the date tests: the mentions of a text as compact [text, value, grain, to] rows. */
import { findDates, type DateOptions } from '../dates.js';

export type Row = [text: string, value: string | null, grain: string, to: string | null];

/** A Saturday morning, like most pages of the shared corpus. */
export const PUBLISHED = '2026-03-07T08:01:53+07:00';

export function rows(text: string, options: DateOptions = { reference: PUBLISHED }): Row[] {
  return findDates(text, options).map((m) => [m.text, m.value, m.grain, m.to]);
}

/** The mentions as [text, value, grain, partOfDay] rows, for the part-of-day class. */
export function parts(text: string, options: DateOptions = { reference: PUBLISHED }): [string, string | null, string, string | null][] {
  return findDates(text, options).map((m) => [m.text, m.value, m.grain, m.partOfDay]);
}
