/**
 * The figure lexicons, loaded once: units (corpus/lexicon/units.tsv) keyed by their first word, and
 * the cue phrases around figures (corpus/lexicon/figure-cues.tsv) keyed by kind then phrase.
 */
import { readLexiconRows } from '../numbers/read-lexicon.js';

export type UnitKind =
  | 'currency' | 'subcurrency' | 'percent' | 'pp' | 'mass' | 'area' | 'volume' | 'length' | 'energy'
  | 'power' | 'speed' | 'temperature' | 'time' | 'count' | 'points' | 'block';

export interface UnitEntry {
  form: string;
  formLower: string;
  unit: string;
  kind: UnitKind;
  /** May stand before the number: $10, USD1,23. */
  pre: boolean;
  /** May follow the digits without a space: 10$, 20%, 5kg. */
  postGlued: boolean;
  /** May be the denominator after "một"/"mỗi": "85 USD một thùng". */
  per: boolean;
}

export type CueKind =
  | 'approx-before' | 'approx-after' | 'change' | 'status' | 'predicate' | 'agent' | 'discourse'
  | 'doc' | 'date-word' | 'period-ref' | 'condition' | 'modal' | 'metric-trim-start' | 'metric-trim-end'
  | 'metric-stop' | 'index-word' | 'present' | 'predicate-final' | 'metric-head'
  | 'classifier' | 'bound-head' | 'not-counted' | 'count-label' | 'money-context'
  | 'not-counted-after-one' | 'measure-noun' | 'commodity' | 'temperature-word';

/**
 * One step of a phrase trie: the phrases continuing with a word, and the value of the phrase that
 * ends here (undefined when none does). Lets a lookup walk word by word instead of joining strings.
 */
export interface PhraseNode {
  value: string | undefined;
  next: Map<string, PhraseNode>;
}

export interface CueTable {
  /** Lower-case phrase → value (empty string when the kind has no value). */
  phrases: Map<string, string>;
  /** Words in the longest phrase: how far back/forward to look. */
  maxWords: number;
  /** The phrases as a trie read from their first word on. */
  forward: PhraseNode;
  /** The phrases as a trie read from their last word back. */
  backward: PhraseNode;
}

let units: Map<string, UnitEntry[]> | null = null;
let preUnits: UnitEntry[] | null = null;
let cues: Map<CueKind, CueTable> | null = null;

/** First "word" of a unit form or of text at a position: letters/digits run, or one symbol. */
export function firstWordOf(s: string): string {
  const m = /^[\p{L}\p{N}²³]+/u.exec(s);
  return (m ? m[0] : s.slice(0, 1)).toLowerCase();
}

/** Unit entries grouped by their lower-case first word, longest form first. */
export function unitsByFirstWord(): Map<string, UnitEntry[]> {
  if (units) return units;
  units = new Map();
  preUnits = [];
  for (const [form, unit, kind, flags = ''] of readLexiconRows('units.tsv')) {
    if (!form || !unit || !kind) continue;
    const f = new Set(flags.split(',').map((x) => x.trim()));
    const entry: UnitEntry = {
      form, formLower: form.toLowerCase(), unit, kind: kind as UnitKind,
      pre: f.has('pre'), postGlued: f.has('post-glued'), per: f.has('per'),
    };
    const key = firstWordOf(form);
    const list = units.get(key) ?? [];
    list.push(entry);
    units.set(key, list);
    if (entry.pre) preUnits.push(entry);
  }
  for (const list of units.values()) list.sort((a, b) => b.form.length - a.form.length);
  preUnits.sort((a, b) => b.form.length - a.form.length);
  return units;
}

/** Units that may be written before the number, longest first. */
export function preUnitEntries(): UnitEntry[] {
  unitsByFirstWord();
  return preUnits!;
}

const emptyNode = (): PhraseNode => ({ value: undefined, next: new Map() });

/** Add a phrase, as its words in reading order, to a trie. */
function insertPhrase(root: PhraseNode, words: readonly string[], value: string): void {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) { child = emptyNode(); node.next.set(w, child); }
    node = child;
  }
  node.value = value;
}

const EMPTY_TABLE: CueTable = { phrases: new Map(), maxWords: 0, forward: emptyNode(), backward: emptyNode() };

/** Cue phrases of one kind. */
export function cueTable(kind: CueKind): CueTable {
  if (!cues) {
    cues = new Map();
    for (const [phrase, k, value = ''] of readLexiconRows('figure-cues.tsv')) {
      if (!phrase || !k) continue;
      const table = cues.get(k as CueKind) ?? { phrases: new Map<string, string>(), maxWords: 0, forward: emptyNode(), backward: emptyNode() };
      const lower = phrase.toLowerCase();
      if (!table.phrases.has(lower)) table.phrases.set(lower, value);
      table.maxWords = Math.max(table.maxWords, lower.split(/\s+/).length);
      cues.set(k as CueKind, table);
    }
    // a phrase matches words joined by single spaces, so its trie steps are its " "-separated parts
    for (const table of cues.values()) {
      for (const [phrase, value] of table.phrases) {
        const words = phrase.split(' ');
        insertPhrase(table.forward, words, value);
        insertPhrase(table.backward, words.reverse(), value);
      }
    }
  }
  return cues.get(kind) ?? EMPTY_TABLE;
}
