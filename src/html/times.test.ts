import test from 'ava';
import { dateFromUrl, parseDateline, toIsoTime } from './times.js';

test('toIsoTime keeps a full ISO time with its offset', (t) => {
  t.is(toIsoTime('2026-03-07T08:01:53+07:00'), '2026-03-07T08:01:53+07:00');
});

test('toIsoTime adds +07:00 when the page gives no zone (cafef meta)', (t) => {
  t.is(toIsoTime('2025-11-02T19:20:00'), '2025-11-02T19:20:00+07:00');
  t.is(toIsoTime('2025-11-02 19:20'), '2025-11-02T19:20:00+07:00');
});

test('toIsoTime tolerates milliseconds and a spaced offset ("08:52:11.000 +07:00", "+ 07:00")', (t) => {
  t.is(toIsoTime('2026-03-07T08:52:11.000 +07:00'), '2026-03-07T08:52:11+07:00');
  t.is(toIsoTime('2026-03-07T08:52:11 + 07:00'), '2026-03-07T08:52:11+07:00');
  t.is(toIsoTime('2026-03-07T08:52:11+0700'), '2026-03-07T08:52:11+07:00');
  t.is(toIsoTime('2026-03-07T01:52:11Z'), '2026-03-07T01:52:11+00:00');
});

test('toIsoTime rejects what is not a time', (t) => {
  t.is(toIsoTime('Thứ bảy, 7/3/2026'), null);
  t.is(toIsoTime('2026-02-30T10:00:00'), null);
  t.is(toIsoTime(''), null);
  t.is(toIsoTime(undefined), null);
});

test('parseDateline reads the visible datelines of Vietnamese sites', (t) => {
  t.is(parseDateline('Thứ năm, 2/11/2023, 19:20 (GMT+7)'), '2023-11-02T19:20:00+07:00');
  t.is(parseDateline('07/03/2026 08:01 GMT+7'), '2026-03-07T08:01:00+07:00');
  t.is(parseDateline('Thứ Bảy, 07/03/2026 - 08:52'), '2026-03-07T08:52:00+07:00');
  t.is(parseDateline('Nguyễn Văn A - 15/01/2021 14:05'), '2021-01-15T14:05:00+07:00');
});

test('parseDateline reads a clock before the date and 12-hour clocks', (t) => {
  t.is(parseDateline('10:30 | 15/03/2024'), '2024-03-15T10:30:00+07:00');
  t.is(parseDateline('07-03-2026 - 09:40 AM'), '2026-03-07T09:40:00+07:00');
  t.is(parseDateline('07-03-2026 - 02:15 PM'), '2026-03-07T14:15:00+07:00');
});

test('parseDateline gives midnight for a date alone and null without a date', (t) => {
  t.is(parseDateline('Cập nhật ngày 01.09.2025'), '2025-09-01T00:00:00+07:00');
  t.is(parseDateline('Hotline: 0989 837 029'), null);
  t.is(parseDateline('31/02/2024 10:00'), null);
});

test('dateFromUrl reads date paths and date-stamped ids', (t) => {
  t.is(dateFromUrl('https://example.vn/2024/05/19/tin-moi.html'), '2024-05-19T00:00:00+07:00');
  t.is(dateFromUrl('https://tuoitre.vn/gia-hoa-tang-20260307075519174.htm'), '2026-03-07T00:00:00+07:00');
  t.is(dateFromUrl('https://vnexpress.net/cach-cac-nuoc-5047363.html'), null);
  t.is(dateFromUrl(null), null);
});
