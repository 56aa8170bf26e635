import test from 'ava';
import { parts, rows } from '../test-helpers.js';

test('clock times in every written form, on the reference day', (t) => {
  t.deepEqual(rows('Phiên họp bắt đầu lúc 10h30, nghỉ 11g45, tiếp tục 13 giờ 15 phút, kết thúc 16:20.'), [
    ['lúc 10h30', '2026-03-07T10:30', 'minute', null],
    ['11g45', '2026-03-07T11:45', 'minute', null],
    ['13 giờ 15 phút', '2026-03-07T13:15', 'minute', null],
    ['16:20', '2026-03-07T16:20', 'minute', null],
  ]);
});

test('parts of the day turn a 12-hour clock hour into 24 hours', (t) => {
  t.deepEqual(rows('Đoàn đến lúc 3 giờ rưỡi chiều, rời đi khoảng 9 giờ tối.'), [
    ['lúc 3 giờ rưỡi chiều', '2026-03-07T15:30', 'minute', null],
    ['khoảng 9 giờ tối', '2026-03-07T21:00', 'hour', null],
  ]);
});

test('a time with its date, in either order', (t) => {
  t.deepEqual(rows('Vụ cháy xảy ra 7:30 chiều ngày 20/4/2017; tuyến đường thông xe từ 10h ngày 15/1.'), [
    ['7:30 chiều ngày 20/4/2017', '2017-04-20T19:30', 'minute', null],
    ['10h ngày 15/1', '2026-01-15T10:00', 'hour', null],
  ]);
});

test('a part of the day before a date is the day, with its partOfDay', (t) => {
  t.deepEqual(parts('Sáng 15/1, UBND tỉnh tổ chức hội nghị; chiều 9/5 đoàn về; trưa ngày 3/4 mưa; khuya 2-3 cháy lớn ở chợ.'), [
    ['Sáng 15/1', '2026-01-15', 'day', 'morning'],
    ['chiều 9/5', '2026-05-09', 'day', 'afternoon'],
    ['trưa ngày 3/4', '2026-04-03', 'day', 'noon'],
    ['khuya 2-3', '2026-03-02', 'day', 'night'],
  ]);
});

test('a part of the day with no day to join is not a date', (t) => {
  t.deepEqual(rows('Nỗi nhớ hành hạ đêm ngày; sáng ngày hôm sau anh đi làm.'), []);
});

test('a clock time with a part of the day has no partOfDay: its hour says it', (t) => {
  t.deepEqual(parts('Vụ cháy lúc 2h sáng 4/6/2004 và 9 giờ tối nay.'), [
    ['lúc 2h sáng 4/6/2004', '2004-06-04T02:00', 'hour', null],
    ['9 giờ tối nay', '2026-03-07T21:00', 'hour', null],
  ]);
});

test('durations in hours are not times', (t) => {
  t.deepEqual(rows('Xe chạy trong 3 giờ, đoàn đi mất 2 giờ 30 phút.'), []);
});

test('11 giờ kém 15 is 10:45', (t) => {
  t.deepEqual(rows('Tàu đến lúc 11 giờ kém 15.'), [['lúc 11 giờ kém 15', '2026-03-07T10:45', 'minute', null]]);
});

test('compound parts of the day: rạng sáng, chiều tối', (t) => {
  t.deepEqual(rows('Rạng sáng 6/3, vụ cháy bùng phát; chiều tối 6-3 giá vàng tăng.'), [
    ['Rạng sáng 6/3', '2026-03-06', 'day', null],
    ['chiều tối 6-3', '2026-03-06', 'day', null],
  ]);
});

test('"2h" after mất/trong is a duration; after sau with a date it is a time', (t) => {
  t.deepEqual(rows('Xe chạy mất 2h, trong 2h30 đến nơi; sau 15h ngày 6/3 đường thông; từ 8 giờ đến 10 giờ 30 phút cấm xe.'), [
    ['15h ngày 6/3', '2026-03-06T15:00', 'hour', null],
    // On the day written before it in the paragraph (6/3), not on the reference day.
    ['từ 8 giờ đến 10 giờ 30 phút', '2026-03-06T08:00', 'minute', '2026-03-06T10:30'],
  ]);
});

test('13 to 23 giờ is a clock hour; a length of time is not', (t) => {
  t.deepEqual(rows('21 giờ, đoàn cứu hộ tới nơi; công nhân làm 16 giờ liên tục, trong 18 giờ không nghỉ, sau 24 giờ mới về.'), [
    ['21 giờ', '2026-03-07T21:00', 'hour', null],
  ]);
});

test('a minute mark after the minutes does not stop the date joining', (t) => {
  t.deepEqual(rows('Đến 16h30’ chiều 27/2, tàu cập cảng; Ban Thường vụ họp lúc 9h.'), [
    ['16h30’ chiều 27/2', '2026-02-27T16:30', 'minute', null],
    ['lúc 9h', '2026-02-27T09:00', 'hour', null],
  ]);
});
