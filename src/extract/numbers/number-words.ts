/** The number words of corpus/lexicon/number-words.tsv, loaded once into a Map. */
import { readLexiconRows } from './read-lexicon.js';

export type NumberWordRole = 'digit' | 'unit-digit' | 'ten' | 'tens' | 'dozen' | 'hundred' | 'scale' | 'link' | 'half' | 'minus' | 'point';

export interface NumberWord {
  value: number;
  role: NumberWordRole;
}

let cache: Map<string, NumberWord> | null = null;

/** Lower-case written form → its value and role. */
export function numberWords(): Map<string, NumberWord> {
  if (cache) return cache;
  cache = new Map();
  for (const [form, value, role] of readLexiconRows('number-words.tsv')) {
    if (form && value !== undefined && role) cache.set(form.toLowerCase(), { value: Number(value), role: role as NumberWordRole });
  }
  return cache;
}

/** The scale words (nghìn, triệu, tỷ…) with their multiplier. */
export function scaleOf(word: string): number | null {
  const w = numberWords().get(word.toLowerCase());
  return w && w.role === 'scale' ? w.value : null;
}
