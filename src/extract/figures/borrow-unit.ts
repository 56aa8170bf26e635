/**
 * A bare numeral that takes its counted noun from its phrase: "17 trên 24 quận huyện" (the noun
 * written once, after the second number), "số bệnh nhân nhập viện tăng từ 10 lên 50" (the noun of
 * the subject "số …", the numbers closing their clause). Only counted nouns are borrowed: money and
 * measures always write their unit.
 */
import { isDictionaryWord } from './elision.js';
import { countedNounAt } from './counted-noun.js';
import type { UnitMatch } from './attach-unit.js';
import type { Numeral } from './scan-numerals.js';

/** How far back the subject "số …" may stand, in UTF-16 units, within the sentence. */
const LOOK_BACK = 120;

/** The numeral closes its phrase: punctuation, the end, or a level/comparison word after it. */
const CLOSES = /^(?:\s*(?:[.,;:!?)]|$)| (?:lên|xuống|so với|và|hoặc|người\b)(?![\p{L}\p{M}]))/u;

/** The word before a level the subject reaches. */
const LEVEL_BEFORE = /(?:^|[^\p{L}\p{M}])(?:lên|xuống|từ|là|tới|đến|còn|đạt|vượt|gần|khoảng)\s+$/iu;

/** "A trên B N": A counts what B counts. */
export function unitSharedWithNext(text: string, a: Numeral, b: Numeral | undefined, ub: UnitMatch | null): UnitMatch | null {
  if (!b || !ub || ub.kind !== 'count' || !/^ trên $/.test(text.slice(a.end, b.start))) return null;
  return { ...ub, start: a.end, end: a.end };
}

/** The counted noun of a "số …" subject earlier in the sentence, for a numeral closing its clause. */
export function unitOfCountSubject(text: string, a: Numeral): UnitMatch | null {
  if (!CLOSES.test(text.slice(a.end, a.end + 10))) return null;
  // the number is the level the subject reaches ("tăng từ 10 lên 50", "là 30"), not a bound it is
  // compared with ("số tự nhiên lớn hơn 1")
  if (!LEVEL_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))) return null;
  const head = text.slice(Math.max(0, a.start - LOOK_BACK), a.start);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf(';'), head.lastIndexOf('?'), head.lastIndexOf('!'));
  const from = a.start - head.length + stop + 1;
  const re = /(?<![\p{L}\p{M}])(?:[Ss]ố|[Tt]ổng số)[ \u00a0](?=\p{Ll})/gu;
  let last: RegExpExecArray | null = null;
  const scope = text.slice(from, a.start);
  for (let m = re.exec(scope); m; m = re.exec(scope)) last = m;
  if (!last) return null;
  const nounAt = from + last.index + last[0].length;
  // "số liệu", "số phận" are words of their own, not "số" + a noun
  const next = /^[\p{L}\p{M}]+/u.exec(text.slice(nounAt, nounAt + 12))?.[0] ?? '';
  if (isDictionaryWord(`số ${next}`)) return null;
  // no other number between the subject and the numeral ("số ca mắc ở 5 quận là 20"), but the
  // level it rose from ("tăng từ 10 lên 50")
  if (/\d/.test(text.slice(nounAt, a.start).replace(/từ \d[\d.,]* (?:lên|xuống) $/u, ''))) return null;
  const noun = countedNounAt(text, from + last.index, nounAt);
  return noun ? { ...noun, start: a.end, end: a.end } : null;
}
