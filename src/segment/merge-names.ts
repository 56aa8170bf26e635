/**
 * Proper names as one word ("Lý Bỉnh Sâm", "Bình Phước"), as UD-VTB and VnCoreNLP write them:
 * the CRF model splits most of them. A run of two or more title-case syllables becomes one word;
 * at the start of a sentence (or after an opening quote, colon or dash) the first syllable joins
 * only when it is a family name from corpus/lexicon/surnames.tsv or no Viet74K word ("Li Xinmei"),
 * since any word is capitalized there ("Thế nhưng", "Hai người"); a courtesy word from
 * corpus/lexicon/honorifics.tsv or an organization head from organizations.tsv never joins
 * ("Ông Chương", "Bộ Ngoại giao"), and a capital the model joined to a lower-case syllable stays
 * in that word ("Bộ Y tế").
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { viet74k } from './dictionary.js';

const SURNAMES = fileURLToPath(new URL('../../corpus/lexicon/surnames.tsv', import.meta.url));
const HONORIFICS = fileURLToPath(new URL('../../corpus/lexicon/honorifics.tsv', import.meta.url));
const ORGANIZATIONS = fileURLToPath(new URL('../../corpus/lexicon/organizations.tsv', import.meta.url));
// a capital and lower-case letters; hyphenated parts after it too ("Rịa-Vũng", "Ả-rập", "Xê-út")
const TITLE_SYLLABLE = /^\p{Lu}\p{Ll}*(?:[-‐‑]\p{L}\p{Ll}*)*$/u;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '-', '–', '—', '.', '!', '?', '…', '...']);

/** First column of a lexicon TSV, one-syllable entries only, lower-cased. */
function readSyllables(path: string): Set<string> {
  const out = new Set<string>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const entry = line.split('\t')[0]!.trim();
    if (entry && !entry.startsWith('#') && !entry.includes(' ')) out.add(entry.normalize('NFC').toLowerCase());
  }
  return out;
}

let surnames: Set<string> | null = null;
let honorifics: Set<string> | null = null;
let heads: Set<string> | null = null;

/** One-syllable organization heads ("Bộ", "Sở", "Cục") of organizations.tsv (kind "head"). */
function readHeads(path: string): Set<string> {
  const out = new Set<string>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    const entry = cols[0]!.trim();
    if (entry && !entry.startsWith('#') && !entry.includes(' ') && cols[2]?.trim() === 'head') out.add(entry.normalize('NFC').toLowerCase());
  }
  return out;
}

/**
 * Rewrite B/I tags in place so title-case runs are single words.
 * @param begin label id that starts a word; @param inside label id that continues one.
 */
export function mergeNames(syllables: readonly string[], tags: Int32Array, begin: number, inside: number): void {
  const n = syllables.length;
  let i = 0;
  while (i < n) {
    if (!TITLE_SYLLABLE.test(syllables[i]!)) { i++; continue; }
    let j = i + 1;
    while (j < n && TITLE_SYLLABLE.test(syllables[j]!)) j++;
    let a = i;
    surnames ??= readSyllables(SURNAMES);
    honorifics ??= readSyllables(HONORIFICS);
    heads ??= readHeads(ORGANIZATIONS);
    const first = syllables[a]!.toLowerCase();
    const atStart = a === 0 || OPENERS.has(syllables[a - 1]!);
    // "Ông Chương", "Bộ Tài chính": the courtesy word or organization head is not part of the name
    // …unless the two start a dictionary name ("Bà Rịa-Vũng Tàu", "núi Bà Đen")
    const second = j > a + 1 ? syllables[a + 1]!.toLowerCase() : '';
    const named = second !== '' && viet74k().has(first + ' ' + second.split(/[-‐‑]/)[0]);
    if (!named && (honorifics.has(first) || heads.has(first) || (atStart && !surnames.has(first) && viet74k().has(first)))) a++;
    // the model joined the last capital with a lower-case syllable ("Y tế", "Chính trị"): keep that
    // word, unless the capitals are themselves a dictionary name ("Hà Nội" in "Hà Nội tại")
    if (j < n && tags[j] === inside && !(j - a >= 2 && viet74k().has(syllables.slice(a, j).join(' ').toLowerCase()))) j--;
    if (j - a >= 2) {
      // two names side by side ("Hàng Mành Hà Nội"): a dictionary name the model found at the end
      // of a longer run stays a word of its own
      let cut = -1;
      for (let k = a + 2; k <= j - 2; k++) {
        if (tags[k] === begin && viet74k().has(syllables.slice(k, j).join(' ').toLowerCase())) { cut = k; break; }
      }
      tags[a] = begin;
      for (let k = a + 1; k < j; k++) tags[k] = inside;
      if (cut > 0) tags[cut] = begin;
      if (j < n && tags[j] === inside) tags[j] = begin;
    }
    i = Math.max(j, i + 1);
  }
}
