/**
 * VIQR (RFC 1456, Vietnamese Quoted-Readable): ASCII marks after the vowel. Modifiers a( ă, a^ â,
 * e^ ê, o^ ô, o+ ơ, u+ ư, dd đ; tones ' sắc, ` huyền, ? hỏi, ~ ngã, . nặng; a backslash escapes a
 * mark. These rules mangle ordinary ASCII ("ok." → "ọk", "what?" → "whảt"), so VIQR is decoded
 * only when `looksLikeViqr` says so, and a "." or "?" that ends a line is kept as punctuation.
 */

import { isVietnameseSyllable } from './syllable.js';

const MODIFIERS: Record<string, string> = { 'a(': 'ă', 'a^': 'â', 'e^': 'ê', 'o^': 'ô', 'o+': 'ơ', 'u+': 'ư' };
const TONES: Record<string, string> = { "'": '\u0301', '`': '\u0300', '?': '\u0309', '~': '\u0303', '.': '\u0323' };

// vowel, optional modifier, optional tone; or dd; or an escaped mark
const VIQR_UNIT = /\\([(^+'`?~.\\])|([dD][dD])|([aeiouyAEIOUY])([(^+])?(['`?~.])?/g;

function applyCase(sample: string, letter: string): string {
  return sample === sample.toUpperCase() ? letter.toUpperCase() : letter;
}

/**
 * Is a "." or "?" right before `at` punctuation rather than a tone? RFC 1456 makes every mark
 * after a vowel a tone ("Bo^. Ke^'" is "Bộ Kế") and asks writers to escape a real period; in
 * practice they do not at the end of a line, so there it is punctuation.
 */
function endsSentence(whole: string, at: number): boolean {
  const rest = /^[^\S\n]*(?:\n|$)/.exec(whole.slice(at, at + 80));
  return rest !== null;
}

/** VIQR → Unicode (NFC). */
export function decodeViqr(text: string): string {
  return text.replace(VIQR_UNIT, (match, escaped: string | undefined, dd: string | undefined, vowel: string | undefined,
    modifier: string | undefined, tone: string | undefined, offset: number, whole: string) => {
    if (escaped !== undefined) return escaped;
    if (dd !== undefined) return dd[0] === 'D' ? 'Đ' : dd[1] === 'd' ? 'đ' : 'Đ';
    let letter = vowel!;
    let used = match;
    if (modifier) {
      const combined = MODIFIERS[vowel!.toLowerCase() + modifier];
      if (combined) letter = applyCase(vowel!, combined);
      else { used = vowel!; return vowel!; } // "i^" is not a letter: leave the marks alone
    }
    if (tone) {
      if ((tone === '.' || tone === '?') && endsSentence(whole, offset + match.length)) return letter + tone;
      letter = (letter + TONES[tone]!).normalize('NFC');
    }
    void used;
    return letter;
  });
}

const WORD = /[A-Za-z][A-Za-z(^+'`?~.]*/g;

/**
 * True when ASCII text is VIQR: at least 3 words, and a fifth of them, turn into well-formed
 * Vietnamese syllables with diacritics when decoded ("Vie^.t", "ddu+o+`ng"); "e.g", "foo.bar"
 * and "boy's" do not.
 */
export function looksLikeViqr(text: string): boolean {
  if (/[^\x00-\x7f]/.test(text)) return false;
  let words = 0;
  let marked = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    const word = m[0].replace(/[.?]+$/, (tail) => tail.slice(1)); // a final "." or "?" may be punctuation
    const decoded = decodeViqr(word + '\n').trimEnd();
    if (decoded !== word && /[^\x00-\x7f]/.test(decoded) && isVietnameseSyllable(decoded.replace(/[.?]+$/, ''))) marked++;
  }
  return marked >= 3 && marked / Math.max(1, words) >= 0.2;
}

const ENCODE_TONE: Record<string, string> = { '\u0301': "'", '\u0300': '`', '\u0309': '?', '\u0303': '~', '\u0323': '.' };
const ENCODE_MOD: Record<string, string> = { '\u0306': '(', '\u0302': '^', '\u031B': '+' };

/** Unicode → VIQR (for tests and fixtures). */
export function encodeViqr(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ') { out += 'dd'; continue; }
    if (ch === 'Đ') { out += 'DD'; continue; }
    const parts = ch.normalize('NFD');
    if (parts.length === 1) { out += ch; continue; }
    let base = parts[0]!;
    let tone = '';
    for (const mark of parts.slice(1)) {
      if (ENCODE_MOD[mark]) base += ENCODE_MOD[mark];
      else if (ENCODE_TONE[mark]) tone = ENCODE_TONE[mark]!;
    }
    out += base + tone;
  }
  return out;
}
