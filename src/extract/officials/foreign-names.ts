/**
 * Foreign names without a Vietnamese family name: "huấn luyện viên Carlo Ancelotti", "CEO Satya
 * Nadella", "Siobhan Morden - Giám đốc …". A run of 2–4 capitalized words is read as a foreign name
 * when at least one of its words cannot be a Vietnamese syllable (spelling decides: "Carlo", "Irving",
 * "Nadella" break the syllable rules; "Hà", "Minh", "Kim" do not), and no word of it is a place, a
 * country, an office or an organization.
 */
import { officialsLexicon } from './lexicon.js';
import { isNameWord, MAX_NAME_WORDS, type NameMatch } from './names.js';
import { NOT_IN_NAME } from './org-words.js';
import { matchPlace } from './places.js';
import { isVietnameseSyllable } from './syllables.js';
import type { Token } from './tokens.js';

/** A foreign name at tokens[i, …): 2–4 name words, one at least not a Vietnamese syllable. */
export function readForeignName(tokens: Token[], i: number): NameMatch | null {
  const lex = officialsLexicon();
  let end = i;
  while (end < tokens.length && end - i < MAX_NAME_WORDS && isNameWord(tokens[end]) && (end === i || !tokens[end]!.breakBefore)) end++;
  if (isNameWord(tokens[end]) && !tokens[end]!.breakBefore) return null; // too long to be one name
  const n = end - i;
  if (n < 2 || n > 4) return null;
  // "Theo Henry To, nhà phân tích …": a capitalized grammar word opens the sentence, not the name
  if (NOT_IN_NAME.has(tokens[i]!.key)) return null;
  let foreign = 0;
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    if (t.upper && t.text.length <= 4) return null; // "UBND", "VN": an abbreviation, not a name
    if (t.text.length < 2) return null; // "X Factor": a letter is no given name
    if (lex.titles.match(tokens, k) || lex.organizations.match(tokens, k) || lex.countries.match(tokens, k) || matchPlace(tokens, k)) return null;
    if (!isVietnameseSyllable(t.text)) foreign++;
  }
  // led by a Vietnamese family name, most words must be foreign ("Kim Jong-un"): one glued word in a
  // Vietnamese name ("Nguyễn Thị Kim Ngântại", a lost space) does not make it foreign
  const needed = officialsLexicon().surnames.has(tokens[i]!.key) ? Math.ceil(n / 2) : 1;
  return foreign >= needed ? { start: i, end } : null;
}
