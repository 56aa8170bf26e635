/**
 * vntk's feature templates ("T[-1,0].is_in_dict", "T[-2][1]"), compiled once per model and run
 * once per sentence: every template reads a "family" of values (column, span length, function) that
 * is computed once per position, and each family value is looked up once in a Map from value to the
 * attribute ids of all templates of that family. vntk instead rebuilds the columns for every
 * feature and scans a 74K-word array for every dictionary test.
 *
 * Semantics reproduced from vntk lib/features/word_features.js: position i+a < 0 gives "BOS",
 * i+a ≥ n or i+b ≥ n gives "EOS"; spans are joined with " "; booleans are "True"/"False".
 */
import { isTitle } from '../title-case.js';
import type { CrfModel } from './read-model.js';
import { compileDictionary, inDictionary, spanEntries, type CompiledDictionary, type WordDictionary } from './compiled-dictionary.js';

export type FeatureFunction = 'raw' | 'lower' | 'isdigit' | 'istitle' | 'isallcap' | 'is_in_dict';

export type { WordDictionary } from './compiled-dictionary.js';

export interface FeaturizerOptions {
  /** Dictionary for `is_in_dict`: a word list, or one compiled already (see compiled-dictionary.ts). */
  dictionary?: WordDictionary | CompiledDictionary;
  /**
   * vntk's word tokenizer: replace T[k] and T[k].lower by "-" when T[k].is_in_dict is True, and
   * the two-syllable span T[k,k+1] likewise (three-syllable spans never).
   */
  maskDictionaryWords?: boolean;
  /** vntk's word tokenizer splits "key=value" at "=" and keeps the text up to the next "=". */
  cutValuesAtEquals?: boolean;
  /** Leave out templates on these columns (their weights are handled by the decoder). */
  skipColumns?: ReadonlySet<number>;
}

interface Template { name: string; a: number; b: number; len: number; col: number; fn: FeatureFunction; family: number; slot: number; bos: number; eos: number }
interface Family {
  col: number; len: number; fn: FeatureFunction;
  /**
   * family value → offset in `CompiledFeatures.values` of the state weights of its templates,
   * `[offset + slot * L + label]` (0 where the model lacks the attribute: adding 0 leaves a sum as
   * it was), so scoring reads the weights of a value side by side
   */
  ids: Map<string, number>;
  /** raw multi-syllable values by syllable ids (see `rawVocab`), for column 0 */
  numeric: Map<number, number> | null;
  /** three-syllable raw values: first two ids (a * R + b) → pair index; the key is index * R + c */
  pairIndex: Map<number, number> | null;
}

const TEMPLATE = /^T\[(-?\d+)(?:,(-?\d+))?\](?:\[(\d+)\])?(?:\.(\w+))?$/;

export interface CompiledFeatures {
  templates: Template[];
  families: Family[];
  options: FeaturizerOptions;
  model: CrfModel;
  /** Per-syllable facts, memoized (bounded). */
  syllables: Map<string, SyllableInfo>;
  dictionary: CompiledDictionary | null;
  /** Syllables of the model's multi-syllable raw values → id. */
  rawVocab: Map<string, number>;
  /** The templates as six integers each (a, b, family, slot, bos, eos), for the scoring loop. */
  table: Int32Array;
  /** The smallest first offset and the largest last offset of the templates (0 at most / at least). */
  minA: number;
  maxB: number;
  /** The state weights of every family value, `[offset + slot * L + label]` (see `Family.ids`). */
  values: Float64Array;
  /** Per-sentence buffers, reused (a typed array costs about a microsecond to allocate). */
  scratch: Scratch;
}

/** Buffers of `scoreSentence`, grown to the longest sentence seen. */
interface Scratch {
  capacity: number;
  dict2: Uint8Array;
  dict3: Uint8Array;
  /** offset in `values` of family f's value at position p (-1: none): `ids[f * capacity + p]` */
  ids: Int32Array;
  /** per template: family * capacity + its first offset, so template k at item i reads `ids[at[k] + i]` */
  at: Int32Array;
}

function emptyScratch(): Scratch {
  return { capacity: 0, dict2: new Uint8Array(0), dict3: new Uint8Array(0), ids: new Int32Array(0), at: new Int32Array(0) };
}

function grow(compiled: CompiledFeatures, n: number): Scratch {
  const s = compiled.scratch;
  if (s.capacity >= n) return s;
  let capacity = Math.max(64, s.capacity);
  while (capacity < n) capacity *= 2;
  const at = Int32Array.from(compiled.templates, (t) => t.family * capacity + t.a);
  compiled.scratch = { capacity, dict2: new Uint8Array(capacity), dict3: new Uint8Array(capacity), ids: new Int32Array(compiled.families.length * capacity), at };
  return compiled.scratch;
}

/** Compile vntk template strings against a model's attribute table. */
export function compileTemplates(model: CrfModel, names: readonly string[], options: FeaturizerOptions = {}): CompiledFeatures {
  const families: Family[] = [];
  const familyIndex = new Map<string, number>();
  const templates: Template[] = [];
  const slots: number[] = [];
  for (const name of names) {
    const m = TEMPLATE.exec(name);
    if (!m) throw new Error(`unsupported feature template ${name}`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    const col = m[3] === undefined ? 0 : Number(m[3]);
    const fn = (m[4] ?? 'raw') as FeatureFunction;
    if (options.skipColumns?.has(col)) continue;
    const key = `${col}/${b - a + 1}/${fn}`;
    let family = familyIndex.get(key);
    if (family === undefined) {
      family = families.length;
      familyIndex.set(key, family);
      families.push({ col, len: b - a + 1, fn, ids: new Map(), numeric: null, pairIndex: null });
      slots.push(0);
    }
    const slot = slots[family]!++;
    const bos = model.attributes.get(`${name}=BOS`) ?? -1;
    const eos = model.attributes.get(`${name}=EOS`) ?? -1;
    templates.push({ name, a, b, len: b - a + 1, col, fn, family, slot, bos, eos });
  }
  // value → ids of every template of the family (-1 where the model lacks that attribute), in one
  // pass over the attributes: a template name holds no "=", so the first "=" ends it
  const byName = new Map<string, Template[]>();
  for (const t of templates) byName.set(t.name, [...(byName.get(t.name) ?? []), t]);
  const L = model.numLabels;
  let size = 0;
  const fills: number[] = []; // [position in values, position in the model's weights]
  for (const [attr, id] of model.attributes) {
    const eq = attr.indexOf('=');
    if (eq < 0) continue;
    const named = byName.get(attr.slice(0, eq));
    if (!named) continue;
    const value = attr.slice(eq + 1);
    for (const t of named) {
      const fam = families[t.family]!;
      let offset = fam.ids.get(value);
      if (offset === undefined) { offset = size; size += slots[t.family]! * L; fam.ids.set(value, offset); }
      fills.push(offset + t.slot * L, id * L);
    }
  }
  // every family value's weights in one array: no typed array per value to allocate or to chase
  const values = new Float64Array(size);
  for (let k = 0; k < fills.length; k += 2) for (let l = 0; l < L; l++) values[fills[k]! + l] = model.state[fills[k + 1]! + l]!;
  // multi-syllable raw values of column 0 keyed by syllable ids, so spans need no string building
  const rawVocab = new Map<string, number>();
  for (const fam of families) {
    if (fam.col !== 0 || fam.fn !== 'raw' || fam.len === 1) continue;
    for (const value of fam.ids.keys()) {
      for (const part of value.split(' ')) if (!rawVocab.has(part)) rawVocab.set(part, rawVocab.size);
    }
  }
  const R = rawVocab.size;
  for (const fam of families) {
    if (fam.col !== 0 || fam.fn !== 'raw' || fam.len === 1) continue;
    if (fam.len > 3) throw new Error(`raw spans of ${fam.len} syllables are not supported`);
    fam.numeric = new Map();
    // keys stay small integers (R ≈ 2K syllables: R³ would not), so the Maps hold no heap numbers
    const pairs = fam.len === 3 ? (fam.pairIndex = new Map()) : null;
    for (const [value, ids] of fam.ids) {
      const parts = value.split(' ');
      if (parts.length !== fam.len) continue;
      let key = rawVocab.get(parts[0]!)! * R + rawVocab.get(parts[1]!)!;
      if (pairs) {
        let index = pairs.get(key);
        if (index === undefined) { index = pairs.size; pairs.set(key, index); }
        key = index * R + rawVocab.get(parts[2]!)!;
      }
      fam.numeric.set(key, ids);
    }
  }
  const dictionary = !options.dictionary ? null : 'vocab' in options.dictionary ? options.dictionary : compileDictionary(options.dictionary);
  const table = new Int32Array(templates.length * 6);
  templates.forEach((t, k) => table.set([t.a, t.b, t.family, t.slot, t.bos, t.eos], k * 6));
  return { templates, families, options, model, syllables: new Map(), dictionary, rawVocab, table, values, minA: Math.min(0, ...templates.map((t) => t.a)), maxB: Math.max(0, ...templates.map((t) => t.b)),
    scratch: emptyScratch() };
}

/**
 * A compile as structured-clone data, for the start-up cache (../startup-cache.ts): the templates,
 * families, weights and the model's label and weight arrays. Not kept: the options (they hold
 * functions), the dictionary (packed on its own), the model's attribute table (only compiling
 * reads it) and the per-run caches.
 */
export interface PackedFeatures extends Pick<CompiledFeatures, 'templates' | 'families' | 'rawVocab' | 'table' | 'values' | 'minA' | 'maxB'> {
  model: Omit<CrfModel, 'attributes'>;
}

export function packFeatures(c: CompiledFeatures): PackedFeatures {
  const { labels, numLabels, state, trans } = c.model;
  return { templates: c.templates, families: c.families, rawVocab: c.rawVocab, table: c.table, values: c.values, minA: c.minA, maxB: c.maxB, model: { labels, numLabels, state, trans } };
}

/** A packed compile made whole again; `options.dictionary` must be compiled already (or absent). */
export function unpackFeatures(p: PackedFeatures, options: FeaturizerOptions): CompiledFeatures {
  const dictionary = options.dictionary && 'vocab' in options.dictionary ? options.dictionary : null;
  return {
    ...p, options, dictionary, model: { ...p.model, attributes: new Map() }, syllables: new Map(),
    scratch: emptyScratch(),
  };
}

function applyFunction(fn: FeatureFunction, word: string, dict: CompiledDictionary | null): string {
  switch (fn) {
    case 'raw': return word;
    case 'lower': return word.toLowerCase();
    case 'isdigit': return DIGITS.test(word) ? 'True' : 'False';
    case 'istitle': return isTitle(word) ? 'True' : 'False';
    case 'isallcap': return word === word.toUpperCase() ? 'True' : 'False';
    case 'is_in_dict': return inDictionary(dict, word) ? 'True' : 'False';
  }
}

const DIGITS = /^\d+$/;
const PLAIN = /^[\p{L}\p{N}]+$/u;

/** What the features need to know about one syllable, computed once per distinct syllable. */
interface SyllableInfo {
  lower: string; inDict: boolean; title: boolean; plain: boolean; digit: boolean; allCap: boolean;
  /** id in the dictionary's syllables, -1 when absent */
  dictId: number;
  /** id in the model's raw span syllables; -1 absent; -2 when the value would be cut at "=" */
  rawId: number;
  /** offset in `values` of each one-syllable word family's value (-1: none, -2: not asked yet) */
  single?: Int32Array;
}

const INFO_LIMIT = 100_000;

function syllableInfo(compiled: CompiledFeatures, word: string): SyllableInfo {
  let info = compiled.syllables.get(word);
  if (!info) {
    const lower = word.toLowerCase();
    const dict = compiled.dictionary;
    const dictId = dict && word !== '' ? dict.vocab.get(dict.key ? dict.key(lower) : lower) ?? -1 : -1;
    // words holding a space (POS/NER input) or values cut at "=" take the string path
    const cut = (compiled.options.cutValuesAtEquals && word.includes('=')) || word.includes(' ');
    info = {
      lower,
      dictId,
      rawId: cut || word === '' ? -2 : compiled.rawVocab.get(word) ?? -1,
      inDict: dict !== null && dictId >= 0 && dict.one[dictId] === 1,
      title: isTitle(word),
      plain: PLAIN.test(word),
      digit: DIGITS.test(word),
      allCap: word === word.toUpperCase(),
    };
    if (compiled.syllables.size >= INFO_LIMIT) compiled.syllables.clear();
    compiled.syllables.set(word, info);
  }
  return info;
}

/** Value of a column-0 family at position p (before masking and cutting). */
function wordFamilyValue(fam: Family, words: readonly string[], infos: SyllableInfo[], p: number, dict: CompiledDictionary | null, inDictSpan: boolean): string {
  const len = fam.len;
  if (len === 1) {
    const info = infos[p]!;
    switch (fam.fn) {
      case 'raw': return words[p]!;
      case 'lower': return info.lower;
      case 'isdigit': return info.digit ? 'True' : 'False';
      case 'istitle': return info.title ? 'True' : 'False';
      case 'isallcap': return info.allCap ? 'True' : 'False';
      case 'is_in_dict': return info.inDict ? 'True' : 'False';
    }
  }
  if (fam.fn === 'is_in_dict') return inDictSpan ? 'True' : 'False';
  if (fam.fn === 'istitle') {
    // title-case works word by word on plain letter/digit words (see title-case.ts)
    let plain = true;
    let title = true;
    for (let k = 0; k < len; k++) { plain &&= infos[p + k]!.plain; title &&= infos[p + k]!.title; }
    if (plain) return title ? 'True' : 'False';
    // no-case turns every character that is not a letter or digit into a space (or drops it at
    // the ends), so a span holding one never equals its title case: no regex needed
    return 'False';
  }
  let span = words[p]!;
  for (let k = 1; k < len; k++) span += ' ' + words[p + k]!;
  return applyFunction(fam.fn, span, dict);
}

/**
 * State scores of a sentence: `out[t * L + l]`, summed in template order as CRFsuite does.
 * @param columns `columns[c][i]`: column c (0 = the words) of item i.
 * @param lowerOut when given, receives the lower-cased words.
 * @param stateOut when it holds n * L items, the scores are written there (from 0) and it is returned.
 */
export function scoreSentence(compiled: CompiledFeatures, columns: readonly (readonly string[])[], lowerOut?: string[], stateOut?: Float64Array): Float64Array {
  const { families, options, model } = compiled;
  const L = model.numLabels;
  const words = columns[0]!;
  const n = words.length;
  const dict = compiled.dictionary;
  const infos: SyllableInfo[] = new Array(n);
  for (let i = 0; i < n; i++) infos[i] = syllableInfo(compiled, words[i]!);
  // the lower-cased words, memoized per syllable, for the rules after the CRF (toLowerCase on
  // two-byte strings is a slow runtime call in V8)
  if (lowerOut) for (let i = 0; i < n; i++) lowerOut[i] = infos[i]!.lower;
  // dictionary membership of 2- and 3-syllable spans, by syllable ids
  const scratch = grow(compiled, n);
  const dict2 = scratch.dict2.fill(0, 0, n);
  const dict3 = scratch.dict3.fill(0, 0, n);
  if (dict) {
    for (let p = 0; p + 1 < n; p++) {
      const found = spanEntries(dict, infos[p]!.dictId, infos[p + 1]!.dictId, p + 2 < n ? infos[p + 2]!.dictId : -1);
      if (found & 1) dict2[p] = 1;
      if (found & 2) dict3[p] = 1;
    }
  }

  const R = compiled.rawVocab.size;
  const familyIds = scratch.ids;
  const values = compiled.values;
  const C = scratch.capacity;
  for (let f = 0; f < families.length; f++) {
    const fam = families[f]!;
    const count = n - fam.len + 1;
    const base = f * C;
    // ids of family f at position p
    const idsTrue = fam.ids.get('True');
    const idsFalse = fam.ids.get('False');
    const idsAt = (p: number): number | undefined => {
      if (fam.numeric) {
        // raw span of column 0: masked, looked up by syllable ids, or (rarely) by string
        if (fam.len === 2 && options.maskDictionaryWords && dict2[p]) { return fam.ids.get('-'); }
        let ok = true;
        let special = false;
        for (let k = 0; k < fam.len; k++) {
          const id = infos[p + k]!.rawId;
          if (id < 0) { ok = false; special ||= id === -2; }
        }
        if (ok) {
          const ab = infos[p]!.rawId * R + infos[p + 1]!.rawId;
          if (!fam.pairIndex) return fam.numeric.get(ab);
          const index = fam.pairIndex.get(ab);
          return index === undefined ? undefined : fam.numeric.get(index * R + infos[p + 2]!.rawId);
        }
        if (!special) return undefined;
      }
      // spans' dictionary and title tests: a boolean, looked up without building "True"/"False"
      if (fam.col === 0 && fam.len > 1 && fam.fn === 'is_in_dict') return (fam.len === 2 ? dict2[p] === 1 : fam.len === 3 && dict3[p] === 1) ? idsTrue : idsFalse;
      if (fam.col === 0 && fam.len > 1 && fam.fn === 'istitle') {
        let plain = true;
        let title = true;
        for (let k = 0; k < fam.len; k++) { plain &&= infos[p + k]!.plain; title &&= infos[p + k]!.title; }
        return plain && title ? idsTrue : idsFalse;
      }
      let value: string;
      if (fam.col === 0) {
        const inSpan = fam.len === 2 ? dict2[p] === 1 : fam.len === 3 ? dict3[p] === 1 : false;
        const masked = options.maskDictionaryWords
          && ((fam.len === 1 && (fam.fn === 'raw' || fam.fn === 'lower') && infos[p]!.inDict)
            || (fam.len === 2 && fam.fn === 'raw' && inSpan));
        value = masked ? '-' : wordFamilyValue(fam, words, infos, p, dict, inSpan);
      } else {
        const src = columns[fam.col]!;
        let span = src[p]!;
        for (let k = 1; k < fam.len; k++) span += ' ' + src[p + k]!;
        value = applyFunction(fam.fn, span, dict);
      }
      if (options.cutValuesAtEquals) {
        const eq = value.indexOf('=');
        if (eq >= 0) value = value.slice(0, eq);
      }
      return fam.ids.get(value);
    };
    // the common families in loops of their own (the closure above is the general path)
    if (fam.numeric && (fam.len === 2 || fam.len === 3)) {
      const numeric = fam.numeric;
      const pairIndex = fam.pairIndex;
      const maskable = fam.len === 2 && options.maskDictionaryWords;
      const dash = fam.ids.get('-') ?? -1;
      for (let p = 0; p < count; p++) {
        if (maskable && dict2[p]) { familyIds[base + p] = dash; continue; }
        const a = infos[p]!.rawId;
        const b = infos[p + 1]!.rawId;
        if (fam.len === 2) {
          if (a >= 0 && b >= 0) { familyIds[base + p] = numeric.get(a * R + b) ?? -1; continue; }
        } else {
          const c = infos[p + 2]!.rawId;
          if (a >= 0 && b >= 0 && c >= 0) {
            const index = pairIndex!.get(a * R + b);
            familyIds[base + p] = index === undefined ? -1 : numeric.get(index * R + c) ?? -1;
            continue;
          }
        }
        familyIds[base + p] = idsAt(p) ?? -1; // a syllable outside the model's spans, or one cut at "="
      }
      continue;
    }
    if (fam.col === 0 && (fam.len === 2 || fam.len === 3) && (fam.fn === 'is_in_dict' || fam.fn === 'istitle')) {
      const yes = idsTrue ?? -1;
      const no = idsFalse ?? -1;
      if (fam.fn === 'is_in_dict') {
        const spans = fam.len === 2 ? dict2 : dict3;
        for (let p = 0; p < count; p++) familyIds[base + p] = spans[p] === 1 ? yes : no;
      } else {
        for (let p = 0; p < count; p++) {
          let title = true;
          for (let k = 0; k < fam.len && title; k++) { const info = infos[p + k]!; title = info.plain && info.title; }
          familyIds[base + p] = title ? yes : no;
        }
      }
      continue;
    }
    const single = fam.len === 1 && fam.col === 0;
    for (let p = 0; p < count; p++) {
      if (!single) { familyIds[base + p] = idsAt(p) ?? -1; continue; }
      // one-syllable values of the words depend on the syllable only: computed once per syllable
      const info = infos[p]!;
      const cache = (info.single ??= new Int32Array(families.length).fill(-2));
      let offset = cache[f]!;
      if (offset === -2) { offset = idsAt(p) ?? -1; cache[f] = offset; }
      familyIds[base + p] = offset;
    }
  }

  const state = stateOut && stateOut.length >= n * L ? stateOut.fill(0, 0, n * L) : new Float64Array(n * L);
  const weights = model.state;
  const table = compiled.table;
  const T6 = table.length;
  const K = T6 / 6;
  // each state cell sums its weights in template order (CRFsuite's order: the same doubles); with
  // two labels the sums run in two locals, and inside the sentence (every template's span in
  // range) without bounds tests: `at[k] + i` indexes the family's value of template k
  const at = scratch.at;
  const { minA, maxB } = compiled;
  const innerStart = Math.max(0, -minA);
  const innerEnd = n - Math.max(0, maxB);
  for (let i = 0; i < n; i++) {
    const row = i * L;
    if (L === 2 && i >= innerStart && i < innerEnd) {
      let s0 = 0;
      let s1 = 0;
      for (let k = 0; k < K; k++) {
        const offset = familyIds[at[k]! + i]!;
        if (offset < 0) continue;
        const w = offset + table[k * 6 + 3]! * 2;
        s0 += values[w]!;
        s1 += values[w + 1]!;
      }
      state[row] = s0;
      state[row + 1] = s1;
      continue;
    }
    for (let k = 0; k < T6; k += 6) {
      const pos = i + table[k]!;
      if (pos >= 0 && pos < n && i + table[k + 1]! < n) {
        const offset = familyIds[table[k + 2]! * C + pos]!;
        if (offset < 0) continue;
        const w = offset + table[k + 3]! * L;
        for (let l = 0; l < L; l++) state[row + l] += values[w + l]!;
        continue;
      }
      const id = pos < 0 ? table[k + 4]! : table[k + 5]!;
      if (id < 0) continue;
      const w = id * L;
      for (let l = 0; l < L; l++) state[row + l] += weights[w + l]!;
    }
  }
  return state;
}
