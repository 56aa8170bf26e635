import test from 'ava';
import { viterbi, viterbiWithHistory } from './viterbi.js';

test('viterbi picks the best path with transitions (hand-computed)', (t) => {
  // 2 labels, 3 items. state: item0 [1, 0], item1 [0, 0.5], item2 [0.2, 0]
  // trans: 0→0 0, 0→1 1, 1→0 0, 1→1 -2
  const state = Float64Array.from([1, 0, 0, 0.5, 0.2, 0]);
  const trans = Float64Array.from([0, 1, 0, -2]);
  // paths: 0,1,0 = 1 + 1 + 0.5 + 0 + 0.2 = 2.7 (best); 0,0,0 = 1.2; 0,1,1 = 1+1+0.5-2 = 0.5
  t.deepEqual(Array.from(viterbi(state, trans, 2, 3)), [0, 1, 0]);
});

test('viterbi breaks ties toward the lower label, as CRFsuite does', (t) => {
  const state = Float64Array.from([0.5, 0.5, 0.5, 0.5]);
  const trans = Float64Array.from([0, 0, 0, 0]);
  t.deepEqual(Array.from(viterbi(state, trans, 2, 2)), [0, 0]);
});

test('viterbi on an empty sentence returns no labels', (t) => {
  t.is(viterbi(new Float64Array(0), new Float64Array(4), 2, 0).length, 0);
});

test('second-order viterbi uses the labels one and two items back', (t) => {
  // Without history the states prefer [0, 0, 0]; hist2 rewards label 1 two items after label 0.
  const state = Float64Array.from([1, 0, 1, 0, 0.1, 0]);
  const trans = new Float64Array(4);
  const hist1 = new Float64Array(6);
  const hist2 = new Float64Array(6);
  t.deepEqual(Array.from(viterbiWithHistory(state, trans, 2, 3, hist1, hist2)), [0, 0, 0]);
  hist2[0 * 2 + 1] = 1; // label two back = 0 → +1 for label 1
  // [0,0,1]: 1 + 1 + 0 + 1 = 3 beats [0,0,0]: 2.1
  t.deepEqual(Array.from(viterbiWithHistory(state, trans, 2, 3, hist1, hist2)), [0, 0, 1]);
  hist1[2 * 2 + 1] = 5; // previous = BOS → +5 for label 1 on the first item
  t.is(viterbiWithHistory(state, trans, 2, 3, hist1, hist2)[0], 1);
});
