import test from 'ava';
import { readFileSync } from 'node:fs';
import { CrfModelError, readCrfModel } from './read-model.js';
import { vntkModelPath } from '../vntk-files.js';

test('reads vntk word model: labels, attributes, weights', (t) => {
  const model = readCrfModel(readFileSync(vntkModelPath('word_tokenizer')));
  t.deepEqual(model.labels, ['BW', 'IW']);
  t.is(model.numLabels, 2);
  t.is(model.attributes.size, 10969);
  // the model was trained with the previous tags as features
  t.true(model.attributes.has('T[-1][1]=BW'));
  t.true(model.attributes.has('T[-1][1]=IW'));
  t.false(model.attributes.has('T[-1][1]=X'));
  t.is(model.state.length, 10969 * 2);
  // transition weights, doubles read from unaligned offsets (crfsuite dump: IW --> IW 0.088722)
  t.is(model.trans[1 * 2 + 1], 0.08872205276499763);
  t.is(model.trans[1 * 2 + 0], -0.012654356471470524);
});

test('reads the NER model labels', (t) => {
  const model = readCrfModel(readFileSync(vntkModelPath('ner')));
  t.deepEqual(model.labels, ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']);
});

test('rejects a file that is not a CRFsuite model', (t) => {
  t.throws(() => readCrfModel(new TextEncoder().encode('Xin chào, đây không phải là mô hình CRF nào cả.'.repeat(3))), { instanceOf: CrfModelError });
});
