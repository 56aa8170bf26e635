/**
 * Character classes for the scanners that walk text by hand instead of running a regex per word:
 * letters and marks (\p{L}\p{M}), word characters (\p{L}\p{M}\p{N}), and whether lower-casing
 * changes a character. Each UTF-16 unit is classified by the same regexes the first time it is seen.
 */

const LETTER = /^[\p{L}\p{M}]$/u;
const WORD = /^[\p{L}\p{M}\p{N}]$/u;

const SEEN = 1;
const LETTER_BIT = 2;
const WORD_BIT = 4;
const LOWERS_BIT = 8;

/** Per UTF-16 unit: the bits above, 0 until first seen. */
const unitFlags = new Uint8Array(65536);
/** Per astral code point (a surrogate pair): the same bits. */
const astralFlags = new Map<number, number>();

function classify(ch: string): number {
  let f = SEEN;
  if (LETTER.test(ch)) f |= LETTER_BIT;
  if (WORD.test(ch)) f |= WORD_BIT;
  if (ch.toLowerCase() !== ch) f |= LOWERS_BIT;
  return f;
}

function flagsOfUnit(code: number): number {
  let f = unitFlags[code]!;
  if (f === 0) f = unitFlags[code] = classify(String.fromCharCode(code));
  return f;
}

/** Whether the single UTF-16 unit is a letter, mark or digit (a lone surrogate is not). */
export function isWordUnit(code: number): boolean {
  return (flagsOfUnit(code) & WORD_BIT) !== 0;
}

/** Whether any unit of text[from, to) changes when lower-cased (surrogates count as changing). */
export function hasUpperCase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || (flagsOfUnit(c) & LOWERS_BIT) !== 0) return true;
  }
  return false;
}

/**
 * Flags of the code point at `i` and its length in units, as a `u` regex reads it: a surrogate pair
 * is one code point, a lone surrogate is one unit of no class.
 */
function flagsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let f = astralFlags.get(cp);
      if (f === undefined) { f = classify(String.fromCodePoint(cp)); astralFlags.set(cp, f); }
      return f | 0x100; // 0x100: two units long
    }
  }
  return flagsOfUnit(c);
}

export type RunClass = 'letter' | 'word';

/**
 * The next maximal run of letters/marks ('letter', like /[\p{L}\p{M}]+/gu) or of word characters
 * ('word', like /[\p{L}\p{M}\p{N}]+/gu) starting at or after `from` and before `to`, as [start, end),
 * or null. `from` must not fall inside a surrogate pair.
 */
export function nextRun(text: string, from: number, to: number, kind: RunClass): [number, number] | null {
  const bit = kind === 'letter' ? LETTER_BIT : WORD_BIT;
  let i = from;
  while (i < to) {
    const f = flagsAt(text, i);
    const len = f & 0x100 ? 2 : 1;
    if (f & bit && i + len <= to) break;
    i += len;
  }
  if (i >= to) return null;
  let j = i;
  while (j < to) {
    const f = flagsAt(text, j);
    const len = f & 0x100 ? 2 : 1;
    if (!(f & bit) || j + len > to) break;
    j += len;
  }
  return [i, j];
}
