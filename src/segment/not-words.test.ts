import test from 'ava';
import { loadNotWords, parseNotWords } from './not-words.js';
import { groupWords, tagSyllables } from './word-tagger.js';

function words(sentence: string, options: Parameters<typeof tagSyllables>[1]): string[] {
  const syllables = sentence.split(' ');
  return groupWords(syllables, tagSyllables(syllables, options)).map((g) => g.map((i) => syllables[i]).join('_'));
}

test('parseNotWords: first column, lower case, new tone style; comments and header skipped', (t) => {
  const set = parseNotWords('# source line\nform\toccurrences\tsplit\nCho biết\t36\t36\nthủy thủ\t1\t1\n');
  t.deepEqual([...set].sort(), ['cho biết', 'thuỷ thủ']);
});

test('a not-word leaves the dictionary the CRF sees: "như vậy" splits', (t) => {
  const sentence = 'Như vậy , ông Tâm đã hoàn thành nhiệm vụ .';
  t.deepEqual(words(sentence, { notWords: false, conventions: false }).slice(0, 2), ['Như_vậy', ',']);
  t.deepEqual(words(sentence, { notWords: new Set(['như vậy']), conventions: false }).slice(0, 3), ['Như', 'vậy', ',']);
  // the rest of the sentence is untouched
  t.true(words(sentence, { notWords: new Set(['như vậy']), conventions: false }).includes('nhiệm_vụ'));
});

test('vntk mode ignores the not-words', (t) => {
  const sentence = 'Như vậy , ông Tâm đã hoàn thành nhiệm vụ .';
  t.deepEqual(words(sentence, { mode: 'vntk', notWords: new Set(['như vậy']) }), words(sentence, { mode: 'vntk' }));
});

test('the shipped list (learned from UD-VTB dev) has the press phrases UD-VTB splits', (t) => {
  const list = loadNotWords();
  t.true(list.has('cho biết'));
  t.true(list.has('như vậy'));
  t.false(list.has('kiểm tra'));
  t.deepEqual(words('Như vậy , giá xăng đã tăng .', {}).slice(0, 2), ['Như', 'vậy']);
});
