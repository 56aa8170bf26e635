import test from 'ava';
import { findDates } from '../../dates.js';
import { parts, rows } from '../test-helpers.js';

test('relative years, months, weeks and days against a Saturday reference', (t) => {
  t.deepEqual(rows('Năm nay giá tăng 20% so với cùng kỳ năm ngoái; tháng trước giảm, tuần tới họp, hôm qua ký, năm tới mở rộng.'), [
    ['Năm nay', '2026', 'year', null],
    ['cùng kỳ năm ngoái', '2025', 'year', null],
    ['tháng trước', '2026-02', 'month', null],
    ['tuần tới', '2026-W11', 'week', null],
    ['hôm qua', '2026-03-06', 'day', null],
    ['năm tới', '2027', 'year', null],
  ]);
});

test('inferred lists every part taken from the reference', (t) => {
  const [week, lastMonth] = findDates('Tuần tới và tháng trước.', { reference: '2026-03-07T08:00:00+07:00' });
  t.deepEqual(week!.inferred, ['year', 'week']);
  t.deepEqual(lastMonth!.inferred, ['year', 'month']);
});

test('plural, word-counted and elsewhere-anchored periods are not dates', (t) => {
  t.deepEqual(rows('Những năm trước thường đông khách; hai năm trước ông nghỉ hưu, năm sau đó trở lại; hai năm qua khó khăn.'), []);
});

test('a part of a day relative to the reference is that day, with its partOfDay', (t) => {
  t.deepEqual(parts('Tối nay mưa lớn, sáng mai trời rét, đêm qua gió mạnh.'), [
    ['Tối nay', '2026-03-07', 'day', 'evening'],
    ['sáng mai', '2026-03-08', 'day', 'morning'],
    ['đêm qua', '2026-03-06', 'day', 'night'],
  ]);
});

test('N units just gone or to come are durations, not dates', (t) => {
  t.deepEqual(rows('Giá tăng trong 2 tháng vừa qua, 4 ngày qua có 14 ca mới và dự báo giảm trong 3 ngày tới; 20 năm qua hội đã giúp nhiều người.'), []);
});

test('durations are not dates', (t) => {
  t.deepEqual(rows('Hợp đồng có thời hạn trong 6 tháng, hồ sơ trả sau 15 ngày, cấm hoạt động 02 năm.'), []);
});

test('edges of the current year or month', (t) => {
  t.deepEqual(rows('Từ đầu năm, giá vàng tăng; đến cuối năm nay sẽ ổn định.'), [
    ['Từ đầu năm', '2026', 'year', null],
    ['cuối năm nay', '2026', 'year', null],
  ]);
});

test('a month or quarter takes the relative year after it; a span of counts is vague', (t) => {
  t.deepEqual(rows('Lượng khách tháng 3 năm nay tăng so với quý 2 năm ngoái; trong 3-5 năm tới sẽ ổn định.'), [
    ['tháng 3 năm nay', '2026-03', 'month', null],
    ['quý 2 năm ngoái', '2025-Q2', 'quarter', null],
  ]);
});

test('"tuần qua" in a weekend article is the week just ending; "tuần trước" the one before', (t) => {
  t.deepEqual(rows('Trong tuần qua, khối ngoại bán ròng; tuần trước họ mua ròng.'), [
    ['tuần qua', '2026-W10', 'week', null],
    ['tuần trước', '2026-W09', 'week', null],
  ]);
  t.deepEqual(rows('Trong tuần qua, khối ngoại bán ròng.', { reference: '2026-03-04T08:00:00+07:00' }), [['tuần qua', '2026-W09', 'week', null]]);
});
