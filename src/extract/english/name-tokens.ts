/**
 * Word tokens of an English sentence with offsets, and what the officials finder asks of them: is a run
 * a person's name (a Vietnamese one opens with a family name from surnames.tsv; a foreign one is tagged
 * #Person by compromise), or an organization or place (a head word, a province, #Place/#Organization)?
 */
import { asciiSlug } from '../officials/lexicon.js';
import { englishLexicon } from './lexicon.js';
import type { Term } from './tagger.js';

export interface Tok {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  lower: string;
  tags: Set<string>;
}

// Dotted acronyms keep their last dot ("U.S."), so that it is not read as punctuation.
const WORD = /\p{Lu}(?:\.\p{Lu})+\.|[\p{L}\p{M}\d](?:[\p{L}\p{M}\d'’.&-]*[\p{L}\p{M}\d])?|[^\s\p{L}\p{M}\d]/gu;

/** Tokens of `sentence` (at `offset` in its field), tags from compromise's terms when given. */
export function tokenizeSentence(sentence: string, offset: number, terms: Term[] = []): Tok[] {
  const out: Tok[] = [];
  let ti = 0;
  for (const m of sentence.matchAll(WORD)) {
    const start = offset + m.index, end = start + m[0].length;
    while (ti < terms.length && terms[ti]!.end <= start) ti++;
    const tags = ti < terms.length && terms[ti]!.start <= start ? terms[ti]!.tags : new Set<string>();
    out.push({ text: m[0], start, end, cap: /^\p{Lu}/u.test(m[0]), lower: m[0].toLowerCase(), tags });
  }
  return out;
}

/** "India’s" → "India". */
export const bare = (s: string): string => s.replace(/['’]s$/, '');
export const isPossessive = (s: string): boolean => /['’]s$/.test(s);

/** A place run: "Thanh Hoa", "Da Nang", "Việt Nam", "Hanoi" (the folded slug of the words). */
export function isPlace(toks: Tok[]): boolean {
  return englishLexicon().places.has(asciiSlug(toks.map((t) => bare(t.text)).join('')));
}

const nameWord = (t: Tok): boolean => t.cap && /^[\p{L}\p{M}-]+$/u.test(t.text) && !englishLexicon().orgWords.has(t.text);

/** A Vietnamese full name: 2–5 capitalized words, the first a family name, no place inside. */
export function isVietnameseName(toks: Tok[]): boolean {
  if (toks.length < 2 || toks.length > 5 || !toks.every(nameWord)) return false;
  if (!englishLexicon().surnames.has(asciiSlug(toks[0]!.text))) return false;
  return !isPlace(toks.slice(0, 2)) && !isPlace(toks);
}

/** A foreign name: 2–3 capitalized words, one tagged #Person by compromise, none a place or body. */
export function isForeignName(toks: Tok[], afterOffice = false): boolean {
  if (toks.length < 2 || toks.length > 3 || !toks.every(nameWord)) return false;
  if (toks.some((t) => t.tags.has('Place') || t.tags.has('Country') || t.tags.has('Organization') || t.tags.has('Demonym'))) return false;
  if (isPlace(toks)) return false;
  // Right after an office ("Prime Minister Shigeru Ishiba") proper nouns compromise does not know as
  // people are a name too; elsewhere one word must be tagged #Person.
  if (afterOffice && toks.every((t) => t.tags.has('ProperNoun'))) return true;
  return toks.some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName'));
}

/** The name that ends at `toks[end - 1]`, longest first: Vietnamese, then foreign. */
export function nameEndingAt(toks: Tok[], end: number, floor = 0, afterOffice = false): { start: number } | null {
  // The word before a name does not make a place with its first word ("Việt Nam Henrik Lund").
  const free = (start: number): boolean => start === floor || !isPlace(toks.slice(start - 1, start + 1));
  for (let start = Math.max(floor, end - 5); start <= end - 2; start++) {
    if (free(start) && isVietnameseName(toks.slice(start, end))) return { start };
  }
  for (let start = Math.max(floor, end - 3); start <= end - 2; start++) {
    if (free(start) && isForeignName(toks.slice(start, end), afterOffice)) return { start };
  }
  return null;
}

/** The name that starts at `toks[start]`, longest first. */
export function nameStartingAt(toks: Tok[], start: number): { end: number } | null {
  for (let end = Math.min(toks.length, start + 5); end >= start + 2; end--) {
    const run = toks.slice(start, end);
    // A name is not followed by another capitalized word of the same run ("Ho Chi Minh City").
    const next = toks[end];
    if (next && next.cap && /^[\p{L}]/u.test(next.text) && englishLexicon().orgWords.has(next.text)) continue;
    if (isVietnameseName(run) || (run.length <= 3 && isForeignName(run))) return { end };
  }
  return null;
}
