/**
 * Learn UD-VTB's word conventions where they differ from the segmenter's output: from a treebank
 * split (gold words) and the segmenter's tags on the same syllables, count
 * - splits: a word the segmenter writes ("cho biết") that the treebank writes otherwise
 *   ("cho | biết"), with the treebank's most frequent segmentation of those syllables;
 * - joins: syllables the treebank writes as one word ("con gái") that the segmenter does not.
 * An entry is kept when its segmentation is seen at least `minCount` times and in at least
 * `minAgreement` of the occurrences where the rule would fire. Runs that look
 * like names (`looksLikeName`) belong to their article, not to the treebank's conventions, and
 * are not counted. Used by
 * scripts/learn-segment-conventions.ts (dev split only) to write corpus/lexicon/segment-conventions.tsv.
 */
import type { ConlluSentence } from './read-conllu.js';
import { conventionKey, looksLikeName } from '../conventions.js';

export interface LearnedConvention {
  /** The syllables, lower-cased, in the new tone style, single spaces. */
  form: string;
  /** The treebank's words for those syllables, separated by " | ". */
  words: string;
  /** Occurrences where the rule would fire. */
  occurrences: number;
  /** Of those, occurrences the treebank segments as `words`. */
  agreeing: number;
}

export interface LearnOptions { minCount: number; minAgreement: number; maxSyllables?: number }

const CAPITAL = /^\p{Lu}/u;

interface Tally { occurrences: number; patterns: Map<string, number> }

/** Word ranges [start, end) from B/I tags (`inside` continues a word). */
function wordRanges(tags: ArrayLike<number>, inside: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === inside && out.length) out[out.length - 1]![1] = i + 1;
    else out.push([i, i + 1]);
  }
  return out;
}

/**
 * @param predicted the segmenter's tags per sentence (conventions off).
 * @param inside the label id that continues a word.
 */
export function learnConventions(sentences: readonly ConlluSentence[], predicted: readonly ArrayLike<number>[], inside: number, options: LearnOptions): LearnedConvention[] {
  const maxLen = options.maxSyllables ?? 4;
  const splits = new Map<string, Tally>();
  const joins = new Map<string, Tally>();
  const tally = (m: Map<string, Tally>, key: string, pattern: string | null): void => {
    let t = m.get(key);
    if (!t) { t = { occurrences: 0, patterns: new Map() }; m.set(key, t); }
    t.occurrences++;
    if (pattern !== null) t.patterns.set(pattern, (t.patterns.get(pattern) ?? 0) + 1);
  };
  // a first pass finds the candidate joins: gold words of 2..maxLen syllables
  const goldForms = new Set<string>();
  const keys: string[][] = sentences.map((s) => s.syllables.map(conventionKey));
  // forms written as a name anywhere in the split are names wherever they occur: UD-VTB now and then
  // writes a name in lower case ("lý bỉnh sâm")
  const names = new Set<string>();
  sentences.forEach((s, k) => {
    for (const [a, b] of s.words) {
      if (b - a < 2 || b - a > maxLen) continue;
      const form = keys[k]!.slice(a, b).join(' ');
      goldForms.add(form);
      if (looksLikeName(s.syllables, a, b) || (a > 0 && CAPITAL.test(s.syllables[a]!))) names.add(form);
    }
  });
  sentences.forEach((s, k) => {
    const key = keys[k]!;
    const starts = new Set<number>(s.words.map(([a]) => a));
    const goldWords = new Set<number>(s.words.map(([a, b]) => a * 100_000 + b));
    const pred = wordRanges(predicted[k]!, inside);
    const predWords = new Set<number>(pred.map(([a, b]) => a * 100_000 + b));
    // the treebank's words over [a, b), or null when a treebank word crosses a or b
    const goldPattern = (a: number, b: number): string | null => {
      if (!starts.has(a) || (b < s.syllables.length && !starts.has(b))) return null;
      const parts: string[] = [];
      let cur: string[] = [];
      for (let i = a; i < b; i++) {
        if (i > a && starts.has(i)) { parts.push(cur.join(' ')); cur = []; }
        cur.push(key[i]!);
      }
      parts.push(cur.join(' '));
      return parts.join(' | ');
    };
    const named = (a: number, b: number): boolean => looksLikeName(s.syllables, a, b);
    for (const [a, b] of pred) {
      if (b - a < 2 || b - a > maxLen || named(a, b)) continue;
      tally(splits, key.slice(a, b).join(' '), goldPattern(a, b));
    }
    for (let a = 0; a < key.length; a++) {
      for (let len = 2; len <= maxLen && a + len <= key.length; len++) {
        const form = key.slice(a, a + len).join(' ');
        if (!goldForms.has(form) || predWords.has(a * 100_000 + a + len) || named(a, a + len)) continue;
        tally(joins, form, goldWords.has(a * 100_000 + a + len) ? form : null);
      }
    }
  });
  const out: LearnedConvention[] = [];
  const keep = (m: Map<string, Tally>, wantSplit: boolean): void => {
    for (const [form, t] of m) {
      let bestPattern = '';
      let bestCount = 0;
      for (const [p, c] of t.patterns) if (c > bestCount || (c === bestCount && p < bestPattern)) { bestPattern = p; bestCount = c; }
      if (names.has(form) || bestCount < options.minCount || bestCount / t.occurrences < options.minAgreement) continue;
      if (wantSplit && bestPattern === form) continue; // the treebank agrees with the segmenter
      out.push({ form, words: bestPattern, occurrences: t.occurrences, agreeing: bestCount });
    }
  };
  keep(splits, true);
  keep(joins, false);
  return out.sort((x, y) => (x.form < y.form ? -1 : x.form > y.form ? 1 : 0));
}

export interface LearnedNotWord {
  /** A dictionary entry, lower-cased, new tone style. */
  form: string;
  /** Occurrences of its syllables in the treebank split. */
  occurrences: number;
  /** Of those, occurrences not written as that one word. */
  split: number;
}

/**
 * Dictionary entries of 2..3 syllables whose syllables the treebank mostly writes as other words:
 * kept when they occur at least `minCount` times and are split in at least `minAgreement` of them.
 * @param dictionary entries keyed as `conventionKey` does.
 */
export function learnNotWords(sentences: readonly ConlluSentence[], dictionary: ReadonlySet<string>, options: LearnOptions): LearnedNotWord[] {
  const seen = new Map<string, { occurrences: number; split: number }>();
  for (const s of sentences) {
    const key = s.syllables.map(conventionKey);
    const gold = new Set<number>(s.words.map(([a, b]) => a * 100_000 + b));
    for (let a = 0; a < key.length; a++) {
      for (let len = 2; len <= 3 && a + len <= key.length; len++) {
        const form = key.slice(a, a + len).join(' ');
        if (!dictionary.has(form)) continue;
        const e = seen.get(form) ?? { occurrences: 0, split: 0 };
        e.occurrences++;
        if (!gold.has(a * 100_000 + a + len)) e.split++;
        seen.set(form, e);
      }
    }
  }
  const out: LearnedNotWord[] = [];
  for (const [form, e] of seen) {
    if (e.occurrences >= options.minCount && e.split / e.occurrences >= options.minAgreement) out.push({ form, ...e });
  }
  return out.sort((x, y) => (x.form < y.form ? -1 : x.form > y.form ? 1 : 0));
}
