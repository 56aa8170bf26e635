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

test('bare years in a list opened by "năm", after a law name, before "đến nay"', (t) => {
  t.deepEqual(rows('Tỉnh bị lũ lớn vào các năm 1996, 1999 và 2008; Luật Đất đai 2013 còn hiệu lực; từ 1986 đến nay, cuối năm 2020 và 2021 giá tăng.'), [
    ['năm 1996', '1996', 'year', null],
    ['1999', '1999', 'year', null],
    ['2008', '2008', 'year', null],
    ['2013', '2013', 'year', null],
    ['1986', '1986', 'year', null],
    ['cuối năm 2020', '2020', 'year', null],
    ['2021', '2021', 'year', null],
  ]);
});

test('a weak cue makes a year only when the phrase ends after it', (t) => {
  t.deepEqual(rows('Dự án khởi công vào 2019, nhưng trong 2000 hồ sơ gửi về có 1998 bộ hợp lệ; mùa giải 2022 kết thúc.'), [
    ['2019', '2019', 'year', null],
    ['2022', '2022', 'year', null],
  ]);
});

test('numbers after a list word or a law word that are counts stay counts', (t) => {
  t.deepEqual(rows('Năm 2020, 2015 người được hỗ trợ; Luật sư đề nghị 1990 đồng.'), [['Năm 2020', '2020', 'year', null]]);
});

test('a season with a two-digit end year is a range of years', (t) => {
  t.deepEqual(rows('Đội vô địch mùa 2018-19 và niên khóa 2020-21; năm 2015-16 lãi lớn. Tỷ số 2019-20 không phải mùa.'), [
    ['mùa 2018-19', '2018', 'year', '2019'],
    ['niên khóa 2020-21', '2020', 'year', '2021'],
    ['năm 2015-16', '2015', 'year', '2016'],
  ]);
});
