/** Period abbreviations (corpus/lexicon/sentence-abbreviations.tsv), loaded once into a Map. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../corpus/lexicon/sentence-abbreviations.tsv', import.meta.url));

export interface Abbreviation {
  /** The period may also close the sentence ("v.v." at the end of a list). */
  mayEnd: boolean;
}

let table: Map<string, Abbreviation> | null = null;

export function abbreviations(): Map<string, Abbreviation> {
  if (table) return table;
  table = new Map();
  if (existsSync(FILE)) {
    for (const line of readFileSync(FILE, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [abbr, mayEnd] = line.split('\t');
      if (abbr) table.set(abbr.trim().normalize('NFC'), { mayEnd: mayEnd?.trim() === 'yes' });
    }
  }
  return table;
}
