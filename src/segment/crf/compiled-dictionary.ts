/**
 * The dictionary of vntk's `is_in_dict` features, compiled to syllable ids so that spans are looked
 * up by number, not by string; and its packed form (typed arrays and two strings), which the
 * start-up cache (../startup-cache.ts) writes to disk: compiling 75K entries costs ~100 ms per
 * process or worker thread, unpacking ~7 ms.
 */

/**
 * A word list for `is_in_dict`: lower-cased entries, and an optional key function applied to both
 * the entries and the looked-up words (the tone-style shadow). vntk: `has(w)` is
 * `entries.includes(w.toLowerCase())`.
 */
export interface WordDictionary { words: Iterable<string>; key?: (lower: string) => string }

export interface CompiledDictionary {
  key: ((lower: string) => string) | undefined;
  /** lower-cased (keyed) syllable → id */
  vocab: Map<string, number>;
  size: number;
  /** the keyed entries, "\n"-joined; their Set is built on the first string lookup (rare) */
  entries: string;
  words: Set<string> | null;
  one: Set<number>;
  /** two-syllable entries: a * size + b (small integers: the vocabulary is ~10K syllables) */
  two: Set<number>;
  /** first two syllables of a three-syllable entry (a * size + b) → pair index */
  pairs: Map<number, number>;
  /** three-syllable entries: pairIndex * size + c (kept small, so the Set holds no heap numbers) */
  three: Set<number>;
}

export function compileDictionary(dict: WordDictionary): CompiledDictionary {
  const vocab = new Map<string, number>();
  const keyed: string[] = [];
  const id = (x: string): number => {
    let v = vocab.get(x);
    if (v === undefined) { v = vocab.size; vocab.set(x, v); }
    return v;
  };
  // spans of at most 3 syllables are asked: [a, b, c] ids, -1 for a missing one
  const entries: number[] = [];
  for (const raw of dict.words) {
    const entry = dict.key ? dict.key(raw) : raw;
    keyed.push(entry);
    const s1 = entry.indexOf(' ');
    if (s1 < 0) { if (entry !== '') entries.push(id(entry), -1, -1); continue; }
    const s2 = entry.indexOf(' ', s1 + 1);
    if (s2 >= 0 && entry.indexOf(' ', s2 + 1) >= 0) continue; // four or more
    const a = entry.slice(0, s1);
    const b = s2 < 0 ? entry.slice(s1 + 1) : entry.slice(s1 + 1, s2);
    const c = s2 < 0 ? '' : entry.slice(s2 + 1);
    if (a === '' || b === '' || (s2 >= 0 && c === '')) continue;
    entries.push(id(a), id(b), s2 < 0 ? -1 : id(c));
  }
  const V = vocab.size;
  const one = new Set<number>();
  const two = new Set<number>();
  const pairs = new Map<number, number>();
  const three = new Set<number>();
  for (let k = 0; k < entries.length; k += 3) {
    const a = entries[k]!, b = entries[k + 1]!, c = entries[k + 2]!;
    if (b < 0) one.add(a);
    else if (c < 0) two.add(a * V + b);
    else {
      const ab = a * V + b;
      let p = pairs.get(ab);
      if (p === undefined) { p = pairs.size; pairs.set(ab, p); }
      three.add(p * V + c);
    }
  }
  return { key: dict.key, vocab, size: V, entries: keyed.join('\n'), words: null, one, two, pairs, three };
}

/** Whether a word (any case) is an entry: the string path, for spans the ids cannot express. */
export function inDictionary(dict: CompiledDictionary | null, word: string): boolean {
  if (!dict || !word) return false;
  dict.words ??= new Set(dict.entries.split('\n'));
  const lower = word.toLowerCase();
  return dict.words.has(dict.key ? dict.key(lower) : lower);
}

/** A compiled dictionary as structured-clone data (no functions, no Maps or Sets to rebuild one by one). */
export interface PackedDictionary {
  /** syllables in id order, "\n"-joined */
  vocab: string;
  entries: string;
  /** (Float64: a product of ids may pass 2^31 with a large vocabulary) */
  one: Float64Array;
  two: Float64Array;
  /** [key, index] pairs */
  pairs: Float64Array;
  three: Float64Array;
}

export function packDictionary(dict: CompiledDictionary): PackedDictionary {
  // ids are assigned in insertion order, so the Map's key order is the id order
  const pairs = new Float64Array(dict.pairs.size * 2);
  let k = 0;
  for (const [key, index] of dict.pairs) { pairs[k++] = key; pairs[k++] = index; }
  return {
    vocab: [...dict.vocab.keys()].join('\n'),
    entries: dict.entries,
    one: Float64Array.from(dict.one), two: Float64Array.from(dict.two), pairs, three: Float64Array.from(dict.three),
  };
}

export function unpackDictionary(packed: PackedDictionary, key?: (lower: string) => string): CompiledDictionary {
  const syllables = packed.vocab === '' ? [] : packed.vocab.split('\n');
  const vocab = new Map<string, number>();
  for (let i = 0; i < syllables.length; i++) vocab.set(syllables[i]!, i);
  const pairs = new Map<number, number>();
  for (let i = 0; i < packed.pairs.length; i += 2) pairs.set(packed.pairs[i]!, packed.pairs[i + 1]!);
  return {
    key, vocab, size: vocab.size, entries: packed.entries, words: null,
    one: new Set(packed.one), two: new Set(packed.two), pairs, three: new Set(packed.three),
  };
}
