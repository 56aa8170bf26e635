import test from 'ava';
import { toToneStyle } from './tone-style.js';

test('old → new tone placement in oa, oe, uy', (t) => {
  t.is(toToneStyle('hòa bình', 'new'), 'hoà bình');
  t.is(toToneStyle('Ủy ban nhân dân', 'new'), 'Uỷ ban nhân dân');
  t.is(toToneStyle('thủy điện Hòa Bình', 'new'), 'thuỷ điện Hoà Bình');
  t.is(toToneStyle('khỏe mạnh', 'new'), 'khoẻ mạnh');
  t.is(toToneStyle('HÒA', 'new'), 'HOÀ');
});

test('new → old tone placement', (t) => {
  t.is(toToneStyle('uỷ viên', 'old'), 'ủy viên');
  t.is(toToneStyle('thuỷ sản', 'old'), 'thủy sản');
  t.is(toToneStyle('hoá đơn', 'old'), 'hóa đơn');
});

test('syllables with one spelling are left alone', (t) => {
  // final consonant, "qu" + y, longer clusters, no tone
  for (const word of ['hoàn thành', 'thuyết phục', 'quý', 'Quỳnh', 'khuya', 'hoa', 'toán', 'ngoằn ngoèo']) {
    t.is(toToneStyle(word, 'new'), word);
    t.is(toToneStyle(word, 'old'), word);
  }
});

test('length never changes', (t) => {
  const text = 'Ủy ban Thường vụ Quốc hội họp về thủy lợi, hòa giải và khỏe mạnh.';
  t.is(toToneStyle(text, 'new').length, text.length);
  t.is(toToneStyle(toToneStyle(text, 'new'), 'old'), text);
});
