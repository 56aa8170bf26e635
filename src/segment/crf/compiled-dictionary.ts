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

/**
 * Entries of one to three syllables by syllable ids, in sorted arrays (CSR): the syllables that can
 * follow `a` in an entry are `next[nextStart[a]] … next[nextStart[a + 1] - 1]`, ascending, found
 * by binary search; each says whether "a b" is an entry and where the third syllables of "a b c"
 * entries are. Compact typed arrays: a lookup touches a few cache lines, where a Set of 75K
 * numbers touched a large hash table, and the packed form is the same arrays.
 */
export interface CompiledDictionary {
  key: ((lower: string) => string) | undefined;
  /** lower-cased (keyed) syllable → id */
  vocab: Map<string, number>;
  size: number;
  /** the keyed entries, "\n"-joined; their Set is built on the first string lookup (rare) */
  entries: string;
  words: Set<string> | null;
  /** 1 where the syllable alone is an entry */
  one: Uint8Array;
  nextStart: Int32Array;
  next: Int32Array;
  /** 1 where "a b" is an entry */
  nextIsEntry: Uint8Array;
  /** the range of third syllables in `third` for "a b _" entries: `[thirdStart[k], thirdEnd[k])` */
  thirdStart: Int32Array;
  thirdEnd: Int32Array;
  third: Int32Array;
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
  const one = new Uint8Array(V);
  // every entry of two or three syllables as one number, (a * V + b) * (V + 1) + (c + 1) (c = -1
  // for "a b"), sorted: then the pairs come in order of a and b, each with "a b" itself first and
  // its third syllables ascending (exact: the numbers stay below 2^53)
  const W = V + 1;
  const keys: number[] = [];
  for (let k = 0; k < entries.length; k += 3) {
    const a = entries[k]!, b = entries[k + 1]!, c = entries[k + 2]!;
    if (b < 0) one[a] = 1;
    else keys.push((a * V + b) * W + (c + 1));
  }
  const sorted = Float64Array.from(keys).sort();
  const nextStart = new Int32Array(V + 1);
  const next: number[] = [];
  const nextIsEntry: number[] = [];
  const thirdStart: number[] = [];
  const thirdEnd: number[] = [];
  const third: number[] = [];
  let pair = -1;
  for (let k = 0; k < sorted.length; k++) {
    const key = sorted[k]!;
    if (k > 0 && key === sorted[k - 1]) continue; // the same entry twice
    const ab = Math.floor(key / W);
    const c1 = key - ab * W;
    if (ab !== pair) {
      pair = ab;
      const a = Math.floor(ab / V);
      next.push(ab - a * V);
      nextIsEntry.push(0);
      thirdStart.push(third.length);
      thirdEnd.push(third.length);
      nextStart[a + 1] = next.length;
    }
    const at = next.length - 1;
    if (c1 === 0) nextIsEntry[at] = 1;
    else { third.push(c1 - 1); thirdEnd[at] = third.length; }
  }
  for (let a = 1; a <= V; a++) if (nextStart[a]! < nextStart[a - 1]!) nextStart[a] = nextStart[a - 1]!;
  return {
    key: dict.key, vocab, size: V, entries: keyed.join('\n'), words: null, one, nextStart,
    next: Int32Array.from(next), nextIsEntry: Uint8Array.from(nextIsEntry), thirdStart: Int32Array.from(thirdStart), thirdEnd: Int32Array.from(thirdEnd), third: Int32Array.from(third),
  };
}

/** Index of `x` in the ascending `arr[from, to)`, or -1. */
function find(arr: Int32Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = arr[mid]!;
    if (v < x) lo = mid + 1;
    else if (v > x) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Entries starting at syllable ids a, b (and c ≥ 0): bit 1 when "a b" is an entry, bit 2 when
 * "a b c" is. Ids are -1 for syllables outside the dictionary.
 */
export function spanEntries(dict: CompiledDictionary, a: number, b: number, c: number): number {
  if (a < 0 || b < 0) return 0;
  const k = find(dict.next, dict.nextStart[a]!, dict.nextStart[a + 1]!, b);
  if (k < 0) return 0;
  let out = dict.nextIsEntry[k]!;
  if (c >= 0 && find(dict.third, dict.thirdStart[k]!, dict.thirdEnd[k]!, c) >= 0) out |= 2;
  return out;
}

/** Whether a word (any case) is an entry: the string path, for spans the ids cannot express. */
export function inDictionary(dict: CompiledDictionary | null, word: string): boolean {
  if (!dict || !word) return false;
  dict.words ??= new Set(dict.entries.split('\n'));
  const lower = word.toLowerCase();
  return dict.words.has(dict.key ? dict.key(lower) : lower);
}

/** A compiled dictionary as structured-clone data: the typed arrays as they are, the vocabulary as one string. */
export type PackedDictionary = Omit<CompiledDictionary, 'key' | 'vocab' | 'words'> & { vocab: string };

export function packDictionary(dict: CompiledDictionary): PackedDictionary {
  // ids are assigned in insertion order, so the Map's key order is the id order
  const { key: _key, vocab, words: _words, ...arrays } = dict;
  return { ...arrays, vocab: [...vocab.keys()].join('\n') };
}

export function unpackDictionary(packed: PackedDictionary, key?: (lower: string) => string): CompiledDictionary {
  const syllables = packed.vocab === '' ? [] : packed.vocab.split('\n');
  const vocab = new Map<string, number>();
  for (let i = 0; i < syllables.length; i++) vocab.set(syllables[i]!, i);
  return { ...packed, key, vocab, words: null };
}
