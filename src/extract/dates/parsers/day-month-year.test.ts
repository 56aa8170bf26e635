import test from 'ava';
import { findDates } from '../../dates.js';
import { rows } from '../test-helpers.js';

test('slash, dash and dot dates with a year', (t) => {
  t.deepEqual(rows('Nghị định có hiệu lực từ ngày 15/1/2021, thay thế văn bản ký 03-11-2019 và 24.12.2018.'), [
    ['ngày 15/1/2021', '2021-01-15', 'day', null],
    ['03-11-2019', '2019-11-03', 'day', null],
    ['24.12.2018', '2018-12-24', 'day', null],
  ]);
});

test('"Ngày 15 – 1" with an en dash and spaces takes the year of the reference', (t) => {
  const [m] = findDates('Ngày 15 – 1, Sở Công Thương tổng kết công tác năm.', { reference: '2021-01-16T09:00:00+07:00' });
  t.is(m!.text, 'Ngày 15 – 1');
  t.is(m!.value, '2021-01-15');
  t.deepEqual(m!.inferred, ['year']);
  t.deepEqual(m!.span, [0, 11]);
});

test('mồng/mùng, hôm and bare slash dates after a cue', (t) => {
  t.deepEqual(rows('Hôm 4/3, giá dầu tăng; từ mùng 2/3 đến nay, chốt phiên 6/3 vàng giảm.'), [
    ['Hôm 4/3', '2026-03-04', 'day', null],
    ['mùng 2/3', '2026-03-02', 'day', null],
    ['6/3', '2026-03-06', 'day', null],
  ]);
});

test('a bare dash pair needs a date cue: dịp 8-3 is a date, a score is not', (t) => {
  t.deepEqual(rows('Giá hoa tăng mạnh dịp 8-3. Đội chủ nhà thắng 2-1 trên sân nhà.'), [['8-3', '2026-03-08', 'day', null]]);
});

test('a range of days in one month', (t) => {
  t.deepEqual(rows('Hội chợ diễn ra từ ngày 10-12/4/2026 tại Hà Nội.'), [['từ ngày 10-12/4/2026', '2026-04-10', 'day', '2026-04-12']]);
});

test('a two-digit year is read 19xx from 50 on', (t) => {
  t.deepEqual(rows('Ông sinh ngày 3/9/91 tại Huế.'), [['ngày 3/9/91', '1991-09-03', 'day', null]]);
});

test('an impossible day is no date', (t) => {
  t.deepEqual(rows('Mã hồ sơ ngày 31/2/2026 bị trả lại.'), []);
});

test('the reference is read as wall-clock time, not converted to UTC', (t) => {
  const [m] = findDates('Từ ngày 1/3, ngân hàng áp dụng quy định mới.', { reference: '2026-03-01T00:30:00+07:00' });
  t.is(m!.value, '2026-03-01');
});

test('ISO dates and timestamps keep their wall clock', (t) => {
  t.deepEqual(rows('Cập nhật lúc 2026-03-06T14:22:00, bản gốc 2025-12-31.'), [
    ['2026-03-06T14:22:00', '2026-03-06T14:22', 'minute', null],
    ['2025-12-31', '2025-12-31', 'day', null],
  ]);
});

test('a day named twice is its date: "hôm nay, 7-3", "thứ sáu 6-3", "sáng nay (5/3)"', (t) => {
  t.deepEqual(rows('Giá vàng hôm nay, 7-3, tăng. Thị trường trải qua một ngày thứ sáu 6-3 đầy biến động. Trong phiên sáng nay (5/3), giá giảm.'), [
    ['hôm nay, 7-3', '2026-03-07', 'day', null],
    ['ngày thứ sáu 6-3', '2026-03-06', 'day', null],
    ['sáng nay (5/3)', '2026-03-05', 'day', null],
  ]);
});

test('"chưa tới 1/3" is a fraction', (t) => {
  t.deepEqual(rows('Lượng khách quốc tế chưa tới 1/3 so với trước dịch.'), []);
});

test('a range of days in brackets or a list needs no ngày', (t) => {
  t.deepEqual(rows('Chợ phiên họp vào hai cuối tuần (14 - 15/3 và 21 - 22/3), mỗi lần 2 ngày.'), [
    ['14 - 15/3', '2026-03-14', 'day', '2026-03-15'],
    ['21 - 22/3', '2026-03-21', 'day', '2026-03-22'],
  ]);
});

test('scores and shares with a dash are not days', (t) => {
  t.deepEqual(rows('Cô để đối thủ dẫn trước tới 5-2 rồi thắng cách biệt 7-5; tỷ lệ 1-2/10 hộ nghèo; bài thi đạt 8-9/10 điểm.'), []);
});

test('a year-less date with "tới" is the coming one, even next year', (t) => {
  // Reference 7 March 2026: "8/1 tới" is January 2027; "15/3 tới" this March.
  t.deepEqual(rows('Chợ mở đến hết ngày 8/1 tới; hội nghị vào ngày 15/3 tới; hạn cũ là ngày 8/1.'), [
    ['ngày 8/1', '2027-01-08', 'day', null],
    ['ngày 15/3', '2026-03-15', 'day', null],
    ['ngày 8/1', '2026-01-08', 'day', null],
  ]);
});
