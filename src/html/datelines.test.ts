import test from 'ava';
import { readDateline, toVietnamTime } from './datelines.js';
import { metaTime, parseDateline } from './times.js';

test('weekday, date and clock: "Thứ Sáu, 14/06/2013 09:20"', (t) => {
  t.is(parseDateline('Thứ Sáu, 14/06/2013 09:20'), '2013-06-14T09:20:00+07:00');
});

test('date | clock with a written GMT+7: "14/06/2013 | 09:20 GMT+7"', (t) => {
  t.is(parseDateline('14/06/2013 | 09:20 GMT+7'), '2013-06-14T09:20:00+07:00');
  t.is(parseDateline('Thứ năm, 6/9/2012, 17:45 (GMT+7)'), '2012-09-06T17:45:00+07:00');
});

test('clock before the date: "Cập nhật lúc 09:20 14/06/2013", "07:12 ngày 24/03/2024", "15:20 PM | 21/12/2012"', (t) => {
  t.is(parseDateline('Cập nhật lúc 09:20 14/06/2013'), '2013-06-14T09:20:00+07:00');
  t.is(parseDateline('Hải Yến • 07:12 ngày 24/03/2024'), '2024-03-24T07:12:00+07:00');
  t.is(parseDateline('15:20 PM | 21/12/2012'), '2012-12-21T15:20:00+07:00');
});

test('12-hour clocks and parts of the day: AM/PM, sáng, chiều, tối, đêm', (t) => {
  t.is(parseDateline('14/06/2013 09:20 AM'), '2013-06-14T09:20:00+07:00');
  t.is(parseDateline('14/06/2013 12:05 AM'), '2013-06-14T00:05:00+07:00');
  t.is(parseDateline('Cập nhật thứ bảy, ngày 5/1/13 8:40 tối'), '2013-01-05T20:40:00+07:00');
  t.is(parseDateline('ngày 5/1/2013 3:15 chiều'), '2013-01-05T15:15:00+07:00');
  t.is(parseDateline('ngày 5/1/2013 10:30 đêm'), '2013-01-05T22:30:00+07:00');
  t.is(parseDateline('ngày 5/1/2013 9:30 sáng'), '2013-01-05T09:30:00+07:00');
});

test('the worded form: "ngày 14 tháng 6 năm 2013"', (t) => {
  t.is(parseDateline('Hà Nội, ngày 14 tháng 6 năm 2013'), '2013-06-14T00:00:00+07:00');
  const p = readDateline('ngày 14 tháng 6 năm 2013, 16:40');
  t.is(p?.hour, 16);
  t.true(p?.hasTime);
});

test('a written zone is converted to Vietnam time: GMT+8, UTC-5, +08:00 after the clock', (t) => {
  t.is(parseDateline('14/06/2013 09:20 GMT+8'), '2013-06-14T08:20:00+07:00');
  t.is(parseDateline('14/06/2013 22:30 (UTC-5)'), '2013-06-15T10:30:00+07:00');
  t.is(toVietnamTime({ year: 2013, month: 1, day: 1, hour: 0, minute: 30, second: 0 }, '+08:00'), '2012-12-31T23:30:00+07:00');
});

test('day-month order is Vietnamese unless the text proves otherwise', (t) => {
  // 03/08: 3 August in Vietnamese order.
  t.is(parseDateline('Thứ Bảy, 03/08/2013 10:00'), '2013-08-03T10:00:00+07:00');
  // 3/24: the second number is no month, so it is the day.
  t.is(parseDateline('3/24/2024 7:12:35 AM'), '2024-03-24T07:12:35+07:00');
  // An English label (forum and CMS templates in English) prints month first.
  t.is(parseDateline('Published on 03-08-2011 01:00 AM'), '2011-03-08T01:00:00+07:00');
  t.is(parseDateline('Posted: 04-09-2012, 10:15 PM'), '2012-04-09T22:15:00+07:00');
});

test('two-digit years only beside a clock', (t) => {
  t.is(parseDateline('ngày 24/12/12 11:05 tối'), '2012-12-24T23:05:00+07:00');
  t.is(parseDateline('Tỷ lệ 24/12/12'), null);
});

test('what is not a dateline gives null', (t) => {
  t.is(parseDateline('Nghị định 15/2021/NĐ-CP có hiệu lực'), null);
  t.is(parseDateline('Hotline: 0989.837.029'), null);
  t.is(parseDateline('Tỷ số 2-1 sau 90 phút'), null);
  t.is(parseDateline('31/02/2024 10:00'), null);
});

test('metaTime reads a machine value, or a value that is only a dateline', (t) => {
  t.is(metaTime('2012-12-25T10:03:00+07:00'), '2012-12-25T10:03:00+07:00');
  t.is(metaTime('3/24/2024 7:12:35 AM'), '2024-03-24T07:12:35+07:00');
  t.is(metaTime('Ngày 12/3/2024 tỉnh tổ chức hội nghị tổng kết công tác năm'), null);
});
