import test from 'ava';
import { rows } from '../test-helpers.js';

test('ngày … tháng … năm …, and mồng with a month word', (t) => {
  t.deepEqual(rows('Hội nghị khai mạc ngày 15 tháng 1 năm 2021; lễ hội mở vào mồng 3 tháng ba.'), [
    ['ngày 15 tháng 1 năm 2021', '2021-01-15', 'day', null],
    ['mồng 3 tháng ba', '2026-03-03', 'day', null],
  ]);
});

test('a count of months is not a date ("6 tháng 2 lần")', (t) => {
  t.deepEqual(rows('Doanh nghiệp kê khai 6 tháng 2 lần.'), []);
});

test('the first day of a month', (t) => {
  t.deepEqual(rows('Bảng giá mới áp dụng từ ngày đầu tiên của tháng 4.'), [['ngày đầu tiên của tháng 4', '2026-04-01', 'day', null]]);
});
