/**
 * Running Vietnamese prose vs navigation: prose has a steady share of function words
 * (và, của, là, được…); headlines and menus have few. The word list is corpus/lexicon/stopwords-vi.txt.
 */
import { readFileSync } from 'node:fs';

const STOPWORDS_PATH = new URL('../../corpus/lexicon/stopwords-vi.txt', import.meta.url);

let stopWords: Set<string> | null = null;

function loadStopWords(): Set<string> {
  stopWords ??= new Set(
    readFileSync(STOPWORDS_PATH, 'utf8').split('\n').map((l) => l.trim().normalize('NFC')).filter((l) => l && !l.startsWith('#')),
  );
  return stopWords;
}

// Character classes of UTF-16 code units, learnt on first sight: 0 unknown, 1 yes, 2 no. A table look-up
// per character is several times cheaper than a Unicode-property regex split of every text block.
const LETTER = new Uint8Array(0x10000);
const SPACE = new Uint8Array(0x10000);

function isLetterUnit(c: number): boolean {
  let v = LETTER[c]!;
  if (v === 0) LETTER[c] = v = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

function isSpaceUnit(c: number): boolean {
  let v = SPACE[c]!;
  if (v === 0) SPACE[c] = v = /\s/.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Share of a text's syllables (runs of letters) that are function words (0 when it has none). */
export function stopWordShare(text: string): number {
  const words = loadStopWords();
  const lower = text.toLowerCase();
  let syllables = 0;
  let hits = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    // Letters beyond the BMP (surrogate pairs): the regex reads code points.
    if (isSurrogate(c)) return stopWordShareByRegex(lower);
    if (isLetterUnit(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      syllables++;
      if (words.has(lower.slice(start, i))) hits++;
      start = -1;
    }
  }
  return syllables === 0 ? 0 : hits / syllables;
}

function stopWordShareByRegex(lower: string): number {
  const words = loadStopWords();
  const syllables = lower.split(/[^\p{L}]+/u).filter(Boolean);
  if (syllables.length === 0) return 0;
  let hits = 0;
  for (const s of syllables) if (words.has(s)) hits++;
  return hits / syllables.length;
}

/** Pieces of `text.split(/\s+/)`: one more than the runs of white space. */
function spaceSplitCount(text: string, atLeast: number): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length && pieces < atLeast; i++) {
    const space = isSpaceUnit(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

/** Reads like a sentence of a story: at least 8 syllables, at least 12 % function words. */
export function isStoryLike(text: string): boolean {
  return spaceSplitCount(text, 8) >= 8 && stopWordShare(text) >= 0.12;
}
