/**
 * Syndicated copies: the same story reprinted by several papers (a new lead line, a photo credit, a
 * sentence cut). Word 5-shingles over the matching shadow (lower case, one tone style), a 128-hash
 * MinHash signature per text, LSH with 32 bands of 4 rows to propose pairs, and the exact Jaccard of
 * the shingle sets to accept them. Measured on ../shared/corpus/news-text (see src/knowledge/README.md):
 * accepted pairs sit at Jaccard ≥ 0.5 or containment ≥ 0.8, unrelated stories of one template below 0.2.
 */
import { normalizeKey } from '../text/normalize.js';

export interface NearDuplicateOptions {
  /** Words per shingle. @default 5 */
  shingle?: number;
  /** Jaccard of the shingle sets at or above which two texts are copies. @default 0.5 */
  jaccard?: number;
  /**
   * Share of the shorter text's shingles found in the longer one at or above which a trimmed reprint
   * counts as a copy (both must have `minShingles`). @default 0.8
   */
  containment?: number;
  /** Texts with fewer shingles than this are never matched: stubs and captions look alike. @default 40 */
  minShingles?: number;
  /**
   * Shingles found in more texts than this are a template (a contest blurb under every entry, a fund's
   * standing paragraph, a site's footer) and are dropped before matching; a story reprinted by more
   * papers than this keeps its own sentences. @default 8
   */
  maxDocumentFrequency?: number;
  /** Shingles found in this many texts of one site are that site's standing blurb. @default 3 */
  maxSiteFrequency?: number;
}

export interface DocumentText {
  id: string;
  text: string;
  /** The publisher (host): a shingle in three texts of one site is that site's template. */
  site?: string | null;
}

export interface NearDuplicatePair {
  a: string;
  b: string;
  jaccard: number;
  containment: number;
  whole: number;
  /** Only containment holds: `a` is a trimmed reprint inside `b`. */
  contained: boolean;
}

const HASHES = 128;
// 64 bands of 2 rows: a pair at Jaccard 0.2 becomes a candidate with p = 1 − (1 − 0.2²)^64 ≈ 0.93,
// so trimmed reprints (low Jaccard, high containment) are still proposed; candidates are cheap to verify.
const BANDS = 64;
const ROWS = HASHES / BANDS;
const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a over a string: a 32-bit shingle id. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finalizer: a cheap, well-mixed permutation of 32-bit values, one per seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}


/** The sorted, distinct shingle ids of a text: each word hashed once, a shingle from its words' ids. */
export function shingles(text: string, size = 5): Uint32Array {
  const words = normalizeKey(text).match(WORD) ?? [];
  const ids = words.map(fnv1a);
  const set = new Set<number>();
  for (let i = 0; i + size <= ids.length; i++) {
    let h = 0x2545f491;
    for (let k = 0; k < size; k++) h = mix(h ^ ids[i + k]!, k + 1);
    set.add(h);
  }
  return Uint32Array.from(set).sort();
}

/**
 * 128 min-hashes. The k-th hash of x is a + k·b (a, b two mixes of x: double hashing, as Bloom filters
 * do), two operations per hash instead of a full mix: measured recall against exact Jaccard is kept.
 */
export function minhash(ids: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of ids) {
    const a = mix(x, 0x68e31da4);
    const b = mix(x, 0xb5297a4d) | 1;
    for (let k = 0; k < HASHES; k++) {
      const h = (a + Math.imul(k, b)) >>> 0;
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/** Size of the intersection of two sorted id arrays. */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) { n++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  return n;
}

/**
 * The shingle sets without template ids: those found in more than `maxDf` texts, or in `maxSiteDf` or
 * more texts of one site (a series' standing paragraph under every entry; copies across papers stay).
 */
export function templateFree(sets: Uint32Array[], maxDf: number, sites?: (string | null | undefined)[], maxSiteDf = 3): Uint32Array[] {
  // Document frequencies from one sorted array of every id (ids are distinct within a set, so the
  // length of a run is the number of texts): a Map of millions of counters costs five times more.
  let total = 0;
  for (const ids of sets) total += ids.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const ids of sets) { all.set(ids, at); at += ids.length; }
  all.sort();
  const template = new Set<number>();
  const candidates = new Set<number>(); // in maxSiteDf..maxDf texts: maybe one site's blurb
  for (let i = 0; i < all.length;) {
    let j = i + 1;
    while (j < all.length && all[j] === all[i]) j++;
    const df = j - i;
    if (df > maxDf) template.add(all[i]!);
    else if (sites && df >= maxSiteDf) candidates.add(all[i]!);
    i = j;
  }
  if (sites && candidates.size) {
    const perSite = new Map<string, number>(); // "site id" → texts
    sets.forEach((ids, n) => {
      const site = sites[n];
      if (!site) return;
      for (const x of ids) {
        if (!candidates.has(x)) continue;
        const key = `${site}\u0001${x}`;
        const c = (perSite.get(key) ?? 0) + 1;
        perSite.set(key, c);
        if (c >= maxSiteDf) template.add(x);
      }
    });
  }
  if (!template.size) return sets;
  return sets.map((ids) => {
    const out = new Uint32Array(ids.length);
    let k = 0;
    for (const x of ids) if (!template.has(x)) out[k++] = x;
    return out.subarray(0, k);
  });
}

export interface PairScore {
  /** Jaccard of the whole shingle sets. */
  whole: number;
  /** Jaccard once template shingles are dropped. */
  jaccard: number;
  /** Share of the shorter template-free set found in the longer one. */
  containment: number;
  /** Template-free shingles of the two texts. */
  sizes: [number, number];
}

/** Scores of one pair, from the whole and the template-free shingle sets. */
export function scorePair(wholeA: Uint32Array, wholeB: Uint32Array, a: Uint32Array, b: Uint32Array): PairScore {
  const all = overlap(wholeA, wholeB);
  const common = overlap(a, b);
  const union = a.length + b.length - common;
  return {
    whole: all / (wholeA.length + wholeB.length - all || 1),
    jaccard: union ? common / union : 0,
    containment: Math.min(a.length, b.length) ? common / Math.min(a.length, b.length) : 0,
    sizes: [a.length, b.length],
  };
}

/** The acceptance rule (thresholds in NearDuplicateOptions; see the module comment). */
export function isCopy(s: PairScore, options: NearDuplicateOptions = {}): boolean {
  const minShingles = options.minShingles ?? 40;
  if (Math.min(...s.sizes) < minShingles) return false;
  return s.jaccard >= (options.jaccard ?? 0.5) || s.containment >= (options.containment ?? 0.8);
}

/**
 * Every pair of texts that are copies of one story, each pair once (a before b in input order). When
 * only containment holds, `a` is the shorter text (the trimmed reprint).
 */
export function findNearDuplicates(docs: DocumentText[], options: NearDuplicateOptions = {}): NearDuplicatePair[] {
  const size = options.shingle ?? 5;
  const minShingles = options.minShingles ?? 40;
  const whole = docs.map((doc) => shingles(doc.text, size));
  const sets = templateFree(whole, options.maxDocumentFrequency ?? 8, docs.map((d) => d.site), options.maxSiteFrequency ?? 3);
  const buckets = new Map<string, number[]>();
  whole.forEach((ids, n) => {
    if (ids.length < minShingles) return;
    const sig = minhash(ids);
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',')}`;
      const list = buckets.get(key);
      if (list) list.push(n); else buckets.set(key, [n]);
    }
  });
  const seen = new Set<number>();
  const pairs: NearDuplicatePair[] = [];
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        let i = list[x]!;
        let j = list[y]!;
        const key = i * docs.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const s = scorePair(whole[i]!, whole[j]!, sets[i]!, sets[j]!);
        if (!isCopy(s, options)) continue;
        const byContainment = s.jaccard < (options.jaccard ?? 0.5);
        if (byContainment && sets[j]!.length < sets[i]!.length) [i, j] = [j, i];
        pairs.push({ a: docs[i]!.id, b: docs[j]!.id, jaccard: s.jaccard, containment: s.containment, whole: s.whole, contained: byContainment });
      }
    }
  }
  return pairs;
}

/**
 * Copies grouped into stories (union-find over the symmetric pairs); each copy maps to its story's
 * original, the member that `earlier` puts first (the earliest published, then the first in input
 * order). A trimmed reprint (a containment pair) maps to the story that contains it, never the other
 * way round: the longer text keeps what the shorter one lacks.
 */
export function duplicateOf(
  ids: string[], pairs: NearDuplicatePair[], earlier: (a: string, b: string) => number,
): Map<string, string> {
  const parent = new Map<string, string>(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const { a, b, contained } of pairs) {
    if (contained) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    if (earlier(ra, rb) <= 0) parent.set(rb, ra); else parent.set(ra, rb);
  }
  // A story whose original is a trimmed reprint of another story joins that one, unless it holds it.
  const inside = new Map<string, string>();
  for (const { a, b, contained } of pairs) {
    if (!contained) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb && !inside.has(ra)) inside.set(ra, rb);
  }
  const originalOf = (root: string): string => {
    let r = root;
    for (let hops = 0; inside.has(r) && hops < 8; hops++) {
      const next = inside.get(r)!;
      if (next === root) break; // a cycle of containments: stop where it started
      r = next;
    }
    return r;
  };
  const out = new Map<string, string>();
  for (const id of ids) {
    const original = originalOf(find(id));
    if (original !== id) out.set(id, original);
  }
  return out;
}
