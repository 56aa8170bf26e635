/**
 * Tone placement styles. In the open syllables oa, oe, uy the old style puts the tone on the first
 * vowel ("hòa", "thủy", "Ủy") and the new style on the second ("hoà", "thuỷ", "Uỷ"); syllables with
 * a final consonant ("hoàn", "thuyết") and "qu" + y ("quý") have one spelling only. The press mixes
 * both and so do dictionaries (Viet74K has "uỷ viên" and "thủy điện"), so matching converts both
 * sides to one style. Conversion keeps the length, so offsets carry over unchanged.
 */
import { composeVowel, splitVowelCode } from './vowels.js';

export type ToneStyle = 'old' | 'new';

const PAIRS = new Set(['oa', 'oe', 'uy']);
const LETTERS = /\p{L}+/gu;

function convertSyllable(word: string, style: ToneStyle): string {
  const n = word.length;
  if (n < 2) return word;
  const first = splitVowelCode(word.charCodeAt(n - 2));
  const second = splitVowelCode(word.charCodeAt(n - 1));
  if (!first || !second) return word;
  if (!PAIRS.has((first.base + second.base).toLowerCase())) return word;
  const before = n >= 3 ? word[n - 3]! : '';
  if (before && splitVowelCode(before.charCodeAt(0))) return word; // a longer vowel cluster: "khuya", "ngoeo"
  if (first.base.toLowerCase() === 'u' && (before === 'q' || before === 'Q')) return word; // "quý"
  if (style === 'new' && first.tone !== 0 && second.tone === 0) {
    return word.slice(0, n - 2) + composeVowel(first.base, 0) + composeVowel(second.base, first.tone);
  }
  if (style === 'old' && second.tone !== 0 && first.tone === 0) {
    return word.slice(0, n - 2) + composeVowel(first.base, second.tone) + composeVowel(second.base, 0);
  }
  return word;
}

// o/u (any tone) before a/e/y (any tone): without such a pair no syllable can change, and most
// text and dictionary entries have none, so the per-syllable pass is skipped
const MAY_CHANGE = /[oòóỏõọuùúủũụ][aàáảãạeèéẻẽẹyỳýỷỹỵ]/iu;

/** Rewrite NFC text into one tone placement style; the result has the same length. */
export function toToneStyle(text: string, style: ToneStyle): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text.replace(LETTERS, (word) => convertSyllable(word, style));
}
