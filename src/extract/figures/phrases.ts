/**
 * Word-level look-behind and look-ahead on the original text: the words right before or after an
 * offset (stopping at punctuation or a line break) and the longest lexicon phrase they end or start.
 */
import type { CueTable } from './lexicon.js';
import { hasUpperCase, isWordUnit, nextRun } from './char-class.js';

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** Whether the unit is a space or a no-break space, the separators of a phrase's words. */
const isGap = (code: number): boolean => code === 32 || code === 0xa0;

/** Up to `n` words ending at `pos` (nearest last), separated by spaces only. */
export function wordsBefore(text: string, pos: number, n: number): WordAt[] {
  const out: WordAt[] = [];
  let i = pos;
  while (out.length < n) {
    let j = i;
    while (j > 0 && isGap(text.charCodeAt(j - 1))) j--;
    if (j === 0 || !isWordUnit(text.charCodeAt(j - 1))) break;
    let k = j;
    while (k > 0 && isWordUnit(text.charCodeAt(k - 1))) k--;
    out.unshift({ word: text.slice(k, j), start: k, end: j });
    i = k;
  }
  return out;
}

/** Up to `n` words starting at `pos`, separated by spaces only. */
export function wordsAfter(text: string, pos: number, n: number): WordAt[] {
  const out: WordAt[] = [];
  let i = pos;
  while (out.length < n) {
    let j = i;
    while (j < text.length && isGap(text.charCodeAt(j))) j++;
    if (j >= text.length || !isWordUnit(text.charCodeAt(j))) break;
    let k = j;
    while (k < text.length && isWordUnit(text.charCodeAt(k))) k++;
    out.push({ word: text.slice(j, k), start: j, end: k });
    i = k;
  }
  return out;
}

export interface PhraseMatch {
  phrase: string;
  value: string;
  start: number;
  end: number;
}

/** The longest phrase of `table` that ends right before `pos` (spaces allowed between). */
export function phraseBefore(text: string, pos: number, table: CueTable): PhraseMatch | null {
  // walk the words back from `pos` down the backward trie; the deepest node with a value wins
  const words: string[] = [];
  let node = table.backward;
  let end = -1;
  let best = 0;
  let bestStart = -1;
  let bestValue = '';
  let i = pos;
  while (words.length < table.maxWords) {
    let j = i;
    while (j > 0 && isGap(text.charCodeAt(j - 1))) j--;
    if (j === 0 || !isWordUnit(text.charCodeAt(j - 1))) break;
    let k = j;
    while (k > 0 && isWordUnit(text.charCodeAt(k - 1))) k--;
    const word = text.slice(k, j).toLowerCase();
    const child = node.next.get(word);
    if (!child) break;
    node = child;
    words.push(word);
    if (end < 0) end = j;
    if (node.value !== undefined) { best = words.length; bestStart = k; bestValue = node.value; }
    i = k;
  }
  if (!best) return null;
  return { phrase: words.slice(0, best).reverse().join(' '), value: bestValue, start: bestStart, end };
}

/** The longest phrase of `table` that starts right after `pos` (spaces allowed between). */
export function phraseAfter(text: string, pos: number, table: CueTable): PhraseMatch | null {
  const words: string[] = [];
  let node = table.forward;
  let start = -1;
  let best = 0;
  let bestEnd = -1;
  let bestValue = '';
  let i = pos;
  while (words.length < table.maxWords) {
    let j = i;
    while (j < text.length && isGap(text.charCodeAt(j))) j++;
    if (j >= text.length || !isWordUnit(text.charCodeAt(j))) break;
    let k = j;
    while (k < text.length && isWordUnit(text.charCodeAt(k))) k++;
    const word = text.slice(j, k).toLowerCase();
    const child = node.next.get(word);
    if (!child) break;
    node = child;
    words.push(word);
    if (start < 0) start = j;
    if (node.value !== undefined) { best = words.length; bestEnd = k; bestValue = node.value; }
    i = k;
  }
  if (!best) return null;
  return { phrase: words.slice(0, best).join(' '), value: bestValue, start, end: bestEnd };
}

/** The words of text[from, to), lower case, with whether only spaces separate each from the next. */
export interface SegmentWords {
  from: number;
  words: { word: string; start: number; end: number; spaceAfter: boolean }[];
}

/** The words (runs of \p{L}\p{M}\p{N}) of text[from, to), positions relative to `from`. */
export function wordsWithin(text: string, from: number, to: number): SegmentWords {
  const words: SegmentWords['words'] = [];
  for (let run = nextRun(text, from, to, 'word'); run; run = nextRun(text, run[1], to, 'word')) {
    const [s, e] = run;
    const prev = words[words.length - 1];
    if (prev) {
      let only = s - from > prev.end;
      for (let i = from + prev.end; i < s && only; i++) only = text.charCodeAt(i) === 32;
      prev.spaceAfter = only;
    }
    const word = text.slice(s, e);
    words.push({ word: hasUpperCase(text, s, e) ? word.toLowerCase() : word, start: s - from, end: e - from, spaceAfter: false });
  }
  return { from, words };
}

/** Number of words of the longest phrase of `table` that starts at word `i`, else 0. */
function longestAt(words: SegmentWords['words'], i: number, table: CueTable): number {
  let node = table.forward.next.get(words[i]!.word);
  if (!node) return 0;
  let best = node.value !== undefined ? 1 : 0;
  for (let k = 1; k < table.maxWords && i + k < words.length && words[i + k - 1]!.spaceAfter; k++) {
    node = node.next.get(words[i + k]!.word);
    if (!node) break;
    if (node.value !== undefined) best = k + 1;
  }
  return best;
}

/** The match of the phrase of `table` made of words [i, i + n). */
function matchOf(seg: SegmentWords, i: number, n: number, table: CueTable): PhraseMatch {
  const { words, from } = seg;
  let phrase = words[i]!.word;
  for (let k = 1; k < n; k++) phrase += ' ' + words[i + k]!.word;
  return { phrase, value: table.phrases.get(phrase)!, start: from + words[i]!.start, end: from + words[i + n - 1]!.end };
}

/** Every occurrence of a phrase of `table` among the words, longest first, left to right. */
export function matchPhrases(seg: SegmentWords, table: CueTable): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < seg.words.length; i++) {
    const n = longestAt(seg.words, i, table);
    if (!n) continue;
    out.push(matchOf(seg, i, n, table));
    i += n - 1;
  }
  return out;
}

/** For a list of tables: each word that opens a phrase → the indexes of the tables it opens one in. */
const openers = new WeakMap<readonly CueTable[], Map<string, number[]>>();

function openersOf(tables: readonly CueTable[]): Map<string, number[]> {
  let map = openers.get(tables);
  if (map) return map;
  map = new Map();
  tables.forEach((table, t) => {
    for (const word of table.forward.next.keys()) {
      const list = map!.get(word) ?? [];
      list.push(t);
      map!.set(word, list);
    }
  });
  openers.set(tables, map);
  return map;
}

/**
 * `matchPhrases` for several tables in one pass over the words: one look-up per word finds the tables
 * a phrase may open in. Pass the same (constant) array each time: its index is built once.
 */
export function matchPhraseTables(seg: SegmentWords, tables: readonly CueTable[]): PhraseMatch[][] {
  const open = openersOf(tables);
  const out: PhraseMatch[][] = tables.map(() => []);
  // per table, the first word a new phrase may start at (a match skips the words it covers)
  const free: number[] = tables.map(() => 0);
  const { words } = seg;
  for (let i = 0; i < words.length; i++) {
    const ts = open.get(words[i]!.word);
    if (!ts) continue;
    for (const t of ts) {
      if (i < free[t]!) continue;
      const n = longestAt(words, i, tables[t]!);
      if (!n) continue;
      out[t]!.push(matchOf(seg, i, n, tables[t]!));
      free[t] = i + n;
    }
  }
  return out;
}

/** Every occurrence of a phrase of `table` inside [from, to), word-aligned, left to right. */
export function phrasesWithin(text: string, from: number, to: number, table: CueTable): PhraseMatch[] {
  return matchPhrases(wordsWithin(text, from, to), table);
}
