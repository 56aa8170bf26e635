import test from 'ava';
import { segment } from './index.js';

test('segment returns sentences of words with spans into the text', (t) => {
  const text = 'Sáng 15/1/2021, Thủ tướng làm việc với UBND TP.HCM. Giá vàng tăng 1,5%.';
  const sentences = segment(text);
  t.is(sentences.length, 2);
  t.is(sentences[0]!.text, 'Sáng 15/1/2021, Thủ tướng làm việc với UBND TP.HCM.');
  t.deepEqual(sentences[0]!.words.map((w) => w.text), ['Sáng', '15/1/2021', ',', 'Thủ tướng', 'làm việc', 'với', 'UBND', 'TP.HCM', '.']);
  t.deepEqual(sentences[1]!.words.map((w) => w.text), ['Giá', 'vàng', 'tăng', '1,5%', '.']);
  for (const s of sentences) {
    t.is(text.slice(s.span[0], s.span[1]), s.text);
    for (const w of s.words) t.is(text.slice(w.span[0], w.span[1]), w.text);
  }
  t.is(sentences[0]!.words[1]!.kind, 'date');
});

test('spans point into the author text even when it is not NFC', (t) => {
  const nfd = 'Thủ tướng phát biểu.'.normalize('NFD');
  const [sentence] = segment(nfd);
  const first = sentence!.words[0]!;
  t.is(first.text, nfd.slice(first.span[0], first.span[1]));
  t.is(first.text.normalize('NFC'), 'Thủ tướng');
  t.deepEqual(first.syllables, ['Thủ', 'tướng']);
  t.is(sentence!.span[1], nfd.length);
});

test('POS and NER tags on request', (t) => {
  const [sentence] = segment('Ông Nguyễn Văn An làm việc tại Hà Nội.', { ner: true });
  const byText = new Map(sentence!.words.map((w) => [w.text, w]));
  t.is(byText.get('Hà Nội')?.pos, 'Np');
  t.is(byText.get('làm việc')?.pos, 'V');
  t.is(byText.get('Hà Nội')?.ner, 'B-LOC');
  t.is(segment('Hà Nội.')[0]!.words[0]!.pos, undefined);
});

test('empty and blank text give no sentences', (t) => {
  t.deepEqual(segment(''), []);
  t.deepEqual(segment('  \n '), []);
});
