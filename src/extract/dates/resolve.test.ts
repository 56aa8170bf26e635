import test from 'ava';
import { findDates } from '../dates.js';
import { rows } from './test-helpers.js';

test('a day-month without a year: the reference year unless more than ~10 months ahead', (t) => {
  const ref = { reference: '2026-01-05T08:00:00+07:00' };
  t.deepEqual(rows('Hạn chót là ngày 30/6.', ref), [['ngày 30/6', '2026-06-30', 'day', null]]);
  t.deepEqual(rows('Lô hàng về từ ngày 20/12.', ref), [['ngày 20/12', '2025-12-20', 'day', null]]);
});

test('without a reference, relative dates are null and say so', (t) => {
  const [m] = findDates('Năm ngoái doanh thu giảm.', {});
  t.is(m!.value, null);
  t.true(m!.inferred.includes('reference'));
  const [d] = findDates('Từ ngày 1/3 áp dụng.', {});
  t.is(d!.value, null);
  t.deepEqual(d!.inferred, ['reference', 'year']);
});

test('a context year completes year-less dates when there is no reference, not relative ones', (t) => {
  const out = findDates('Ngày 15 – 1, Sở tổng kết; năm nay phấn đấu tăng trưởng.', { reference: null, contextYear: 2021 });
  t.deepEqual(out.map((m) => [m.text, m.value, m.inferred]), [
    ['Ngày 15 – 1', '2021-01-15', ['year']],
    ['năm nay', null, ['reference', 'year']],
  ]);
});

test('spans index the given text exactly', (t) => {
  const text = 'Giá xăng giảm từ 15h ngày 5/3 và tăng lại trong 6 tháng cuối năm 2026.';
  for (const m of findDates(text, { reference: '2026-03-07T08:00:00+07:00' })) t.is(text.slice(m.span[0], m.span[1]), m.text);
  t.is(findDates(text, { reference: '2026-03-07T08:00:00+07:00' }).length, 2);
});
