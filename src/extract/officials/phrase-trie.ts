/**
 * Longest-match lookup of multi-word phrases over tokens. Phrases are keyed token by token (folded
 * case and tone style), so a lookup costs one Map step per token, never a scan of the lexicon.
 * Case-sensitive phrases ("TP", "HĐQT") live on their own branch, keyed by the exact token.
 */
import { phraseKeys, type Token } from './tokens.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Case-sensitive children, by exact key (no key string is built per lookup). */
  exact?: Map<string, TrieNode<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first token after the phrase. */
  end: number;
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  /** Add a phrase; the first value given for a phrase wins. */
  add(phrase: string, value: T, exact = false): void {
    const keys = phraseKeys(phrase, exact);
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      const map = exact ? (node.exact ??= new Map()) : node.next;
      let child = map.get(k);
      if (!child) {
        child = { next: new Map() };
        map.set(k, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** The longest phrase starting at token `i` that does not cross a line break, or null. */
  match(tokens: Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first || (!this.root.next.has(first.key) && !this.root.exact?.has(first.exactKey))) return null;
    const best: PhraseMatch<T>[] = [];
    this.walk(tokens, i, this.root, i, best);
    return best[0] ?? null;
  }

  private walk(tokens: Token[], i: number, node: TrieNode<T>, j: number, best: PhraseMatch<T>[]): void {
    if (node.value !== undefined && (!best[0] || j > best[0].end)) best[0] = { value: node.value, end: j };
    const t = tokens[j];
    if (!t || (j > i && t.breakBefore)) return;
    const folded = node.next.get(t.key);
    if (folded) this.walk(tokens, i, folded, j + 1, best);
    const exact = node.exact?.get(t.exactKey);
    if (exact) this.walk(tokens, i, exact, j + 1, best);
  }
}
