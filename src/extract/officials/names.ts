/**
 * Person names by rule: a run of capitalized words ("Lê Minh Hưng", "NGUYỄN VĂN A") that starts
 * with a Vietnamese family name, or any capitalized run after an honorific ("ông Michael Kokalari",
 * "chị Lan Anh"). A run that is a place ("Hà Nam", "Lâm Đồng") or opens with an office or organization
 * is not a name unless an honorific vouches for it.
 */
import { officialsLexicon, type Honorific } from './lexicon.js';
import { matchPlace } from './places.js';
import { isVietnameseSyllable } from './syllables.js';
import type { Token } from './tokens.js';

export const MAX_NAME_WORDS = 5;

export interface NameMatch {
  start: number;
  end: number;
}

export interface HonorificMatch {
  honorific: Honorific;
  start: number;
  end: number;
}

/** A word that can be part of a name: capitalized letters only, Title case or all capitals. */
export function isNameWord(t: Token | undefined): t is Token {
  return Boolean(t?.nameWord);
}

export function startsWithSurname(tokens: Token[], i: number): boolean {
  return officialsLexicon().surnames.has(tokens[i]?.key ?? '');
}

/** End of the run of name words starting at i (stops at a line break). */
export function nameRunEnd(tokens: Token[], i: number, limit = MAX_NAME_WORDS + 3): number {
  let j = i;
  while (j < tokens.length && j - i < limit && isNameWord(tokens[j]) && (j === i || !tokens[j]!.breakBefore)) j++;
  return j;
}

/** Does an office, an organization or an honorific open at token i? Then no name starts there. */
function opensNonName(tokens: Token[], i: number): boolean {
  const lex = officialsLexicon();
  return Boolean(lex.titles.match(tokens, i) || lex.organizations.match(tokens, i) || lex.honorifics.match(tokens, i));
}

/**
 * After an honorific and inside a name, only what cannot be a given name stops it: a multi-word
 * office ("Phó Chủ tịch") or body, or an abbreviation ("UBND"). "Trường", "Hội", "Đức" are given
 * names as often as words ("ông Trường").
 */
function endsName(tokens: Token[], i: number): boolean {
  const lex = officialsLexicon();
  const title = lex.titles.match(tokens, i);
  if (title && title.end - i >= 2) return true;
  const org = lex.organizations.match(tokens, i);
  return Boolean(org && (org.end - i >= 2 || tokens[i]!.upper));
}

/** Is tokens[start, end) a plausible full name starting with a family name? */
export function isSurnameName(tokens: Token[], start: number, end: number): boolean {
  const n = end - start;
  if (n < 2 || n > 4 || !startsWithSurname(tokens, start)) return false;
  for (let k = start; k < end; k++) if (!isNameWord(tokens[k]) || (k > start && endsName(tokens, k))) return false;
  // every word a Vietnamese syllable: "Nguyễn Thị Kim Ngântại" (a lost space) is no name as it stands
  for (let k = start; k < end; k++) if (!isVietnameseSyllable(tokens[k]!.text)) return false;
  const place = matchPlace(tokens, start);
  if (place && place.end >= end) return false; // "Hà Nam", "Lâm Đồng": a place, not a person
  const country = officialsLexicon().countries.match(tokens, start);
  if (country && country.end >= end) return false; // "Ba Lan", "Đài Loan": a country
  return !opensNonName(tokens, start);
}

/** Is tokens[start, end) a historical name that streets and schools bear ("Hồ Chí Minh", "Trần Phú")? */
export function isNamesake(tokens: Token[], start: number, end: number): boolean {
  return end - start >= 2 && officialsLexicon().namesakes.has(tokens.slice(start, end).map((t) => t.key).join(' '));
}

/** A full name standing at token i without honorific: a family name and 2–4 words. */
export function readBareName(tokens: Token[], i: number): NameMatch | null {
  if (i > 0 && isNameWord(tokens[i - 1]) && !tokens[i]!.breakBefore) return null; // inside a longer run
  const end = nameRunEnd(tokens, i);
  return isSurnameName(tokens, i, end) ? { start: i, end } : null;
}

const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '(', '-', '…']);

/** Is token i the first word of a sentence, a line, a quotation or a list item? */
export function startsSentence(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || tokens[i]!.breakBefore || SENTENCE_OPENERS.has(before.key);
}

/** An honorific at token i ("ông", "Đồng chí", "TS", "Đại tá"), possibly several ("PGS.TS", "Thượng tướng"). */
export function readHonorific(tokens: Token[], i: number): HonorificMatch | null {
  const m = officialsLexicon().honorifics.match(tokens, i);
  if (!m) return null;
  // "ông", "anh" are written in lower case inside a sentence: a capitalized "Anh" there is a
  // country or a name ("Ngoại trưởng Anh David Lammy"), not a courtesy word.
  if (m.value.kind === 'courtesy' && tokens[i]!.capitalized && !startsSentence(tokens, i)) return null;
  let end = m.end;
  if (tokens[end]?.text === '.' && tokens[end - 1]!.upper) end++; // "TS." written with its dot
  return { honorific: m.value, start: i, end };
}

/** After an honorific: the capitalized run that follows, up to the first office or organization. */
export function readNameAfterHonorific(tokens: Token[], i: number): NameMatch | null {
  if (!isNameWord(tokens[i]) || endsName(tokens, i) || readHonorific(tokens, i)) return null;
  let end = i;
  while (end < tokens.length && end - i < MAX_NAME_WORDS && isNameWord(tokens[end]) && (end === i || !tokens[end]!.breakBefore)) {
    if (end > i && endsName(tokens, end)) break;
    end++;
  }
  if (isNameWord(tokens[end]) && !tokens[end]!.breakBefore && !endsName(tokens, end)) return null; // too long to be one name
  return { start: i, end };
}

/**
 * A name at the tail of the capitalized run [a, b) that follows an office and its organization
 * ("Sở Công Thương Nguyễn Văn A"): the earliest split that leaves a surname-led name of 2–4 words.
 * `minBefore` words must stay with the organization.
 */
export function splitTrailingName(tokens: Token[], a: number, b: number, minBefore: number): number | null {
  const { namesakes } = officialsLexicon();
  for (let s = a + minBefore; s <= b - 2; s++) {
    // "Trường THPT Trần Phú": a historical name right after the body names the body
    if (namesakes.has(tokens.slice(s, b).map((t) => t.key).join(' '))) continue;
    if (isSurnameName(tokens, s, b)) return s;
  }
  return null;
}
