/**
 * The dates finder: every Vietnamese date, period and time in a text, resolved against the publication
 * date. Parsers under dates/parsers propose, refiners under dates/refiners merge and filter, and
 * dates/resolve.ts fills what the text left unwritten from the reference (listed in `inferred`).
 *
 * Why not chrono-node's `vi` locale: on the shared gold it scores P .720 R .688 F1 .703 and passes 44 of
 * Duckling's 160 VI Time cases (this finder: F1 1.000, 106/160, the rest deviations by design listed in
 * duckling-dates.test.ts; `npx tsx scripts/eval-dates.ts`). It
 * misses the news forms (Ngày 15 – 1, quý I/2021, 6 tháng đầu năm, giai đoạn 2021 -2025), splits
 * "từ X đến Y" and reads durations as dates. Extending it would mean overriding most of its parsers and
 * its year rule, so its parser/refiner shape is kept here, with a grammar written for news.
 */
import type { DateMention } from '../record.js';
import { parseWallClock } from './dates/calendar.js';
import { dateRefiners, proposeDates } from './dates/index.js';
import { resolveCandidate } from './dates/resolve.js';

export interface DateOptions {
  /** ISO publication time: relative and year-less dates resolve against it. */
  reference?: string | null;
  /**
   * A year to give year-less dates when there is no reference (derived from the document, see
   * `deriveContextYear`); relative dates stay null without a reference.
   */
  contextYear?: number | null;
}

/**
 * Find the date mentions of a text.
 * @param text The text to search (a title, lead, body or caption).
 * @param options The reference time and, failing it, a context year.
 * @returns Mentions with `[start, end)` spans into `text`, in order.
 * @example
 * findDates('Ngày 15 – 1, Sở Nông nghiệp tổng kết năm 2020', { reference: '2021-01-16T08:00:00+07:00' })
 * // → [{ text: 'Ngày 15 – 1', value: '2021-01-15', grain: 'day', inferred: ['year'], … },
 * //    { text: 'năm 2020', value: '2020', grain: 'year', inferred: [], … }]
 */
export function findDates(text: string, options: DateOptions = {}): DateMention[] {
  const context = { reference: parseWallClock(options.reference), contextYear: options.contextYear ?? null };
  let candidates = proposeDates(text);
  for (const refine of dateRefiners) candidates = refine(candidates, text);
  return candidates.map((c) => ({
    text: text.slice(c.start, c.end),
    ...resolveCandidate(c, context),
    span: [c.start, c.end],
  }));
}

export { deriveContextYear } from './dates/context-year.js';
