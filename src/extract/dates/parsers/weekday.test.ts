import test from 'ava';
import { rows } from '../test-helpers.js';

test('a bare weekday is the last one on or before the reference (news tells the past)', (t) => {
  t.deepEqual(rows('Đồng USD tăng trong phiên giao dịch ngày thứ Sáu.'), [['ngày thứ Sáu', '2026-03-06', 'day', null]]);
  t.deepEqual(rows('Cuộc họp diễn ra vào thứ 2.'), [['thứ 2', '2026-03-02', 'day', null]]);
});

test('weekdays with a week word or tới', (t) => {
  t.deepEqual(rows('Bộ sẽ họp vào thứ năm tuần tới, sau buổi làm việc thứ ba vừa rồi.'), [
    ['thứ năm tuần tới', '2026-03-12', 'day', null],
    ['thứ ba vừa rồi', '2026-03-03', 'day', null],
  ]);
});

test('a weekday before a date is the date', (t) => {
  t.deepEqual(rows('Thứ năm, 2/11/2023, đoàn công tác đến Đà Nẵng.'), [['Thứ năm, 2/11/2023', '2023-11-02', 'day', null]]);
  t.deepEqual(rows('Sáng chủ nhật ngày 9 tháng 4, lễ hội khai mạc.'), [['Sáng chủ nhật ngày 9 tháng 4', '2026-04-09', 'day', null]]);
});

test('ordinals are not weekdays', (t) => {
  t.deepEqual(rows('Chỉ số tăng ngày thứ hai liên tiếp; đây là lần thứ ba, xếp thứ 3 khu vực; xung đột bước sang ngày thứ 6.'), []);
});
