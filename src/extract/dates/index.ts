/**
 * The dates finder's configuration: the parsers (each proposes one family of written forms) and the
 * refiners (each maps the sorted candidate list to a new one), in the order they run.
 */
import { agoParsers } from './parsers/ago.js';
import { dayMonthWordParsers } from './parsers/day-month-words.js';
import { dayMonthYearParsers } from './parsers/day-month-year.js';
import { holidayParsers } from './parsers/holiday.js';
import { monthYearParsers } from './parsers/month-year.js';
import { quarterHalfParsers } from './parsers/quarter-half.js';
import { relativeParsers } from './parsers/relative.js';
import { timeOfDayParsers } from './parsers/time-of-day.js';
import { weekdayParsers } from './parsers/weekday.js';
import { yearParsers } from './parsers/year.js';
import { resolveAnaphoricYear } from './refiners/anaphoric-year.js';
import { attachYear } from './refiners/attach-year.js';
import { dropLonePartOfDay } from './refiners/drop-lone-part-of-day.js';
import { markGeneric } from './refiners/mark-generic.js';
import { markLunar } from './refiners/mark-lunar.js';
import { mergeDayAndTime, mergeDayNameAndDate } from './refiners/merge-day-and-time.js';
import { mergeRange } from './refiners/merge-range.js';
import { removeOverlap } from './refiners/remove-overlap.js';
import { placeOnSameDay } from './refiners/same-day.js';
import { resolveSamePeriod } from './refiners/same-period.js';
import type { DateCandidate, DateParser, DateRefiner } from './types.js';

let parsers: DateParser[] | null = null;

/** All parsers, built once (their patterns are compiled from the lexicon). */
export function dateParsers(): DateParser[] {
  parsers ??= [
    ...dayMonthYearParsers, ...dayMonthWordParsers(), ...monthYearParsers(), ...quarterHalfParsers(), ...yearParsers,
    ...relativeParsers(), ...agoParsers, ...weekdayParsers(), ...timeOfDayParsers(), ...holidayParsers(),
  ];
  return parsers;
}

export const dateRefiners: DateRefiner[] = [
  removeOverlap, mergeDayNameAndDate, mergeDayAndTime, dropLonePartOfDay, attachYear, placeOnSameDay, mergeRange, resolveSamePeriod, resolveAnaphoricYear, markGeneric, markLunar,
];

/** Every parser's proposals over the text, sorted by position. */
export function proposeDates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const parser of dateParsers()) {
    parser.pattern.lastIndex = 0;
    for (let m = parser.pattern.exec(text); m; m = parser.pattern.exec(text)) {
      const c = parser.extract(m, text);
      if (c) out.push(c);
      if (m[0].length === 0) parser.pattern.lastIndex++;
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
