/**
 * UD-VTB's word conventions where they differ from the CRF model and Viet74K: words the model joins
 * that the treebank splits ("cho biết" → "cho | biết", "như vậy" → "như | vậy") and syllables the
 * treebank joins that the model splits ("con gái"). The table is data,
 * corpus/lexicon/segment-conventions.tsv, learned from the UD-VTB dev split by
 * scripts/learn-segment-conventions.ts; each rule fires only where it was counted (a split where
 * the model wrote exactly that word, a join where it did not), so its dev agreement carries over.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toToneStyle } from '../text/tone-style.js';

export const CONVENTIONS_FILE = fileURLToPath(new URL('../../corpus/lexicon/segment-conventions.tsv', import.meta.url));

/** The lookup form of a syllable or a form: lower-cased, new tone style ("Hòa" → "hoà"). */
export function conventionKey(text: string): string {
  return toToneStyle(text.normalize('NFC').toLowerCase(), 'new');
}

/** A convention table: lower-cased form (either tone style) → word lengths in syllables. */
export interface ConventionTable {
  rules: Map<string, readonly number[]>;
  /** First syllables of the forms, to skip most positions with one lookup. */
  firsts: Set<string>;
  maxSyllables: number;
}

/** Parse TSV lines `form<TAB>words<TAB>…` ("cho biết\tcho | biết"); "#" starts a comment. */
export function parseConventions(text: string): ConventionTable {
  const rules = new Map<string, readonly number[]>();
  const firsts = new Set<string>();
  let maxSyllables = 0;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [form, words] = line.split('\t');
    if (!form || !words || form === 'form') continue;
    const lengths = words.split(' | ').map((w) => w.trim().split(' ').length);
    const syllables = lengths.reduce((a, b) => a + b, 0);
    if (syllables !== form.trim().split(' ').length || syllables < 2) continue;
    for (const style of ['new', 'old'] as const) {
      const key = toToneStyle(form.trim().normalize('NFC').toLowerCase(), style);
      rules.set(key, lengths);
      firsts.add(key.slice(0, key.indexOf(' ')));
    }
    maxSyllables = Math.max(maxSyllables, syllables);
  }
  return { rules, firsts, maxSyllables };
}

let table: ConventionTable | null = null;

/** corpus/lexicon/segment-conventions.tsv, loaded once (empty when the file is absent). */
export function loadConventions(): ConventionTable {
  table ??= parseConventions(existsSync(CONVENTIONS_FILE) ? readFileSync(CONVENTIONS_FILE, 'utf8') : '');
  return table;
}

const CAPITAL = /^\p{Lu}/u;

/**
 * A capital anywhere but at the start of the sentence marks a name ("Li Xinmei", "Minh sang" as
 * UD-VTB sometimes writes a name): names belong to their article and to merge-names, so the
 * conventions neither learn from nor rewrite them.
 */
export function looksLikeName(syllables: readonly string[], start: number, end: number): boolean {
  for (let i = start === 0 ? 1 : start; i < end; i++) if (CAPITAL.test(syllables[i]!)) return true;
  return false;
}

/**
 * Rewrite B/I tags in place: where a table form is exactly a predicted word and the table splits
 * it, or spans syllables the model did not write as that one word and the table joins them.
 * Longer forms first; scanning resumes after a rewritten form; names (`looksLikeName`) are left
 * alone.
 */
export function applyConventions(syllables: readonly string[], tags: Int32Array, begin: number, inside: number, conventions: ConventionTable = loadConventions(), lowered?: readonly string[]): void {
  const n = syllables.length;
  if (conventions.rules.size === 0) return;
  const lower = lowered ?? syllables.map((s) => s.toLowerCase());
  const trie = trieOf(conventions);
  const matches: { len: number; lengths: readonly number[] }[] = [];
  for (let i = 0; i + 1 < n; i++) {
    let node = trie.get(lower[i]!);
    if (!node) continue;
    // every form that starts here, found in one walk; tried longest first
    matches.length = 0;
    for (let k = i + 1; k < n && k - i < conventions.maxSyllables && node; k++) {
      node = node.next.get(lower[k]!);
      if (node?.lengths) matches.push({ len: k - i + 1, lengths: node.lengths });
    }
    for (let m = matches.length - 1; m >= 0; m--) {
      const { len, lengths } = matches[m]!;
      if (looksLikeName(syllables, i, i + len)) continue;
      let isWord = tags[i] === begin || i === 0;
      for (let k = i + 1; k < i + len && isWord; k++) isWord = tags[k] === inside;
      isWord &&= i + len === n || tags[i + len] !== inside;
      const join = lengths.length === 1;
      if (join === isWord) continue; // a split needs the model's word, a join its absence
      let k = i;
      for (const l of lengths) {
        tags[k] = begin;
        for (let q = k + 1; q < k + l; q++) tags[q] = inside;
        k += l;
      }
      if (k < n && tags[k] === inside) tags[k] = begin;
      i += len - 1;
      break;
    }
  }
}

/** The forms of a table as a trie of syllables (one Map lookup per syllable walked). */
interface TrieNode { next: Map<string, TrieNode>; lengths: readonly number[] | null }
const tries = new WeakMap<ConventionTable, Map<string, TrieNode>>();

function trieOf(table: ConventionTable): Map<string, TrieNode> {
  let root = tries.get(table);
  if (root) return root;
  root = new Map();
  for (const [form, lengths] of table.rules) {
    let level = root;
    let node: TrieNode | undefined;
    for (const syllable of form.split(' ')) {
      node = level.get(syllable);
      if (!node) { node = { next: new Map(), lengths: null }; level.set(syllable, node); }
      level = node.next;
    }
    node!.lengths = lengths;
  }
  tries.set(table, root);
  return root;
}
