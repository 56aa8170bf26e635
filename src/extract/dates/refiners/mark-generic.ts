/**
 * Year-less dates in a sentence about past years in general ("Những năm trước thường nhập từ đầu
 * tháng 3") refer to no single period: value null; a bare "cuối năm" there ("Theo thông lệ, kỳ họp
 * cuối năm…") is dropped. Phrases come from date-words.tsv (generic).
 */
import { dateLexicon } from '../lexicon.js';
import type { DateCandidate, DateRefiner } from '../types.js';
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

/** A bare edge of the current year or month ("cuối năm", "đầu tháng"), with no number or relative word. */
const BARE_EDGE = /^(?:từ\s+)?(?:đầu|giữa|cuối)\s+(?:năm|tháng)$/iu;

export const markGeneric: DateRefiner = (candidates, text) => {
  const phrases = dateLexicon().generic;
  const isGeneric = (c: DateCandidate): boolean => phrases.some((p) => sentenceAround(text, c.start, c.end).includes(p));
  return candidates.flatMap((c) => {
    // "Theo thông lệ, kỳ họp cuối năm…": a kind of period, not this year's end.
    // … and the end of a quoted name: the show “Gặp nhau cuối năm”.
    if (c.from.shift?.n === 0 && !c.to && BARE_EDGE.test(text.slice(c.start, c.end))) {
      return isGeneric(c) || /^["”»]/u.test(text.slice(c.end, c.end + 1)) ? [] : [c];
    }
    if (!lacksYear(c.from)) return [c];
    return [isGeneric(c) ? { ...c, generic: true } : c];
  });
};
