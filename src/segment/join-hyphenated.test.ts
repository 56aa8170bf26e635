import test from 'ava';
import { segment } from './index.js';

const forms = (text: string): string[] => segment(text, { oneSentence: true }).flatMap((s) => s.words.map((w) => w.syllables.join('_')));
const syllableCount = (text: string): number => segment(text, { oneSentence: true }).flatMap((s) => s.words).reduce((n, w) => n + w.syllables.length, 0);

test('a hyphen touching both neighbours keeps the token whole: places, years, codes', (t) => {
  const words = forms('Đoàn công tác tỉnh Bà Rịa-Vũng Tàu sang Ả-rập Xê-út bàn kế hoạch 2021-2025 về phòng chống COVID-19.');
  t.true(words.includes('Bà_Rịa-Vũng_Tàu'));
  t.true(words.includes('Ả-rập_Xê-út'));
  t.true(words.includes('2021-2025'));
  t.true(words.includes('COVID-19'));
  t.false(words.includes('-'));
});

test('a hyphen with spaces around it is punctuation of its own', (t) => {
  const words = forms('Tuyến cao tốc Bà Rịa - Vũng Tàu giai đoạn 2021 - 2025 nối quan hệ Việt - Lào.');
  t.deepEqual(words.filter((w) => w === '-').length, 3);
  t.true(words.includes('2021'));
  t.true(words.includes('2025'));
  t.false(words.some((w) => w.includes('-') && w.length > 1));
});

test('a hyphen spaced on one side only does not join', (t) => {
  t.deepEqual(forms('giá 250.000 -300.000 đồng'), ['giá', '250.000', '-', '300.000', 'đồng']);
});

test('ranges, letter codes, e-mail and URL tokens are one token in and one out', (t) => {
  const text = 'Giá 5.000-6.000 đồng mỗi kg theo mô hình A-B-C trên quốc lộ 1A, hỏi lienhe@soyte.gov.vn hoặc https://soyte.gov.vn/tin-tuc/a-b.html';
  const words = forms(text);
  for (const token of ['5.000-6.000', 'A-B-C', '1A', 'lienhe@soyte.gov.vn', 'https://soyte.gov.vn/tin-tuc/a-b.html']) {
    t.true(words.includes(token), token);
  }
  // whitespace-separated pieces in = syllables out, but for the punctuation the tokenizer splits off
  t.is(syllableCount(text), text.split(/\s+/).length + 1 /* the comma after 1A */);
});

test('spans of joined words point into the text as written', (t) => {
  const text = 'Về Bà Rịa-Vũng Tàu';
  const word = segment(text)[0]!.words.find((w) => w.text.includes('-'))!;
  t.is(text.slice(word.span[0], word.span[1]), 'Bà Rịa-Vũng Tàu');
});
