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

test('after "trước" a weekday is a deadline: the coming one', (t) => {
  // Wednesday 19 October 2016: the coming Friday is the 21st; a bare "thứ Hai" is the last one, the 17th.
  t.deepEqual(rows('Chủ nợ phải trả lời trước thứ Sáu; vào thứ Hai, hãng đã gửi đề nghị.', { reference: '2016-10-19T10:00:00+07:00' }), [
    ['thứ Sáu', '2016-10-21', 'day', null],
    ['thứ Hai', '2016-10-17', 'day', null],
  ]);
});

test('habitual or indefinite weekdays are no date', (t) => {
  t.deepEqual(rows('Chương trình phát sóng các ngày thứ 7, Chủ nhật hàng tuần; mỗi thứ Hai cả nhà họp; vào một tối chủ nhật anh gặp sự cố.'), []);
});

test('weekdays in a sentence about what usually happens are no date', (t) => {
  t.deepEqual(rows('Vào thứ bảy, chủ nhật, khách thường đông hơn. Ủy ban Thường vụ họp vào thứ Hai.'), [
    ['thứ Hai', '2026-03-02', 'day', null],
  ]);
});

test('in a text that numbers its days, "Ngày thứ hai" is day two', (t) => {
  t.deepEqual(rows('Giải đấu kéo dài ba ngày. Ngày thứ nhất thi ở sân A, Ngày thứ hai ở sân B.'), []);
  t.deepEqual(rows('Ngày thứ hai, giá vàng giảm.', { reference: '2016-10-19T10:00:00+07:00' }), [['Ngày thứ hai', '2016-10-17', 'day', null]]);
});

test('a weekday in a clause about the future is the coming one', (t) => {
  // Thursday 1 December 2016: the coming Sunday is the 4th; "hôm thứ Hai" is the last Monday, the 28th.
  t.deepEqual(rows('Đội tập nhẹ trước thềm trận gặp Hà Nội vào Chủ nhật. Hôm thứ Hai, ông nói đội đã sẵn sàng.', { reference: '2016-12-01T08:00:00+07:00' }), [
    ['Chủ nhật', '2016-12-04', 'day', null],
    ['Hôm thứ Hai', '2016-11-28', 'day', null],
  ]);
});
