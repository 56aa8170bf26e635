/**
 * Numbers as one word, as UD-VTB and VnCoreNLP write them: a number and its scale word
 * ("4 triệu", "3 tỉ"; scale words from corpus/lexicon/number-words.tsv, role "scale") or its
 * percent sign ("90 %"), and a number whose thousands separator was spaced out by an upstream
 * tokenizer ("28 . 000").
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NUMBER_WORDS = fileURLToPath(new URL('../../corpus/lexicon/number-words.tsv', import.meta.url));
const DIGITS = /^\d+(?:[.,]\d+)*$/;
const THOUSANDS = /^\d{3,}$/;

let scales: Set<string> | null = null;

function loadScales(): Set<string> {
  if (scales) return scales;
  scales = new Set();
  if (existsSync(NUMBER_WORDS)) {
    for (const line of readFileSync(NUMBER_WORDS, 'utf8').split('\n')) {
      const [word, , role] = line.split('\t');
      if (word && !word.startsWith('#') && role?.trim() === 'scale') scales.add(word.trim().normalize('NFC'));
    }
  }
  return scales;
}



/** Rewrite B/I tags in place so numbers with their scale word, "%" or spaced separators are one word. */
export function mergeNumbers(syllables: readonly string[], tags: Int32Array, begin: number, inside: number): void {
  const n = syllables.length;
  for (let i = 0; i < n; i++) {
    if (!DIGITS.test(syllables[i]!)) continue;
    let j = i + 1;
    while (j + 1 < n && syllables[j] === '.' && THOUSANDS.test(syllables[j + 1]!)) j += 2;
    if (j < n && syllables[j] === '%') j++;
    else if (j < n && loadScales().has(syllables[j]!.toLowerCase())) j++;
    if (j - i < 2) continue;
    if (tags[i] === inside && i > 0 && !DIGITS.test(syllables[i - 1]!)) tags[i] = begin;
    for (let k = i + 1; k < j; k++) tags[k] = inside;
    if (j < n && tags[j] === inside) tags[j] = begin;
    i = j - 1;
  }
}
