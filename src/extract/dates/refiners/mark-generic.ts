/**
 * Year-less dates in a sentence about past years in general ("Những năm trước thường nhập từ đầu
 * tháng 3") refer to no single period: value null. Phrases come from date-words.tsv (generic).
 */
import { dateLexicon } from '../lexicon.js';
import type { DateRefiner } from '../types.js';
import { lacksYear } from './kinds.js';

/** Where a sentence or clause ends. */
const SENTENCE_END = /[.!?;\n]/u;

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !SENTENCE_END.test(text[b]!)) b++;
  return text.slice(a, b).toLowerCase();
}

export const markGeneric: DateRefiner = (candidates, text) => {
  const phrases = dateLexicon().generic;
  return candidates.map((c) => {
    if (!lacksYear(c.from)) return c;
    const sentence = sentenceAround(text, c.start, c.end);
    return phrases.some((p) => sentence.includes(p)) ? { ...c, generic: true } : c;
  });
};
