/**
 * Coordinated compounds with an elided syllable: "xuất, nhập khẩu" is "xuất khẩu, nhập khẩu", so its
 * comma does not end the metric phrase. Checked against the vntk word list (@vntk/dictionary,
 * Viet74K.txt), loaded once into a Set the first time a comma needs the test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let words: Set<string> | null = null;

function dictionary(): Set<string> {
  if (words) return words;
  try {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('@vntk/dictionary/package.json'));
    words = new Set(readFileSync(join(dir, 'data/Viet74K.txt'), 'utf8').toLowerCase().normalize('NFC').split('\n'));
  } catch {
    words = new Set();
  }
  return words;
}

/** Whether "w1, w2 w3" elides w3 after w1 (both "w1 w3" and "w2 w3" are words). */
export function isElidedPair(w1: string, w2: string, w3: string): boolean {
  const d = dictionary();
  const a = `${w1} ${w3}`.toLowerCase();
  const b = `${w2} ${w3}`.toLowerCase();
  return d.has(a) && d.has(b);
}

/** Whether the (lower-cased) words form one dictionary word: "đánh giá", "mệnh giá". */
export function isDictionaryWord(words: string): boolean {
  return dictionary().has(words.toLowerCase());
}
