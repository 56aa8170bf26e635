/**
 * Looking around a match: the words just before or after a span, lower-cased, for cue-word checks.
 * Only letters, digits and % count as word characters; punctuation stops the look.
 */
const WORD = /[\p{L}\p{N}%]+/u;

const beforeCache = new Map<number, RegExp>();
const afterCache = new Map<number, RegExp>();

function cached(cache: Map<number, RegExp>, count: number, make: (n: number) => string): RegExp {
  let re = cache.get(count);
  if (!re) cache.set(count, (re = new RegExp(make(count), 'u')));
  return re;
}

/** The `count` words right before `index`, joined by one space ("" when punctuation comes first). */
export function wordsBefore(text: string, index: number, count: number): string {
  const head = text.slice(Math.max(0, index - 60), index);
  const m = head.match(cached(beforeCache, count, (n) => `((?:[\\p{L}\\p{N}%]+[ \\t]+){${n}})$`));
  return m ? m[1]!.trim().split(/\s+/).join(' ').toLowerCase() : '';
}

/** The `count` words right after `index`, joined by one space ("" when punctuation comes first). */
export function wordsAfter(text: string, index: number, count: number): string {
  const tail = text.slice(index, index + 60);
  const m = tail.match(cached(afterCache, count, (n) => `^((?:[ \\t]*[\\p{L}\\p{N}%]+){${n}})`));
  return m ? m[1]!.trim().split(/\s+/).join(' ').toLowerCase() : '';
}

/** Whether one of the 1- or 2-word phrases before `index` is in `set`. */
export function precededBy(text: string, index: number, set: Set<string>): boolean {
  return set.has(wordsBefore(text, index, 1)) || set.has(wordsBefore(text, index, 2));
}

/** Whether one of the 1- or 2-word phrases after `index` is in `set`. */
export function followedBy(text: string, index: number, set: Set<string>): boolean {
  return set.has(wordsAfter(text, index, 1)) || set.has(wordsAfter(text, index, 2));
}

export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);
