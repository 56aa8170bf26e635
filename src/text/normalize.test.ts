import test from 'ava';
import { makeShadow, nfcWithMap, normalizeKey } from './normalize.js';

test('the shadow folds tone style and case, offsets unchanged for NFC text', (t) => {
  const text = 'Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình';
  const shadow = makeShadow(text);
  t.is(shadow.text, 'chủ tịch uỷ ban nhân dân tỉnh hoà bình');
  t.true(shadow.map.identity);
  const at = shadow.text.indexOf('hoà bình');
  t.is(text.slice(shadow.map.toOriginal(at), shadow.map.toOriginal(at + 'hoà bình'.length)), 'Hòa Bình');
});

test('NFD input: the shadow is NFC and maps back to the author text', (t) => {
  const text = 'Thủy điện Hòa Bình'.normalize('NFD');
  const { text: nfc, map } = nfcWithMap(text);
  t.is(nfc, 'Thủy điện Hòa Bình');
  t.false(map.identity);
  const start = nfc.indexOf('Hòa');
  const end = start + 'Hòa Bình'.length;
  t.is(text.slice(map.toOriginal(start), map.toOriginal(end)).normalize('NFC'), 'Hòa Bình');
  t.is(map.toOriginal(nfc.length), text.length);
});

test('both tone styles give the same key, in either direction', (t) => {
  t.is(normalizeKey('Ủy viên'), normalizeKey('uỷ viên'));
  t.is(normalizeKey('thủy', { toneStyle: 'old' }), normalizeKey('thuỷ', { toneStyle: 'old' }));
  t.is(normalizeKey('thuỷ', { toneStyle: 'old' }), 'thủy');
  t.is(normalizeKey('Hòa', { foldCase: false }), 'Hoà');
});
