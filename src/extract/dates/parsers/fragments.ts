/**
 * Regex pieces shared by the date parsers. JavaScript's \b is ASCII-only, so word edges are spelled out
 * with Unicode lookarounds. Word alternations come from the date-words lexicon.
 */
import { alternation, dateLexicon } from '../lexicon.js';

/** Start of a word: no letter or digit right before. */
export const START = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit right after. */
export const END = '(?![\\p{L}\\p{N}])';
/** A dash between numbers: hyphen, en dash or em dash, spaces allowed. */
export const DASH = '\\s*[-–—]\\s*';

/** "tuần qua", "tuần vừa qua": the week just gone, which on a weekend is still the current one. */
export const RECENT = new Set(['qua', 'vừa qua', 'vừa rồi']);

/**
 * A pattern for optional words right before a match, ending at the match ("ngày ", "vào lúc ").
 * Parsers look back with it instead of opening their own pattern with an optional group, which makes
 * V8 try the whole pattern at every position (measured 16× slower on the gold texts).
 */
export const backPattern = (source: string): RegExp => new RegExp(`${START}(?:${source})\\s+$`, 'iu');

/** The match of a back pattern right before `index` (its text ends with the space), or null. */
export function lookBackMatch(text: string, index: number, pattern: RegExp): RegExpExecArray | null {
  return pattern.exec(text.slice(Math.max(0, index - 40), index));
}

/** The text matched by a back pattern right before `index` (with its trailing space), or "". */
export function lookBack(text: string, index: number, pattern: RegExp): string {
  return lookBackMatch(text, index, pattern)?.[0] ?? '';
}

/** Build a parser's regex: global, Unicode, case-insensitive. */
export const compile = (source: string): RegExp => new RegExp(source, 'giu');

export const monthWords = (): string => alternation(dateLexicon().monthWords.keys());
export const numberWords = (): string => alternation(dateLexicon().numberWords.keys());
export const shiftWords = (): string => alternation(dateLexicon().shifts.keys());
export const partOfDayWords = (): string => alternation(dateLexicon().partsOfDay.keys());

/** Lower case, single spaces: the form lexicon keys are stored in. */
export const foldWords = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** A month written as digits or a word (3, ba, giêng); null when out of range. */
export function readMonth(written: string): number | null {
  const n = /^\d+$/.test(written) ? Number(written) : dateLexicon().monthWords.get(foldWords(written)) ?? NaN;
  return n >= 1 && n <= 12 ? n : null;
}

/** A small number written as digits or a word (15, ba, mười hai). */
export function readNumber(written: string): number | null {
  const n = /^\d+$/.test(written) ? Number(written) : dateLexicon().numberWords.get(foldWords(written)) ?? NaN;
  return Number.isFinite(n) ? n : null;
}

/** A shift word's offset (nay 0, ngoái -1, tới 1). */
export function readShift(written: string): number | null {
  return dateLexicon().shifts.get(foldWords(written)) ?? null;
}

/** A two-digit year read as 19xx from 50 on, else 20xx ("3/9/91" is 1991). */
export function readYear(written: string): number {
  const n = Number(written);
  return written.length <= 2 ? (n >= 50 ? 1900 + n : 2000 + n) : n;
}

