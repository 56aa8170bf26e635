import test from 'ava';
import { rows } from '../test-helpers.js';

test('months with and without a year, short T-form and ranges', (t) => {
  t.deepEqual(rows('Cổ phiếu lên sàn vào tháng 10/2011, tăng mạnh giai đoạn T9/2013-T9/2014; đợt chuyển đổi kéo dài đến tháng 3 - 6/2027.'), [
    ['tháng 10/2011', '2011-10', 'month', null],
    ['T9/2013-T9/2014', '2013-09', 'month', '2014-09'],
    ['tháng 3 - 6/2027', '2027-03', 'month', '2027-06'],
  ]);
});

test('a month without a year: the reference year, unless that is more than ~10 months ahead', (t) => {
  t.deepEqual(rows('Kỳ rà soát tháng 9 sẽ quyết định.'), [['tháng 9', '2026-09', 'month', null]]);
  t.deepEqual(rows('Báo cáo tháng 12 cho thấy đà giảm.', { reference: '2026-01-20T08:00:00+07:00' }), [['tháng 12', '2025-12', 'month', null]]);
});

test('tháng … năm … and tháng 3 tới', (t) => {
  t.deepEqual(rows('Dự án khởi công tháng 10 năm 2017 và hoàn thành tháng 3 tới.'), [
    ['tháng 10 năm 2017', '2017-10', 'month', null],
    ['tháng 3 tới', '2027-03', 'month', null],
  ]);
});

test('twice a month is a count, not February', (t) => {
  t.deepEqual(rows('Đoàn kiểm tra mỗi tháng 2 lần.'), []);
});

test('the first week of a month starts on its first Monday', (t) => {
  t.deepEqual(rows('Lịch thi rơi vào tuần đầu tiên của tháng 9 năm 2017.'), [['tuần đầu tiên của tháng 9 năm 2017', '2017-W36', 'week', null]]);
});

test('a month in an event name is not a month', (t) => {
  t.deepEqual(rows('Thành quả Cách mạng Tháng Tám được giữ vững; tháng Tám năm nay mưa nhiều.'), [
    ['tháng Tám năm nay', '2026-08', 'month', null],
  ]);
});

test('a list of consecutive months sharing a year is one range', (t) => {
  t.deepEqual(rows('Trong quý (7, 8, 9/2025) giá tăng; tháng 10, 11 và 12/2025 giá giảm; ngày 5, 6/2025 mưa.'), [
    ['7, 8, 9/2025', '2025-07', 'month', '2025-09'],
    ['tháng 10, 11 và 12/2025', '2025-10', 'month', '2025-12'],
  ]);
});
