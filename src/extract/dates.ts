/** Dates finder (dates issue). Foundation stub: the record's dates stay empty until it lands. */
import type { DateMention } from '../record.js';

export interface DateOptions {
  /** ISO publication time: relative and year-less dates resolve against it. */
  reference?: string | null;
}

export function findDates(_text: string, _options: DateOptions = {}): DateMention[] {
  return [];
}
