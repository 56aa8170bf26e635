/** Money without a currency word: VND in a money clause. Sentences written for these tests. */
import test from 'ava';
import { findFigures } from '../figures.js';

const unitsOf = (text: string): [number, string | null][] => findFigures(text).map((f) => [f.value, f.unit]);

test('triệu/tỷ after a money word is an amount of đồng', (t) => {
  t.deepEqual(unitsOf('Chị nhận lương 12,5 triệu, chưa kể thưởng.'), [[12500000, 'VND']]);
  t.deepEqual(unitsOf('Người chơi trúng độc đắc 48,7 tỷ.'), [[48700000000, 'VND']]);
  t.deepEqual(unitsOf('Tổng kinh phí xây dựng khoảng 1.200 tỷ cho cả dự án.'), [[1200000000000, 'VND']]);
});

test('with a time rate after it, money needs no other cue', (t) => {
  t.deepEqual(unitsOf('Phòng trọ gần trường cho thuê 7 triệu/tháng.'), [[7000000, 'VND/tháng']]);
  t.deepEqual(unitsOf('Căn hộ này 9 triệu/tháng.'), [[9000000, 'VND/tháng']]);
});

test('no money without a money word, nor from a glued letter', (t) => {
  t.deepEqual(unitsOf('Dân số cả nước vượt 92 triệu vào cuối năm.'), []);
  t.deepEqual(unitsOf('Giá bán thiết bị 5G sẽ giảm mạnh.'), []);
  t.deepEqual(unitsOf('Video đạt 3 triệu lượt xem.'), [[3000000, 'lượt xem']]);
});
