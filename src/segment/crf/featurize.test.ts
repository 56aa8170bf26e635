import test from 'ava';
import { createRequire } from 'node:module';
import { viet74k } from '../dictionary.js';
import { WORD_TEMPLATES } from '../word-tagger.js';
import { compileTemplates, scoreSentence } from './featurize.js';
import { loadVntkModel } from './load-model.js';

const require = createRequire(import.meta.url);
/** vntk's own feature extraction (pure JavaScript; its tagger needs native CRFsuite, which we never load). */
const vntkFeatures = require('vntk/lib/features') as { word2features(sent: string[][], i: number, template: readonly string[]): string[] };

/** vntk's WordTokenizer.transform (lib/word_tokenizer/index.js), line for line, for one sentence. */
function vntkAttributes(syllables: string[]): string[][] {
  const tokens = syllables.map((s) => [s, 'X']);
  return tokens.map((_, i) => {
    const features: Record<string, string> = {};
    for (const item of vntkFeatures.word2features(tokens, i, WORD_TEMPLATES)) {
      const k = item.split('=');
      features[k[0]!] = k[1]!;
    }
    for (let j = -2; j < 3; j++) {
      if (features[`T[${j}].is_in_dict`] === 'True') { features[`T[${j}]`] = '-'; features[`T[${j}].lower`] = '-'; }
    }
    for (let j = -2; j < 2; j++) {
      if (features[`T[${j},${j + 1}].is_in_dict`] === 'True') features[`T[${j},${j + 1}]`] = '-';
    }
    return Object.keys(features).map((key) => `${key}=${features[key]}`);
  });
}

/** CRFsuite's state scores: each item's attributes in order, each adding its weight to every label. */
function referenceState(syllables: string[]): Float64Array {
  const model = loadVntkModel('word_tokenizer');
  const L = model.numLabels;
  const state = new Float64Array(syllables.length * L);
  vntkAttributes(syllables).forEach((attributes, t) => {
    for (const a of attributes) {
      const id = model.attributes.get(a);
      if (id === undefined) continue;
      for (let l = 0; l < L; l++) state[t * L + l] += model.state[id * L + l]!;
    }
  });
  return state;
}

const compiled = compileTemplates(loadVntkModel('word_tokenizer'), WORD_TEMPLATES, {
  dictionary: { words: viet74k() }, maskDictionaryWords: true, cutValuesAtEquals: true,
});

const SENTENCES = [
  // dictionary words of two and three syllables, names, a number, punctuation
  'Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn Minh cho biết năm 2021 tỉnh thu ngân sách 19.200 tỷ đồng .',
  // sentence edges: one, two and three items (every template at BOS or EOS)
  'Hà',
  'Hà Nội',
  'Thủ tướng phát biểu',
  // a value holding "=", all capitals, a title-case span, a digit run, a syllable no template knows
  'Chỉ số a=b tăng 16 % so với năm 2019 , theo BÁO CÁO của Tổng cục Thống kê và Xzqwv .',
];

for (const sentence of SENTENCES) {
  test(`state scores are CRFsuite's doubles, summed in vntk's attribute order: "${sentence.slice(0, 40)}"`, (t) => {
    const syllables = sentence.split(' ');
    const filler = syllables.map(() => 'X');
    const ours = scoreSentence(compiled, [syllables, filler]);
    const reference = referenceState(syllables);
    t.is(ours.length, reference.length);
    // exact equality, bit for bit: a different order of additions would differ in the last bits
    t.deepEqual([...ours], [...reference]);
    t.true(reference.some((x) => x !== 0));
  });
}

test('a reused state buffer gives the same scores as a fresh one, after a longer sentence', (t) => {
  const long = SENTENCES[0]!.split(' ');
  const short = SENTENCES[3]!.split(' ');
  const buffer = new Float64Array(long.length * 2 + 8);
  scoreSentence(compiled, [long, long.map(() => 'X')], undefined, buffer);
  const reused = scoreSentence(compiled, [short, short.map(() => 'X')], undefined, buffer);
  t.is(reused, buffer);
  t.deepEqual([...reused.subarray(0, short.length * 2)], [...referenceState(short)]);
});
