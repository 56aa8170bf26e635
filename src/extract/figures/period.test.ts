import test from 'ava';
import { findPeriods } from './period.js';
import { cueTable } from './lexicon.js';

const periodsOf = (text: string, year: number | null = 2026): string[] =>
  findPeriods(text, 0, text.length, year, cueTable('period-ref')).map((p) => p.value);

test('years, quarters, halves, months and days', (t) => {
  t.deepEqual(periodsOf('Năm 2020, doanh thu tăng.'), ['2020']);
  t.deepEqual(periodsOf('Trong quý I/2021 và quý 3 năm 2022'), ['2021-Q1', '2022-Q3']);
  t.deepEqual(periodsOf('6 tháng đầu năm 2024, rồi 6 tháng cuối năm'), ['2024-H1', '2026-H2']);
  t.deepEqual(periodsOf('từ tháng 10/2011 đến nay'), []);
  t.deepEqual(periodsOf('vào tháng 10/2011, khi niêm yết'), ['2011-10']);
  t.deepEqual(periodsOf('Ngày 20/2/2023, cổ phiếu bị hủy niêm yết'), ['2023-02-20']);
});

test('relative years need the publication year', (t) => {
  t.deepEqual(periodsOf('Năm nay giá tăng, năm ngoái giảm', 2026), ['2026', '2025']);
  t.deepEqual(periodsOf('Năm nay giá tăng', null), []);
});

test('ranges are one period', (t) => {
  t.deepEqual(periodsOf('trong giai đoạn từ ngày 24/3/2021 đến ngày 30/12/2022'), ['2021-03-24/2022-12-30']);
  t.deepEqual(periodsOf('Qatar tăng hơn 45% (T9/2013-T9/2014)'), ['2013-09/2014-09']);
});

test('base and reference years are not periods', (t) => {
  t.deepEqual(periodsOf('đạt 1.000 tỷ đồng (giá so sánh năm 2010), tăng 5% so với năm 2019'), []);
  t.deepEqual(periodsOf('tăng 20% so với cùng kỳ năm ngoái'), []);
});
