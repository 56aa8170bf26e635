/**
 * The user lexicon for segmentation: words the press uses that Viet74K lacks. corpus/lexicon/
 * segment-words.tsv, plus the names of provinces.tsv, countries.tsv, titles.tsv and
 * organizations.tsv (first column; entries of two or three syllables, letters only: the CRF's
 * dictionary features see at most three). Lower-cased, in the new tone style; loaded once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toToneStyle } from '../text/tone-style.js';

const LEXICON_DIR = new URL('../../corpus/lexicon/', import.meta.url);
const FILES = ['segment-words.tsv', 'provinces.tsv', 'countries.tsv', 'titles.tsv', 'organizations.tsv'];
const WORDS = /^\p{L}+(?: \p{L}+){1,2}$/u;

/** The lexicon's files on disk (the start-up cache keys on them). */
export const USER_LEXICON_FILES: readonly string[] = FILES.map((file) => fileURLToPath(new URL(file, LEXICON_DIR)));

let words: Set<string> | null = null;

/** Entries of the first column of a lexicon file (comments and one-syllable entries skipped). */
export function readLexiconWords(path: string): string[] {
  if (!existsSync(path)) return [];
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const entry = line.split('\t')[0]!.trim().normalize('NFC');
    if (entry && !entry.startsWith('#') && WORDS.test(entry)) out.push(toToneStyle(entry.toLowerCase(), 'new'));
  }
  return out;
}

export function loadUserLexicon(): Set<string> {
  if (words) return words;
  words = new Set();
  for (const file of USER_LEXICON_FILES) {
    for (const w of readLexiconWords(file)) words.add(w);
  }
  return words;
}
