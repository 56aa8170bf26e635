/**
 * Vietnamese vowels split into base vowel and tone mark, built from Unicode composition (base +
 * U+0300 grave, U+0301 acute, U+0309 hook above, U+0303 tilde, U+0323 dot below) so no table
 * can carry a typo. NFC Vietnamese letters are single UTF-16 units, so moving a tone between two
 * letters never changes the length of a string.
 */

/** Tone index: 0 none, 1 huyền (grave), 2 sắc (acute), 3 hỏi (hook), 4 ngã (tilde), 5 nặng (dot). */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

interface VowelInfo { base: string; tone: Tone }

const INFO = new Map<string, VowelInfo>();
/** The same by UTF-16 code (all Vietnamese vowels are below U+1F00): no one-letter strings made. */
const BY_CODE: (VowelInfo | undefined)[] = [];
const COMPOSE = new Map<string, string>(); // base + tone index → letter

for (const lower of BASE_VOWELS) {
  for (const base of [lower, lower.toUpperCase()]) {
    for (let t = 0; t < TONE_MARKS.length; t++) {
      const letter = (base + TONE_MARKS[t]).normalize('NFC');
      INFO.set(letter, { base, tone: t as Tone });
      BY_CODE[letter.charCodeAt(0)] = INFO.get(letter);
      COMPOSE.set(base + t, letter);
    }
  }
}

/** Base vowel and tone of a letter, or undefined when it is not a Vietnamese vowel. */
export function splitVowel(letter: string): VowelInfo | undefined {
  return INFO.get(letter);
}

/** `splitVowel` by the letter's UTF-16 code. */
export function splitVowelCode(code: number): VowelInfo | undefined {
  return BY_CODE[code];
}

/** The letter for a base vowel (any case) and a tone. */
export function composeVowel(base: string, tone: Tone): string {
  return COMPOSE.get(base + tone) ?? base;
}
