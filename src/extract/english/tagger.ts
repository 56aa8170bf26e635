/**
 * compromise (core, v14) as the tokenizer and tagger of the English path: terms of a sentence with their
 * tags and root (singular noun, infinitive verb) and offsets into the record text. Tagging is the cost of
 * the English path, so a sentence is tagged once for all finders (a small cache keyed by its text).
 * compromise-dates is not loaded: its date tags (#Date, #Month, #WeekDay) are in core already, and its
 * parser was measured and rejected (README).
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

// compromise takes about a second to load (seconds on a busy machine): it is loaded on the first English
// sentence, so Vietnamese-only runs and freshly started batch workers do not pay for it.
let nlpCache: typeof nlpType | null = null;
function nlp(text: string): ReturnType<typeof nlpType> {
  nlpCache ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return nlpCache(text);
}

export interface Term {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
  /** compromise's root: "visitors" → "visitor", "rose" → "rise". */
  root: string;
}

interface RawTerm {
  text: string;
  tags: string[];
  root?: string;
  normal: string;
  offset: { start: number; length: number };
}

type Relative = Array<Omit<Term, 'start' | 'end'> & { at: number; length: number }>;
const cache = new Map<string, Relative>();
const CACHE_SIZE = 512;

function tagRelative(sentence: string): Relative {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const doc = nlp(sentence);
  doc.compute('root');
  // compromise's json() is untyped at this depth: the shape below is what v14 returns.
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: RawTerm[] }>;
  const terms: Relative = [];
  for (const s of json) {
    for (const t of s.terms) {
      if (t.text) terms.push({ text: t.text, at: t.offset.start, length: t.text.length, tags: new Set(t.tags), root: t.root ?? t.normal });
    }
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(sentence, terms);
  return terms;
}

/** Forget the tagged sentences: the English path calls it per record, so the cache only ever serves
 * finders of the same record (and a benchmark that repeats pages measures real tagging). */
export function clearTagCache(): void {
  cache.clear();
}

/** Terms of `sentence` (which starts at `offset` in its field), empty terms dropped. */
export function tagSentence(sentence: string, offset: number): Term[] {
  return tagRelative(sentence).map((t) => ({ text: t.text, start: offset + t.at, end: offset + t.at + t.length, tags: t.tags, root: t.root }));
}
