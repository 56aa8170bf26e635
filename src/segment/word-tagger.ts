/**
 * Word segmentation as B/I tagging of syllables with vntk's word model, read in TypeScript.
 *
 * Modes:
 * - `vntk`: exactly what vntk's `wordTokenizer` computes (Viet74K as is, previous-tag columns
 *   filled with "X", which matches no attribute), for parity.
 * - `best`: the previous-tag features the model was trained with (`T[-1][1]`, `T[-2][1]` hold the
 *   gold B/I tags in training) decoded exactly by second-order Viterbi, and dictionary lookups
 *   through the tone-style shadow plus the user lexicon, less the entries UD-VTB splits
 *   (not-words.ts); then the merge rules and UD-VTB's conventions (conventions.ts).
 */
import { viet74k } from './dictionary.js';
import { fileURLToPath } from 'node:url';
import { loadUserLexicon, USER_LEXICON_FILES } from './user-lexicon.js';
import { toToneStyle } from '../text/tone-style.js';
import { loadVntkModel } from './crf/load-model.js';
import { compileTemplates, packFeatures, scoreSentence, unpackFeatures, type CompiledFeatures, type FeaturizerOptions, type PackedFeatures, type WordDictionary } from './crf/featurize.js';
import { compileDictionary, packDictionary, unpackDictionary, type CompiledDictionary, type PackedDictionary } from './crf/compiled-dictionary.js';
import { codeFiles, readThrough } from './startup-cache.js';
import { viet74kPath, vntkModelPath } from './vntk-files.js';
import { NOT_WORDS_FILE, loadNotWords } from './not-words.js';
import { viterbi, viterbiWithHistory } from './crf/viterbi.js';
import { mergeNames } from './merge-names.js';
import { mergeNumbers } from './merge-numbers.js';
import { mergeLongWords } from './merge-long-words.js';
import { applyConventions } from './conventions.js';

/** vntk lib/word_tokenizer/index.js `template`. */
export const WORD_TEMPLATES = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[-1].isdigit', 'T[0].isdigit', 'T[1].isdigit',
  'T[-1].istitle', 'T[0].istitle', 'T[1].istitle', 'T[0,1].istitle', 'T[0,2].istitle',
  'T[-2].is_in_dict', 'T[-1].is_in_dict', 'T[0].is_in_dict', 'T[1].is_in_dict', 'T[2].is_in_dict',
  'T[-2,-1].is_in_dict', 'T[-1,0].is_in_dict', 'T[0,1].is_in_dict', 'T[1,2].is_in_dict',
  'T[-2,0].is_in_dict', 'T[-1,1].is_in_dict', 'T[0,2].is_in_dict',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-2,0]', 'T[-1,1]', 'T[0,2]',
  'T[-2][1]', 'T[-1][1]',
] as const;

export interface WordTaggerOptions {
  /** @default 'best' */
  mode?: 'vntk' | 'best';
  /** Dictionary lookups through the tone-style shadow (best mode). @default true */
  toneShadow?: boolean;
  /** Add the user lexicon of corpus/lexicon (best mode). @default true */
  userLexicon?: boolean;
  /**
   * Leave out of the dictionary the entries UD-VTB splits, corpus/lexicon/segment-not-words.tsv, or
   * the given set (lower-cased, new tone style; for learning and tests) (best mode). @default true
   */
  notWords?: boolean | ReadonlySet<string>;
  /** Use the model's previous-tag features (best mode). @default true */
  previousTags?: boolean;
  /** Join runs of title-case syllables into one word, as UD-VTB writes names (best mode). @default true */
  mergeNames?: boolean;
  /** Join a number with its scale word ("4 triệu") or spaced separators ("28 . 000") (best mode). @default true */
  mergeNumbers?: boolean;
  /** Join predicted words that together spell a Viet74K entry of 4+ syllables (best mode). @default true */
  mergeLongWords?: boolean;
  /** Apply UD-VTB's word conventions of corpus/lexicon/segment-conventions.tsv, last (best mode). @default true */
  conventions?: boolean;
}

interface Tagger { compiled: CompiledFeatures; history: { hist1: Float64Array; hist2: Float64Array } | null }

const taggers = new Map<string, Tagger>();
/** Taggers built with a caller's not-word set, dropped with the set. */
const taggersBySet = new WeakMap<ReadonlySet<string>, Map<string, Tagger>>();

function wordDictionary(useShadow: boolean, useLexicon: boolean, notWords: ReadonlySet<string> | null): WordDictionary {
  // the not-words come out of Viet74K only: the user lexicon is the project's explicit choice
  let words: Iterable<string> = notWords && notWords.size > 0
    ? [...viet74k()].filter((w) => !notWords.has(toToneStyle(w, 'new')))
    : viet74k();
  if (useLexicon) words = [...words, ...loadUserLexicon()];
  return useShadow ? { words, key: (lower) => toToneStyle(lower, 'new') } : { words };
}

/** The files a tagger is compiled from: the model, its word lists and the code that reads and compiles them. */
function taggerInputs(): string[] {
  const code = codeFiles(import.meta.url, ['./word-tagger', './crf/featurize', './crf/read-model', './crf/compiled-dictionary', './dictionary', './user-lexicon', './not-words', '../text/tone-style', '../text/vowels', './title-case']);
  return [vntkModelPath('word_tokenizer'), viet74kPath(), ...USER_LEXICON_FILES, NOT_WORDS_FILE, ...code, fileURLToPath(new URL('../../package.json', import.meta.url))];
}

/** A tagger as the start-up cache keeps it. */
interface PackedTagger { features: PackedFeatures; dictionary: PackedDictionary; history: Tagger['history'] }

function isPackedTagger(v: unknown): boolean {
  const p = v as PackedTagger | null;
  return typeof p === 'object' && p !== null && p.features?.values instanceof Float64Array && p.features.model?.state instanceof Float64Array
    && typeof p.dictionary?.vocab === 'string' && p.dictionary.third instanceof Int32Array && p.dictionary.nextStart instanceof Int32Array;
}

/**
 * The tagger of a configuration: compiled (~0.15 s: Viet74K and the lexicon, the model's 11K
 * attributes), or read back from the start-up cache (~10 ms) when its inputs are files.
 */
function buildTagger(shadow: boolean, lexicon: boolean, previous: boolean, option: boolean | ReadonlySet<string>): Tagger {
  const options = (dictionary: CompiledDictionary): FeaturizerOptions => ({
    dictionary, maskDictionaryWords: true, cutValuesAtEquals: true, skipColumns: previous ? new Set([1]) : undefined,
  });
  const compile = (): Tagger => {
    const notWords = option === true ? loadNotWords() : option === false ? null : option;
    const compiled = compileTemplates(loadVntkModel('word_tokenizer'), WORD_TEMPLATES, options(compileDictionary(wordDictionary(shadow, lexicon, notWords))));
    return { compiled, history: previous ? historyTables(compiled) : null };
  };
  if (typeof option === 'object') return compile(); // a caller's set: nothing on disk to key on
  // only the two configurations the tool runs are kept on disk (~3.4 MB each); the ablations of
  // bench-segment and the learning scripts compile as they always did
  const usual = (shadow && lexicon && previous && option === true) || (!shadow && !lexicon && !previous && option === false);
  if (!usual) return compile();
  const name = `segment-tagger-${shadow ? 'shadow' : 'plain'}-${lexicon ? 'lexicon' : 'viet74k'}-${previous ? 'history' : 'x'}-${option ? 'less' : 'all'}`;
  let built = null as Tagger | null; // (a cast: assigned in the callback, which narrowing does not follow)
  const packed = readThrough<PackedTagger>(name, taggerInputs(), () => {
    built = compile();
    return { features: packFeatures(built.compiled), dictionary: packDictionary(built.compiled.dictionary!), history: built.history };
  }, isPackedTagger);
  if (built) return built;
  const dictionary = unpackDictionary(packed.dictionary, shadow ? (lower) => toToneStyle(lower, 'new') : undefined);
  return { compiled: unpackFeatures(packed.features, options(dictionary)), history: packed.history };
}

function historyTables(compiled: CompiledFeatures): { hist1: Float64Array; hist2: Float64Array } {
  const { model } = compiled;
  const L = model.numLabels;
  const table = (name: string): Float64Array => {
    const out = new Float64Array((L + 1) * L);
    for (let p = 0; p <= L; p++) {
      const value = p === L ? 'BOS' : model.labels[p]!;
      const id = model.attributes.get(`${name}=${value}`);
      if (id === undefined) continue;
      for (let j = 0; j < L; j++) out[p * L + j] = model.state[id * L + j]!;
    }
    return out;
  };
  return { hist1: table('T[-1][1]'), hist2: table('T[-2][1]') };
}

/**
 * The last options seen and their tagger: batches call with one options object, sentence after
 * sentence. The fields that choose a tagger are compared too (a caller may change the object).
 */
let last: { options: WordTaggerOptions; fields: unknown[]; tagger: Tagger } | null = null;

const fieldsOf = (o: WordTaggerOptions): unknown[] => [o.mode, o.toneShadow, o.userLexicon, o.previousTags, o.notWords];

function getTagger(options: WordTaggerOptions): Tagger {
  if (last && last.options === options) {
    const f = last.fields;
    if (f[0] === options.mode && f[1] === options.toneShadow && f[2] === options.userLexicon && f[3] === options.previousTags && f[4] === options.notWords) return last.tagger;
  }
  const tagger = findTagger(options);
  last = { options, fields: fieldsOf(options), tagger };
  return tagger;
}

function findTagger(options: WordTaggerOptions): Tagger {
  const mode = options.mode ?? 'best';
  const shadow = mode === 'best' && (options.toneShadow ?? true);
  const lexicon = mode === 'best' && (options.userLexicon ?? true);
  const previous = mode === 'best' && (options.previousTags ?? true);
  const option = mode === 'best' ? options.notWords ?? true : false;
  let cache = taggers;
  if (typeof option === 'object') {
    cache = taggersBySet.get(option) ?? new Map();
    taggersBySet.set(option, cache);
  }
  const key = `${shadow}/${lexicon}/${previous}/${option === false ? 'all' : 'less'}`;
  let tagger = cache.get(key);
  if (!tagger) {
    tagger = buildTagger(shadow, lexicon, previous, option);
    labels = tagger.compiled.model.labels;
    cache.set(key, tagger);
  }
  return tagger;
}

/** The previous-tag column as vntk fills it ("X" everywhere), shared: only its first n items are read. */
let filler: string[] = new Array<string>(256).fill('X');

/** State scores of the sentence being tagged, reused (only its first n * L items are read). */
let stateBuf = new Float64Array(512);

/** B/I tags ("BW"/"IW" label ids: 0 begins a word, 1 continues it) for a sentence of syllables. */
export function tagSyllables(syllables: readonly string[], options: WordTaggerOptions = {}): Int32Array {
  if (syllables.length === 0) return new Int32Array(0);
  const tagger = getTagger(options);
  const { model } = tagger.compiled;
  if (filler.length < syllables.length) filler = new Array<string>(syllables.length * 2).fill('X');
  const lower: string[] = new Array<string>(syllables.length);
  if (stateBuf.length < syllables.length * model.numLabels) stateBuf = new Float64Array(syllables.length * model.numLabels * 2);
  const state = scoreSentence(tagger.compiled, [syllables, filler], lower, stateBuf);
  const tags = tagger.history
    ? viterbiWithHistory(state, model.trans, model.numLabels, syllables.length, tagger.history.hist1, tagger.history.hist2)
    : viterbi(state, model.trans, model.numLabels, syllables.length);
  if ((options.mode ?? 'best') === 'best' && (options.mergeNames ?? true)) {
    mergeNames(syllables, tags, model.labels.indexOf('BW'), model.labels.indexOf('IW'));
  }
  if ((options.mode ?? 'best') === 'best' && (options.mergeLongWords ?? true)) {
    mergeLongWords(syllables, tags, model.labels.indexOf('BW'), model.labels.indexOf('IW'), lower);
  }
  if ((options.mode ?? 'best') === 'best' && (options.mergeNumbers ?? true)) {
    mergeNumbers(syllables, tags, model.labels.indexOf('BW'), model.labels.indexOf('IW'));
  }
  if ((options.mode ?? 'best') === 'best' && (options.conventions ?? true)) {
    applyConventions(syllables, tags, model.labels.indexOf('BW'), model.labels.indexOf('IW'), undefined, lower);
  }
  return tags;
}

/** The word model's labels, once a tagger is built (it may come from the cache, without the model file). */
let labels: string[] | null = null;

/** Label strings of the word model ("BW", "IW"). */
export function wordLabels(): string[] {
  return labels ?? loadVntkModel('word_tokenizer').labels;
}

/** Group syllables into words ("Hà", "Nội" → "Hà Nội") from their tags. */
export function groupWords(syllables: readonly string[], tags: Int32Array): number[][] {
  const insideId = wordLabels().indexOf('IW');
  const groups: number[][] = [];
  for (let i = 0; i < syllables.length; i++) {
    if (tags[i] === insideId && groups.length > 0) groups[groups.length - 1]!.push(i);
    else groups.push([i]);
  }
  return groups;
}
