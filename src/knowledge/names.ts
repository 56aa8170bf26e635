/**
 * Person names across articles. The key of a name is its matching shadow (NFC, one tone style, lower
 * case, single spaces), so "Nguyễn Văn Hòa" and "Nguyễn Văn Hoà" are one key already. What the shadow
 * cannot equal — the name typed without diacritics ("Nguyen Van Hoa") — is matched when the letters
 * agree and natural's Jaro–Winkler over the shadows scores at least NAME_SIMILARITY. Measured on
 * ../shared/corpus/news-text (scripts/measure-name-variants.ts, src/knowledge/README.md): Jaro–Winkler
 * alone cannot tell marks apart — 1,021 pairs of different names score ≥ 0.9 ("Nguyễn Văn Hùng" /
 * "Nguyễn Văn Hưng" 0.973) while the 572 marked names seen score 0.586–0.985 against their own unmarked
 * form ("Đào Quang Khải" / "Dao Quang Khai" 0.781) — so the letters decide
 * and the score is a floor, set below the unmarked forms of the names seen.
 */
import { createRequire } from 'node:module';
import { normalizeKey } from '../text/normalize.js';

// natural's index loads every module it has (storage back ends that print to stdout included); its
// Jaro–Winkler file has no imports, so it is required on its own.
const require = createRequire(import.meta.url);
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string, options?: { ignoreCase?: boolean }) => number;

/** Jaro–Winkler similarity at or above which two names whose bare letters agree are one name. */
export const NAME_SIMILARITY = 0.55;

/** The matching key of a name: shadow, single spaces. */
export function nameKey(name: string): string {
  return normalizeKey(name).replace(/\s+/g, ' ').trim();
}

/** Letters without marks: "nguyễn văn hoà" → "nguyen van hoa" ("đ" → "d"). */
export function bareLetters(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** How many letters carry marks: the name written with its diacritics wins as the shown form. */
export function markCount(s: string): number {
  return (s.normalize('NFD').match(/\p{M}/gu) ?? []).length + (s.match(/[đĐ]/g) ?? []).length;
}

/**
 * True when `short` is `full` with some marks left out: the same base letters, and each letter's marks
 * in `short` a subsequence of its marks in `full` ("nguyen", "nguyên" ⊂ "nguyễn"; "hóa" ⊄ "hòa").
 */
export function dropsMarks(full: string, short: string): boolean {
  const split = (s: string): [string, string][] => {
    const out: [string, string][] = [];
    for (const ch of s.replace(/đ/g, 'd\u0335').normalize('NFD')) {
      if (/\p{M}/u.test(ch) && out.length) out[out.length - 1]![1] += ch;
      else out.push([ch, '']);
    }
    return out;
  };
  const f = split(full);
  const s = split(short);
  if (f.length !== s.length) return false;
  for (let i = 0; i < f.length; i++) {
    if (f[i]![0] !== s[i]![0]) return false;
    let k = 0;
    for (const m of f[i]![1]) if (k < s[i]![1].length && s[i]![1][k] === m) k++;
    if (k !== s[i]![1].length) return false;
  }
  return true;
}

export function nameSimilarity(a: string, b: string): number {
  return jaroWinkler(a, b);
}

/**
 * True when two name keys are one name written two ways: equal shadows (tone style and case are
 * folded already), or one written entirely without marks (text typed without diacritics) whose letters
 * are the other's bare letters, at a Jaro–Winkler score of at least NAME_SIMILARITY. A name that keeps
 * some marks and lacks others is not matched: "Thanh" and "Thành", "Hùng" and "Hưng" are other names.
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [full, bare] = markCount(a) === 0 ? [b, a] : markCount(b) === 0 ? [a, b] : [null, null];
  if (full === null || bare === null || markCount(full) === 0) return false;
  return bareLetters(full) === bare && nameSimilarity(full, bare) >= NAME_SIMILARITY;
}
