import test from 'ava';
import { applyConventions, conventionKey, looksLikeName, parseConventions } from './conventions.js';

const B = 0;
const I = 1;
const table = parseConventions([
  '# a comment line',
  'form\twords\toccurrences\tagreeing',
  'như vậy\tnhư | vậy\t6\t6',
  'con gái\tcon gái\t5\t5',
  'mất sức lao động\tmất | sức lao động\t2\t2',
  'hoà giải\thoà giải\t3\t3',
].join('\n'));

/** Words of a sentence given as "_"-joined words ("Như_vậy , ông"). */
function apply(sentence: string): string {
  const words = sentence.split(' ');
  const syllables = words.flatMap((w) => w.split('_'));
  const tags = Int32Array.from(words.flatMap((w) => w.split('_').map((_, k) => (k === 0 ? B : I))));
  applyConventions(syllables, tags, B, I, table);
  const out: string[] = [];
  syllables.forEach((s, i) => { if (tags[i] === I) out[out.length - 1] += '_' + s; else out.push(s); });
  return out.join(' ');
}

test('parseConventions keeps word lengths and both tone styles', (t) => {
  t.deepEqual(table.rules.get('như vậy'), [1, 1]);
  t.deepEqual(table.rules.get('mất sức lao động'), [1, 3]);
  t.deepEqual(table.rules.get('hòa giải'), [2]);
  t.deepEqual(table.rules.get('hoà giải'), [2]);
  t.is(table.maxSyllables, 4);
  t.true(table.firsts.has('con'));
  t.false(table.firsts.has('form'));
});

test('a split fires where the model wrote exactly that word, at any case', (t) => {
  t.is(apply('Như_vậy , ông Tâm đã đúng .'), 'Như vậy , ông Tâm đã đúng .');
  t.is(apply('người lao_động bị mất_sức_lao_động được hỗ_trợ'), 'người lao_động bị mất sức_lao_động được hỗ_trợ');
  // not a predicted word: "như vậy" inside "như_vậy_là" is left as the model wrote it
  t.is(apply('như_vậy_là đủ'), 'như_vậy_là đủ');
});

test('a join fires where the model did not write the word, and cuts the neighbours', (t) => {
  t.is(apply('Con gái bà Lan năm nay 12 tuổi .'), 'Con_gái bà Lan năm nay 12 tuổi .');
  t.is(apply('bà có hai con gái_út'), 'bà có hai con_gái út');
  // tone style of the text does not matter
  t.is(apply('hội_đồng hòa giải cơ_sở'), 'hội_đồng hòa_giải cơ_sở');
  t.is(apply('con_gái'), 'con_gái');
});

test('names are left alone: a capital past the start of the sentence', (t) => {
  t.is(apply('anh Con Gái'), 'anh Con Gái');
  t.is(apply('ông Như_Vậy nói'), 'ông Như_Vậy nói');
  t.true(looksLikeName(['ông', 'Minh', 'sang'], 1, 3));
  t.false(looksLikeName(['Con', 'gái', 'bà'], 0, 2));
});

test('conventionKey lower-cases into the new tone style and NFC', (t) => {
  t.is(conventionKey('Hòa'), 'hoà');
  t.is(conventionKey('THỦY'.normalize('NFD')), 'thuỷ');
});

test('an empty table changes nothing', (t) => {
  const tags = Int32Array.from([B, I, B]);
  applyConventions(['như', 'vậy', '.'], tags, B, I, parseConventions(''));
  t.deepEqual([...tags], [B, I, B]);
});
