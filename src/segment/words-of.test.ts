import test from 'ava';
import { wordIndexAt, wordsOf } from './words-of.js';

test('wordsOf: words are whole, spans read the text', (t) => {
  const text = 'Ứng dụng có 40.000 người dùng và 120 điểm dừng xe buýt.';
  const words = wordsOf(text);
  t.deepEqual(words.filter((w) => w.syllables.length > 1).map((w) => w.text), ['Ứng dụng', 'xe buýt']);
  for (const w of words) t.is(text.slice(w.span[0], w.span[1]), w.text);
  t.is(wordsOf(text), words, 'the same text is segmented once');
});

test('wordIndexAt: the word starting at or after an offset', (t) => {
  const text = 'Công ty có 3 triệu lượt hành khách mỗi năm.';
  const words = wordsOf(text);
  t.is(words[wordIndexAt(words, text.indexOf('hành'))]!.text, 'hành khách');
  t.is(words[wordIndexAt(words, text.indexOf('ty có') + 2)]!.text, 'có', 'an offset inside a word gives the next word');
  t.is(wordIndexAt(words, text.length + 5), -1);
});
