/** Bare numerals that take their counted noun from the phrase. Sentences written for these tests. */
import test from 'ava';
import { findFigures } from '../figures.js';

const unitsOf = (text: string): [string, number, string | null][] => findFigures(text).map((f) => [f.text, f.value, f.unit]);

test('"A trên B N": the first number counts what the second counts', (t) => {
  t.deepEqual(unitsOf('Dịch đã lan tới 9 trên 30 xã của huyện.'), [['9', 9, 'xã'], ['30 xã', 30, 'xã']]);
});

test('numbers closing their clause count the noun of the subject "số …"', (t) => {
  t.deepEqual(unitsOf('Chỉ trong một tuần, số ca nhập viện tăng từ 12 lên 45.'), [['12', 12, 'ca'], ['45', 45, 'ca']]);
  t.deepEqual(unitsOf('Số người mất tích đã lên tới 8.'), [['8', 8, 'người']]);
});

test('no borrowing across another number, from a word of its own, or into a label', (t) => {
  t.deepEqual(unitsOf('Theo số liệu mới, con số này là 5.'), []);
  t.deepEqual(unitsOf('Số ca mắc ở 3 tỉnh là 20.'), [['3 tỉnh', 3, 'tỉnh']]);
  t.deepEqual(unitsOf('Số khách ở phòng 12.'), []);
  t.deepEqual(unitsOf('Số chẵn là số tự nhiên lớn hơn 0 chia hết cho 2.'), [], 'a bound compared with is no level');
});
