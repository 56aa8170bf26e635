/**
 * Part of speech, chunks and named entities with vntk's other CRF models, read by the same reader.
 * vntk chains them: POS reads the words, chunking the words and POS tags, NER the words, POS and
 * chunk tags; the label column each model predicts is filled with "X" (as vntk does).
 */
import { loadVntkModel } from './crf/load-model.js';
import { compileTemplates, scoreSentence, type CompiledFeatures } from './crf/featurize.js';
import { viterbi } from './crf/viterbi.js';
import type { VntkModelName } from './vntk-files.js';

/** vntk lib/pos_tag/index.js `template`. */
export const POS_TEMPLATES = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[0].istitle', 'T[-1].istitle', 'T[1].istitle',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-3][1]', 'T[-2][1]', 'T[-1][1]',
  'T[-3,-2][1]', 'T[-2,-1][1]',
] as const;

/** vntk lib/chunking/index.js `template`. */
export const CHUNK_TEMPLATES = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[0].istitle', 'T[-1].istitle', 'T[1].istitle',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-2][1]', 'T[-1][1]', 'T[0][1]', 'T[1][1]', 'T[2][1]',
  'T[-2,-1][1]', 'T[-1,0][1]', 'T[0,1][1]', 'T[1,2][1]',
  'T[-3][2]', 'T[-2][2]', 'T[-1][2]',
] as const;

/** vntk lib/ner/index.js `template`. */
export const NER_TEMPLATES = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[0].istitle', 'T[-1].istitle', 'T[1].istitle', 'T[-2].istitle', 'T[2].istitle',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-2][1]', 'T[-1][1]', 'T[0][1]', 'T[1][1]', 'T[2][1]',
  'T[-2,-1][1]', 'T[-1,0][1]', 'T[0,1][1]', 'T[1,2][1]',
  'T[-3][3]', 'T[-2][3]', 'T[-1][3]',
] as const;

const compiledModels = new Map<VntkModelName, CompiledFeatures>();

function compiled(name: VntkModelName, templates: readonly string[]): CompiledFeatures {
  let c = compiledModels.get(name);
  if (!c) {
    c = compileTemplates(loadVntkModel(name), templates);
    compiledModels.set(name, c);
  }
  return c;
}

function run(c: CompiledFeatures, columns: string[][]): string[] {
  const n = columns[0]!.length;
  if (n === 0) return [];
  const tags = viterbi(scoreSentence(c, columns), c.model.trans, c.model.numLabels, n);
  return Array.from(tags, (t) => c.model.labels[t]!);
}

/** POS tags (VLSP tag set: N, Np, V, A, …) of words ("Hà Nội" with its space). */
export function tagPos(words: readonly string[]): string[] {
  const filler = words.map(() => 'X');
  return run(compiled('pos_tag', POS_TEMPLATES), [[...words], filler]);
}

/** Chunk tags (B-NP, I-VP, O, …) from words and their POS tags. */
export function tagChunks(words: readonly string[], pos: readonly string[]): string[] {
  const filler = words.map(() => 'X');
  return run(compiled('chunking', CHUNK_TEMPLATES), [[...words], [...pos], filler]);
}

/** Named-entity tags (B-PER, I-LOC, O, …) from words, POS and chunk tags. */
export function tagEntities(words: readonly string[], pos: readonly string[], chunks: readonly string[]): string[] {
  const filler = words.map(() => 'X');
  return run(compiled('ner', NER_TEMPLATES), [[...words], [...pos], [...chunks], filler]);
}
