/**
 * Reads the TSV lexicons of corpus/lexicon (lines starting with "#" are the header: source and date).
 * The path is resolved from this file, so it holds both in src/ and in dist/ (same depth).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const lexiconDir = fileURLToPath(new URL('../../../corpus/lexicon/', import.meta.url));

/** Rows of `corpus/lexicon/<name>`: tab-separated cells, comments and blank lines skipped. */
export function readLexiconRows(name: string): string[][] {
  const text = readFileSync(lexiconDir + name, 'utf8');
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    rows.push(line.split('\t').map((cell) => cell.trim().normalize('NFC')));
  }
  return rows;
}
