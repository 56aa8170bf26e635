/**
 * Money written without its currency: "lương 12,5 triệu", "thuê 7 triệu/tháng", "trúng độc đắc 92,03
 * tỷ". A numeral scaled by triệu or tỷ with no unit after it is an amount of đồng when its clause
 * names money before it (figure-cues.tsv "money-context"), or when a time rate follows ("/tháng").
 */
import { parseDigits } from '../numbers/parse-digits.js';
import { cueTable } from './lexicon.js';
import { phrasesWithin } from './phrases.js';
import { unitAt, withRate, type UnitMatch } from './attach-unit.js';
import type { Numeral } from './scan-numerals.js';

/** How far back a money word may stand in the clause, in UTF-16 units. */
const LOOK_BACK = 60;

/** Start of the clause holding `pos`: after the last sentence or clause mark before it. */
function clauseStart(text: string, pos: number): number {
  const from = Math.max(0, pos - LOOK_BACK);
  for (let i = pos - 1; i >= from; i--) if (/[.,;:!?()\n“”"]/.test(text[i]!)) return i + 1;
  return from;
}

/** VND for a scaled numeral in a money clause, with any rate after it; else null. */
export function moneyInContext(text: string, n: Numeral): UnitMatch | null {
  // a scale word written out ("12 tỷ"): a glued letter is a code as often ("4G", "5K")
  if (!n.scaled || n.spelled || !/^[\d.,]+[ \u00a0]/.test(text.slice(n.start, n.end))) return null;
  const digits = parseDigits(n.digits);
  // millions and more: "12 nghìn" alone is too often people or tonnes
  if (!digits || n.value / digits < 1e6) return null;
  const slash = /^\s?\/\s?/.exec(text.slice(n.end, n.end + 3));
  const perTime = slash ? unitAt(text, n.end + slash[0].length) : null;
  const rate = perTime?.kind === 'time';
  if (!rate && !phrasesWithin(text, clauseStart(text, n.start), n.start, cueTable('money-context')).length) return null;
  const rated = withRate(text, 'VND', 'currency', n.end);
  return { unit: rated.unit, kind: 'currency', start: n.end, end: rated.end, minor: 0 };
}
