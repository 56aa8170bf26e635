/** Product codes and date parts are not figures. Sentences written for these tests. */
import test from 'ava';
import { findFigures } from '../figures.js';

const unitsOf = (text: string): [string, number, string | null][] => findFigures(text).map((f) => [f.text, f.value, f.unit]);

test('a code before a numeral: "xăng RON 92", "Galaxy Note 7", "Airbus 321"', (t) => {
  t.deepEqual(unitsOf('Giá xăng RON 92 ngày 5/12 giảm 410 đồng/lít.'), [['410 đồng/lít', 410, 'VND/l']]);
  t.deepEqual(unitsOf('Người dùng Galaxy Note 7 màu xanh được đổi máy.'), []);
  t.deepEqual(unitsOf('Hãng vừa nhận chiếc Airbus 321 chiếc thứ hai.'), []);
});

test('after capitals a measure or money is still a figure', (t) => {
  t.deepEqual(unitsOf('Sân bay cách trung tâm TP HCM 40 km.'), [['40 km', 40, 'km']]);
  t.deepEqual(unitsOf('Cổ phiếu HPG 25.000 đồng một cổ phiếu.'), [['25.000 đồng một cổ phiếu', 25000, 'VND/cổ phiếu']]);
});

test('a duration word that is part of a date is no duration', (t) => {
  t.deepEqual(unitsOf('Doanh số tăng 12% so với 3 tháng trước.'), [['12%', 12, '%']]);
  t.deepEqual(unitsOf('Trong vòng 2 năm trước, công ty lỗ liên tiếp.'), [['2 năm', 2, 'năm']]);
  t.deepEqual(unitsOf('Ông làm việc 5 năm trước khi nghỉ hưu.'), [['5 năm', 5, 'năm']]);
  t.deepEqual(unitsOf('Giải đấu diễn ra từ ngày 3 đến 9 tháng 12 tại Huế.'), [], 'a day and its month');
  t.deepEqual(unitsOf('Dự án kéo dài 9 tháng, từ tháng 3.'), [['9 tháng', 9, 'tháng']]);
});

test('degrees are Celsius only after a temperature word', (t) => {
  t.deepEqual(unitsOf('Bé sốt cao tới 39 độ, phải nhập viện.'), [['39 độ', 39, '°C']]);
  t.deepEqual(unitsOf('Vận động viên xoay người 360 độ trên không.'), [['360 độ', 360, 'độ']]);
});
