/**
 * Foreign names without a Vietnamese family name: "huấn luyện viên Carlo Ancelotti", "CEO Satya
 * Nadella", "Siobhan Morden - Giám đốc …". A run of 2–4 capitalized words is read as a foreign name
 * when at least one of its words cannot be a Vietnamese syllable (spelling decides: "Carlo", "Irving",
 * "Nadella" break the syllable rules; "Hà", "Minh", "Kim" do not), and no word of it is a place, a
 * country, an office or an organization.
 */
import { officialsLexicon } from './lexicon.js';
import { isNameWord, MAX_NAME_WORDS, type NameMatch } from './names.js';
import { matchPlace } from './places.js';
import type { Token } from './tokens.js';

/** Vietnamese syllable without its tone and vowel marks: initial consonant, vowel nucleus, final. */
const SYLLABLE = new RegExp(
  '^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?' +
    '(uyeu|uye|uya|uyu|uoi|uou|uay|oai|oay|oeo|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|ya|a|e|i|o|u|y)' +
    '(ch|nh|ng|c|m|n|p|t)?$',
);

/** Folded to plain letters: marks dropped, "đ" → "d", lower case. */
function plain(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** Can this word be one Vietnamese syllable ("Nguyễn", "Thị", "Khuyến")? */
export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(plain(word));
}

/** A foreign name at tokens[i, …): 2–4 name words, one at least not a Vietnamese syllable. */
export function readForeignName(tokens: Token[], i: number): NameMatch | null {
  const lex = officialsLexicon();
  let end = i;
  while (end < tokens.length && end - i < MAX_NAME_WORDS && isNameWord(tokens[end]) && (end === i || !tokens[end]!.breakBefore)) end++;
  if (isNameWord(tokens[end]) && !tokens[end]!.breakBefore) return null; // too long to be one name
  const n = end - i;
  if (n < 2 || n > 4) return null;
  let foreign = false;
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    if (t.upper && t.text.length <= 4) return null; // "UBND", "VN": an abbreviation, not a name
    if (lex.titles.match(tokens, k) || lex.organizations.match(tokens, k) || lex.countries.match(tokens, k) || matchPlace(tokens, k)) return null;
    if (!isVietnameseSyllable(t.text)) foreign = true;
  }
  return foreign ? { start: i, end } : null;
}
