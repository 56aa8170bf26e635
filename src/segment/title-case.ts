/**
 * vntk's `istitle` feature is `word === titleCase(word)` with the npm package title-case 2.1.1
 * (no-case 2.3.2 underneath). This reproduces that test without the packages:
 * no-case splits camel case ("aB" → "a B", "ABc" → "A Bc"), turns runs of non-word characters
 * into one space (dropping them at the ends), lower-cases; title-case then upper-cases the first
 * character and each character after a space. Unicode classes stand in for no-case's generated
 * ranges; the parity test checks the two agree on every token of UD-VTB.
 */

const CAMEL = /([\p{Ll}\p{N}])(\p{Lu})/gu;
const CAMEL_UPPER = /(\p{Lu})(\p{Lu}\p{Ll})/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const PLAIN_WORDS = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;

function noCase(value: string): string {
  return value
    .replace(CAMEL, '$1 $2')
    .replace(CAMEL_UPPER, '$1 $2')
    .replace(NON_WORD, (match: string, index: number, whole: string) =>
      index === 0 || index === whole.length - match.length ? '' : ' ')
    .toLowerCase();
}

/** title-case 2.1.1, without a locale. */
export function titleCase(value: string): string {
  return noCase(value).replace(/^.| ./gu, (m) => m.toUpperCase());
}

/** One word-character part: first character survives lower-then-upper, the rest is lower case. */
function isTitlePart(part: string): boolean {
  const first = String.fromCodePoint(part.codePointAt(0)!);
  const rest = part.slice(first.length);
  return first.toLowerCase().toUpperCase() === first && rest.toLowerCase() === rest;
}

const cache = new Map<string, boolean>();
const CACHE_LIMIT = 200_000;

/** `value === titleCase(value)`, memoized; plain letter/digit words take a fast path. */
export function isTitle(value: string): boolean {
  let hit = cache.get(value);
  if (hit !== undefined) return hit;
  if (PLAIN_WORDS.test(value)) {
    hit = true;
    for (const part of value.split(' ')) {
      if (!isTitlePart(part)) { hit = false; break; }
    }
  } else {
    hit = value === titleCase(value);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, hit);
  return hit;
}
