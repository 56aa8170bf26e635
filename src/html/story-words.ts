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

/** Share of a text's syllables that are function words (0 when it has none). */
export function stopWordShare(text: string): number {
  const words = loadStopWords();
  const syllables = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (syllables.length === 0) return 0;
  let hits = 0;
  for (const s of syllables) if (words.has(s)) hits++;
  return hits / syllables.length;
}

/** Reads like a sentence of a story: at least 8 syllables, at least 12 % function words. */
export function isStoryLike(text: string): boolean {
  const syllables = text.split(/\s+/).length;
  return syllables >= 8 && stopWordShare(text) >= 0.12;
}
