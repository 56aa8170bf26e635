import test from 'ava';
import { learnConventions, learnNotWords } from './learn-conventions.js';
import type { ConlluSentence } from './read-conllu.js';

/** A treebank sentence from "_"-joined gold words, and the segmenter's tags from its own words. */
function pair(gold: string, predicted: string): { sentence: ConlluSentence; tags: Int32Array } {
  const words: [number, number][] = [];
  const syllables: string[] = [];
  for (const w of gold.split(' ')) {
    const parts = w.split('_');
    words.push([syllables.length, syllables.length + parts.length]);
    syllables.push(...parts);
  }
  const tags = Int32Array.from(predicted.split(' ').flatMap((w) => w.split('_').map((_, k) => (k === 0 ? 0 : 1))));
  if (tags.length !== syllables.length) throw new Error('gold and predicted syllables differ');
  return { sentence: { id: 'x', syllables, words }, tags };
}

const data = [
  pair('Ông Hải cho biết giá tăng .', 'Ông Hải cho_biết giá tăng .'),
  pair('bà Lan cho biết sẽ về .', 'bà Lan cho_biết sẽ về .'),
  pair('Giám_đốc cho biết như_vậy .', 'Giám_đốc cho_biết như_vậy .'),
  pair('Con_gái bà học lớp 3 .', 'Con gái bà học lớp 3 .'),
  pair('hai con_gái đã lớn .', 'hai con gái đã lớn .'),
  pair('con gái_út', 'con gái_út'),
  pair('ông Minh sang thăm .', 'ông Minh sang thăm .'),
  pair('anh Minh_sang rồi .', 'anh Minh sang rồi .'),
  pair('Minh_sang đi rồi .', 'Minh sang đi rồi .'),
];
const sentences = data.map((d) => d.sentence);
const tags = data.map((d) => d.tags);

test('learns a split the treebank makes every time the model joins', (t) => {
  const learned = learnConventions(sentences, tags, 1, { minCount: 3, minAgreement: 0.8 });
  t.deepEqual(learned.find((e) => e.form === 'cho biết'), { form: 'cho biết', words: 'cho | biết', occurrences: 3, agreeing: 3 });
  // "như vậy" was right: nothing to learn
  t.is(learned.find((e) => e.form === 'như vậy'), undefined);
});

test('learns a join only with enough agreement', (t) => {
  // "con gái": joined by the treebank in 2 of the 3 places the model split it
  t.is(learnConventions(sentences, tags, 1, { minCount: 2, minAgreement: 0.8 }).find((e) => e.form === 'con gái'), undefined);
  t.deepEqual(learnConventions(sentences, tags, 1, { minCount: 2, minAgreement: 0.6 }).find((e) => e.form === 'con gái'),
    { form: 'con gái', words: 'con gái', occurrences: 3, agreeing: 2 });
});

test('names are not conventions, even where the treebank writes them in lower case', (t) => {
  const learned = learnConventions(sentences, tags, 1, { minCount: 1, minAgreement: 0.5 });
  t.is(learned.find((e) => e.form === 'minh sang'), undefined);
});

test('learnNotWords counts dictionary entries the treebank splits', (t) => {
  const dictionary = new Set(['cho biết', 'như vậy', 'con gái', 'giám đốc']);
  const learned = learnNotWords(sentences, dictionary, { minCount: 2, minAgreement: 0.8 });
  t.deepEqual(learned, [{ form: 'cho biết', occurrences: 3, split: 3 }]);
  const loose = learnNotWords(sentences, dictionary, { minCount: 1, minAgreement: 0.3 });
  t.deepEqual(loose.map((e) => e.form), ['cho biết', 'con gái']);
  t.deepEqual(loose[1], { form: 'con gái', occurrences: 3, split: 1 });
});
