/**
 * Year-less dates in a sentence about past years in general ("Những năm trước thường nhập từ đầu
 * tháng 3") refer to no single period: value null; a bare "cuối năm" there ("Theo thông lệ, kỳ họp
 * cuối năm…") is dropped, and so are the year-less dates of a zodiac sign ("Kim Ngưu (21/4 - 20/5)").
 * Phrases and names come from date-words.tsv (generic, recurring-name).
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

/** Whether the text before `index` ends with one of the names (pages glue them: "Sư TửCự Giải ("). */
function afterName(text: string, index: number, names: Set<string>): boolean {
  const head = text.slice(Math.max(0, index - 24), index).trimEnd().toLowerCase();
  for (const name of names) if (head.endsWith(name)) return true;
  return false;
}

/** A bare edge of the current year or month ("cuối năm", "đầu tháng"), with no number or relative word. */
const BARE_EDGE = /^(?:từ\s+)?(?:đầu|giữa|cuối)\s+(?:năm|tháng)$/iu;

export const markGeneric: DateRefiner = (candidates, text) => {
  const phrases = dateLexicon().generic;
  const isGeneric = (c: DateCandidate): boolean => phrases.some((p) => sentenceAround(text, c.start, c.end).includes(p));
  const recurring = dateLexicon().recurringNames;
  return candidates.flatMap((c) => {
    // "Kim Ngưu (21/4 - 20/5)": the dates of a zodiac sign recur every year and date nothing.
    if (lacksYear(c.from) && text[c.start - 1] === '(' && afterName(text, c.start - 1, recurring)) return [];
    // "Theo thông lệ, kỳ họp cuối năm…": a kind of period, not this year's end.
    // … and the end of a quoted name: the show “Gặp nhau cuối năm”.
    if (c.from.shift?.n === 0 && !c.to && BARE_EDGE.test(text.slice(c.start, c.end))) {
      return isGeneric(c) || /^["”»]/u.test(text.slice(c.end, c.end + 1)) ? [] : [c];
    }
    if (!lacksYear(c.from)) return [c];
    return [isGeneric(c) ? { ...c, generic: true } : c];
  });
};
