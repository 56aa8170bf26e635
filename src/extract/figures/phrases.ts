/**
 * Word-level look-behind and look-ahead on the original text: the words right before or after an
 * offset (stopping at punctuation or a line break) and the longest lexicon phrase they end or start.
 */
import type { CueTable } from './lexicon.js';

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Up to `n` words ending at `pos` (nearest last), separated by spaces only. */
export function wordsBefore(text: string, pos: number, n: number): WordAt[] {
  const out: WordAt[] = [];
  let i = pos;
  while (out.length < n) {
    let j = i;
    while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\u00a0')) j--;
    if (j === 0 || !WORD_CHAR.test(text[j - 1]!)) break;
    let k = j;
    while (k > 0 && WORD_CHAR.test(text[k - 1]!)) k--;
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
    while (j < text.length && (text[j] === ' ' || text[j] === '\u00a0')) j++;
    if (j >= text.length || !WORD_CHAR.test(text[j]!)) break;
    let k = j;
    while (k < text.length && WORD_CHAR.test(text[k]!)) k++;
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
  const words = wordsBefore(text, pos, table.maxWords);
  for (let k = words.length; k >= 1; k--) {
    const slice = words.slice(words.length - k);
    const phrase = slice.map((w) => w.word.toLowerCase()).join(' ');
    const value = table.phrases.get(phrase);
    if (value !== undefined) return { phrase, value, start: slice[0]!.start, end: slice[slice.length - 1]!.end };
  }
  return null;
}

/** The longest phrase of `table` that starts right after `pos` (spaces allowed between). */
export function phraseAfter(text: string, pos: number, table: CueTable): PhraseMatch | null {
  const words = wordsAfter(text, pos, table.maxWords);
  for (let k = words.length; k >= 1; k--) {
    const slice = words.slice(0, k);
    const phrase = slice.map((w) => w.word.toLowerCase()).join(' ');
    const value = table.phrases.get(phrase);
    if (value !== undefined) return { phrase, value, start: slice[0]!.start, end: slice[slice.length - 1]!.end };
  }
  return null;
}

/** The words of text[from, to), lower case, with whether only spaces separate each from the next. */
export interface SegmentWords {
  from: number;
  words: { word: string; start: number; end: number; spaceAfter: boolean }[];
}

const SEGMENT_WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function wordsWithin(text: string, from: number, to: number): SegmentWords {
  const segment = text.slice(from, to);
  const words: SegmentWords['words'] = [];
  SEGMENT_WORD.lastIndex = 0;
  for (let m = SEGMENT_WORD.exec(segment); m; m = SEGMENT_WORD.exec(segment)) {
    const prev = words[words.length - 1];
    if (prev) {
      let only = m.index > prev.end;
      for (let i = prev.end; i < m.index && only; i++) only = segment.charCodeAt(i) === 32;
      prev.spaceAfter = only;
    }
    words.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, spaceAfter: false });
  }
  return { from, words };
}

/** Every occurrence of a phrase of `table` among the words, longest first, left to right. */
export function matchPhrases(seg: SegmentWords, table: CueTable): PhraseMatch[] {
  const { words, from } = seg;
  const out: PhraseMatch[] = [];
  const phrases: string[] = [];
  for (let i = 0; i < words.length; i++) {
    phrases.length = 0;
    let phrase = words[i]!.word;
    phrases.push(phrase);
    for (let k = 1; k < table.maxWords && i + k < words.length && words[i + k - 1]!.spaceAfter; k++) {
      phrase += ' ' + words[i + k]!.word;
      phrases.push(phrase);
    }
    for (let k = phrases.length; k >= 1; k--) {
      const value = table.phrases.get(phrases[k - 1]!);
      if (value === undefined) continue;
      out.push({ phrase: phrases[k - 1]!, value, start: from + words[i]!.start, end: from + words[i + k - 1]!.end });
      i += k - 1;
      break;
    }
  }
  return out;
}

/** Every occurrence of a phrase of `table` inside [from, to), word-aligned, left to right. */
export function phrasesWithin(text: string, from: number, to: number, table: CueTable): PhraseMatch[] {
  return matchPhrases(wordsWithin(text, from, to), table);
}
