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

/** Every occurrence of a phrase of `table` among the words, longest first, left to right. */
export function matchPhrases(seg: SegmentWords, table: CueTable): PhraseMatch[] {
  const { words, from } = seg;
  const out: PhraseMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    let node = table.forward.next.get(words[i]!.word);
    if (!node) continue;
    let best = node.value !== undefined ? 1 : 0;
    let bestValue = node.value ?? '';
    for (let k = 1; k < table.maxWords && i + k < words.length && words[i + k - 1]!.spaceAfter; k++) {
      node = node.next.get(words[i + k]!.word);
      if (!node) break;
      if (node.value !== undefined) { best = k + 1; bestValue = node.value; }
    }
    if (!best) continue;
    let phrase = words[i]!.word;
    for (let k = 1; k < best; k++) phrase += ' ' + words[i + k]!.word;
    out.push({ phrase, value: bestValue, start: from + words[i]!.start, end: from + words[i + best - 1]!.end });
    i += best - 1;
  }
  return out;
}

/** Every occurrence of a phrase of `table` inside [from, to), word-aligned, left to right. */
export function phrasesWithin(text: string, from: number, to: number, table: CueTable): PhraseMatch[] {
  return matchPhrases(wordsWithin(text, from, to), table);
}
