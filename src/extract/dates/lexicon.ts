/**
 * The date lexicons of corpus/lexicon, read once: date-words.tsv (weekdays, month and number words,
 * relative words, parts of the day, cue words), holidays.tsv and lunar-new-year.tsv; and, read only, the
 * counted nouns of the figures' units.tsv (kind count): "từ 8 - 10 khách" is a count, not 8 October.
 */
import { readFileSync } from 'node:fs';
import type { PartOfDay as SchemaPartOfDay } from '../../record.js';

const LEXICON_DIR = new URL('../../../corpus/lexicon/', import.meta.url);

export interface PartOfDay {
  /** First and last hour of this part of the day (inclusive). */
  from: number;
  to: number;
  /** How a written hour 1–12 is read with it: pm adds 12, night adds 12 from 6 on, noon adds 12 to 1–5. */
  mode: 'am' | 'pm' | 'noon' | 'night';
  /** The record's partOfDay when this part is written with a day and no clock time (SCHEMA v1.1). */
  name: SchemaPartOfDay;
}

export interface Holiday {
  rule: 'solar' | 'lunar-new-year';
  /** MM-DD for solar holidays. */
  month?: number;
  day?: number;
}

export interface DateLexicon {
  weekdays: Map<string, number>;
  monthWords: Map<string, number>;
  numberWords: Map<string, number>;
  shifts: Map<string, number>;
  dayShifts: Map<string, number>;
  partsOfDay: Map<string, PartOfDay>;
  plural: Set<string>;
  ordinalNext: Set<string>;
  counters: Set<string>;
  fractionCues: Set<string>;
  generic: string[];
  yearCues: Set<string>;
  weakYearCues: Set<string>;
  yearAfterCues: Set<string>;
  dayCues: Set<string>;
  notDates: Set<string>;
  preciousBefore: Set<string>;
  monthNameBefore: Set<string>;
  recurringNames: Set<string>;
  /** Counted nouns from units.tsv (người dùng, khách, căn hộ…), lower case. */
  countNouns: Set<string>;
  holidays: Map<string, Holiday>;
  lunarNewYear: Map<number, string>;
}

function rows(file: string): string[][] {
  return readFileSync(new URL(file, LEXICON_DIR), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

function load(): DateLexicon {
  const lex: DateLexicon = {
    weekdays: new Map(), monthWords: new Map(), numberWords: new Map(), shifts: new Map(), dayShifts: new Map(),
    partsOfDay: new Map(), plural: new Set(), ordinalNext: new Set(), counters: new Set(), fractionCues: new Set(),
    generic: [], yearCues: new Set(), weakYearCues: new Set(), yearAfterCues: new Set(), dayCues: new Set(), notDates: new Set(), preciousBefore: new Set(), monthNameBefore: new Set(), recurringNames: new Set(), countNouns: new Set(), holidays: new Map(), lunarNewYear: new Map(),
  };
  const sets: Record<string, Set<string>> = {
    plural: lex.plural, 'ordinal-next': lex.ordinalNext, counter: lex.counters, 'fraction-cue': lex.fractionCues,
    'year-cue': lex.yearCues, 'weak-year-cue': lex.weakYearCues, 'year-after-cue': lex.yearAfterCues, 'day-cue': lex.dayCues, 'not-date': lex.notDates, 'precious-before': lex.preciousBefore, 'month-name-before': lex.monthNameBefore, 'recurring-name': lex.recurringNames,
  };
  const numbers: Record<string, Map<string, number>> = {
    weekday: lex.weekdays, month: lex.monthWords, number: lex.numberWords, shift: lex.shifts, 'day-shift': lex.dayShifts,
  };
  for (const [kind = '', form = '', value = ''] of rows('date-words.tsv')) {
    const key = form.normalize('NFC').toLowerCase();
    if (numbers[kind]) numbers[kind].set(key, Number(value));
    else if (sets[kind]) sets[kind].add(key);
    else if (kind === 'generic') lex.generic.push(key);
    else if (kind === 'part-of-day') {
      const [from = '0', to = '0', mode = 'am', name = 'morning'] = value.split(/\s+/);
      lex.partsOfDay.set(key, { from: Number(from), to: Number(to), mode: mode as PartOfDay['mode'], name: name as SchemaPartOfDay });
    } else throw new Error(`date-words.tsv: unknown kind "${kind}"`);
  }
  for (const [name = '', rule = '', value = ''] of rows('holidays.tsv')) {
    const [month, day] = value.split('-').map(Number);
    lex.holidays.set(name.normalize('NFC').toLowerCase(), rule === 'solar' ? { rule, month, day } : { rule: 'lunar-new-year' });
  }
  for (const [year = '', date = ''] of rows('lunar-new-year.tsv')) lex.lunarNewYear.set(Number(year), date);
  for (const [form = '', , kind = ''] of rows('units.tsv')) if (kind === 'count') lex.countNouns.add(form.normalize('NFC').toLowerCase());
  return lex;
}

let cache: DateLexicon | null = null;

/** The date lexicon, loaded on first use. */
export function dateLexicon(): DateLexicon {
  cache ??= load();
  return cache;
}

/** A regex alternation of the keys, longest first, so "mười hai" wins over "mười". */
export function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
