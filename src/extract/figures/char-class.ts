/**
 * Character classes for the scanners that walk text by hand instead of running a regex per word:
 * letters and marks (\p{L}\p{M}), word characters (\p{L}\p{M}\p{N}), and whether lower-casing
 * changes a character. Each UTF-16 unit is classified by the same regexes the first time it is seen.
 */

const LETTER = /^[\p{L}\p{M}]$/u;
const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/u;

const SEEN = 1;
const LETTER_BIT = 2;
const WORD_BIT = 4;
const LOWERS_BIT = 8;
const SPACE_BIT = 16;

/** Per UTF-16 unit: the bits above, 0 until first seen. */
const unitFlags = new Uint8Array(65536);
/** Per astral code point (a surrogate pair): the same bits. */
const astralFlags = new Map<number, number>();

function classify(ch: string): number {
  let f = SEEN;
  if (LETTER.test(ch)) f |= LETTER_BIT;
  if (WORD.test(ch)) f |= WORD_BIT;
  if (ch.toLowerCase() !== ch) f |= LOWERS_BIT;
  if (SPACE.test(ch)) f |= SPACE_BIT;
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

/** Per UTF-16 unit: its lower case plus 1 when that is one unit whatever the context, -1 otherwise, 0 unseen. */
const lowerUnits = new Int32Array(65536);

/**
 * Fill lowerUnits for `code` and return the entry: -1 when lower-casing the unit is not one unit on
 * its own (a surrogate, "İ" which gives two units, "Σ" which gives σ or ς by context).
 */
function lowerUnitSlow(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  return lowerUnits[code] = (code >= 0xd800 && code <= 0xdfff) || code === 0x3a3 || lower.length !== 1 ? -1 : lower.charCodeAt(0) + 1;
}

/**
 * A set of lower-case words, found in text without cutting every word out: a run of letters is walked
 * unit by unit, lower-cased, through a trie, so that most runs are refused after a unit or two.
 */
export class LowerCaseWords {
  private readonly words: ReadonlySet<string>;
  private readonly root = new Map<number, TrieNode>();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      let next = this.root;
      let node: TrieNode | undefined;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        node = next.get(c);
        if (!node) { node = { end: false, next: new Map() }; next.set(c, node); }
        next = node.next;
      }
      if (node) node.end = true;
    }
  }

  /**
   * The next run of letters and marks (a maximal /[\p{L}\p{M}]+/u match) starting at or after
   * `from` that, lower-cased, is one of the words, as [start, end); null when none is left.
   * Each run is walked once: its letters step down the trie until it refuses them.
   */
  nextRunIn(text: string, from: number): [number, number] | null {
    const n = text.length;
    let i = from;
    while (i < n) {
      // to the next letter (surrogates, rare, go through flagsAt)
      let c = text.charCodeAt(i);
      let f = c >= 0xd800 && c <= 0xdfff ? flagsAt(text, i) : unitFlags[c] || flagsOfUnit(c);
      if (!(f & LETTER_BIT)) { i += f & 0x100 ? 2 : 1; continue; }
      const start = i;
      let next: Map<number, TrieNode> | null = this.root;
      let node: TrieNode | undefined;
      let slow = false; // a unit whose lower case is not one unit: compare the whole run instead
      while (true) {
        const len = f & 0x100 ? 2 : 1;
        if (next !== null) {
          const l = len === 2 ? -1 : lowerUnits[c]! || lowerUnitSlow(c);
          if (l < 0) { slow = true; next = null; } else {
            node = next.get(l - 1);
            next = node ? node.next : null;
          }
        }
        i += len;
        if (i >= n) break;
        c = text.charCodeAt(i);
        f = c >= 0xd800 && c <= 0xdfff ? flagsAt(text, i) : unitFlags[c] || flagsOfUnit(c);
        if (!(f & LETTER_BIT)) break;
      }
      if (slow ? this.words.has(text.slice(start, i).toLowerCase()) : next !== null && node !== undefined && node.end) return [start, i];
    }
    return null;
  }
}

interface TrieNode {
  end: boolean;
  next: Map<number, TrieNode>;
}

/**
 * The letters right before the white space that ends text[from, to): what /([\p{L}\p{M}]+)\s+$/u
 * captures in that slice ("hàng" in "… hàng "), or null.
 */
export function lettersBeforeSpace(text: string, from: number, to: number): string | null {
  let j = to;
  while (j > from && (flagsOfUnit(text.charCodeAt(j - 1)) & SPACE_BIT) !== 0) j--;
  if (j === to) return null;
  let k = j;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    // a surrogate pair wholly inside the slice is one code point; a cut one is no letter
    const len = c >= 0xdc00 && c <= 0xdfff && k - 2 >= from && isHighSurrogate(text.charCodeAt(k - 2)) ? 2 : 1;
    if (!(flagsAt(text, k - len) & LETTER_BIT)) break;
    k -= len;
  }
  return k < j ? text.slice(k, j) : null;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

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
