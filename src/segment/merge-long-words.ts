/**
 * Dictionary words longer than the CRF model sees: its dictionary features look at spans of at most
 * three syllables, so a four-syllable entry ("bách khoa toàn thư", "đầu gối tay ấp") comes out in
 * pieces. When predicted words exactly cover a Viet74K entry of four or more syllables (its first
 * syllable starts a word and its last ends one), they become one word, as UD-VTB writes idioms.
 */
import { viet74k } from './dictionary.js';
import { codeFiles, readThrough } from './startup-cache.js';
import { viet74kPath } from './vntk-files.js';

/** A trie over the lower-cased syllables of the long entries: one Map lookup per syllable walked. */
interface Node { next: Map<string, Node>; /** an entry of 4+ syllables ends here */ end: boolean }

let root: Map<string, Node> | null = null;

/** Viet74K entries of four or more syllables, "\n"-joined (through the start-up cache). */
function longEntryList(): string {
  const inputs = [viet74kPath(), ...codeFiles(import.meta.url, ['./merge-long-words', './dictionary'])];
  return readThrough('segment-long-entries', inputs, () => {
    const out: string[] = [];
    for (const entry of viet74k()) {
      // fewer than three spaces: not a long entry (most of them; no split needed)
      const s1 = entry.indexOf(' ');
      if (s1 < 0) continue;
      const s2 = entry.indexOf(' ', s1 + 1);
      if (s2 < 0 || entry.indexOf(' ', s2 + 1) < 0) continue;
      if (entry.split(' ').some((p) => p === '')) continue;
      out.push(entry);
    }
    return out.join('\n');
  }, (v) => typeof v === 'string');
}

/** The long entries as a trie. */
function longEntries(): Map<string, Node> {
  if (root) return root;
  root = new Map();
  const list = longEntryList();
  for (const entry of list === '' ? [] : list.split('\n')) {
    let level = root;
    let node: Node | undefined;
    for (const part of entry.split(' ')) {
      node = level.get(part);
      if (!node) { node = { next: new Map(), end: false }; level.set(part, node); }
      level = node.next;
    }
    node!.end = true;
  }
  return root;
}

/**
 * Rewrite B/I tags in place (see the module comment).
 * @param lower the syllables lower-cased, when the caller has them.
 */
export function mergeLongWords(syllables: readonly string[], tags: Int32Array, begin: number, inside: number, lower: readonly string[] = syllables.map((x) => x.toLowerCase())): void {
  const n = syllables.length;
  const trie = longEntries();
  for (let i = 0; i + 3 < n; i++) {
    if (tags[i] !== begin) continue;
    let node = trie.get(lower[i]!);
    if (!node) continue;
    // the longest entry from i whose end is a word end
    let best = 0;
    for (let k = i + 1; k < n && node; k++) {
      node = node.next.get(lower[k]!);
      if (node?.end && k - i + 1 >= 4 && (k + 1 === n || tags[k + 1] !== inside)) best = k - i + 1;
    }
    if (best === 0) continue;
    for (let k = i + 1; k < i + best; k++) tags[k] = inside;
    i += best - 1;
  }
}
