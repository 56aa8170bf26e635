import test from 'ava';
import { rows } from '../test-helpers.js';

test('years, bare years after a cue, and year ranges in every spacing', (t) => {
  t.deepEqual(rows('Năm 2020 giá trị đạt 1.127,9 nghìn tỷ đồng (giá so sánh 2010); chương trình giai đoạn 2021 -2025, kế hoạch 2026–2030 và từ năm 2031 đến năm 2035.'), [
    ['Năm 2020', '2020', 'year', null],
    ['2010', '2010', 'year', null],
    ['giai đoạn 2021 -2025', '2021', 'year', '2025'],
    ['2026–2030', '2026', 'year', '2030'],
    ['từ năm 2031 đến năm 2035', '2031', 'year', '2035'],
  ]);
});

test('a four-digit count is not a year', (t) => {
  t.deepEqual(rows('Có 2010 người tham dự, đến 2025 hộ được hỗ trợ.'), []);
});

test('decades', (t) => {
  t.deepEqual(rows('Từ những năm 90 đến thập niên 2000, ngành dệt may phát triển.'), [
    ['những năm 90', '1990', 'year', '1999'],
    ['thập niên 2000', '2000', 'year', '2009'],
  ]);
});
