import test from 'ava';
import { rows } from '../test-helpers.js';

test('quarters: roman and arabic numerals, năm and của năm', (t) => {
  t.deepEqual(rows('Lợi nhuận quý I/2021 tăng, quý 3 năm 2018 giảm, còn quý IV của năm 2019 đi ngang.'), [
    ['quý I/2021', '2021-Q1', 'quarter', null],
    ['quý 3 năm 2018', '2018-Q3', 'quarter', null],
    ['quý IV của năm 2019', '2019-Q4', 'quarter', null],
  ]);
});

test('halves and leading months of a year', (t) => {
  t.deepEqual(rows('Trong 6 tháng đầu năm 2021 và nửa cuối năm nay, 9 tháng đầu năm ngoái, 3 tháng cuối năm, hai tháng đầu năm 2024.'), [
    ['6 tháng đầu năm 2021', '2021-H1', 'half', null],
    ['nửa cuối năm nay', '2026-H2', 'half', null],
    ['9 tháng đầu năm ngoái', '2025-01', 'month', '2025-09'],
    ['3 tháng cuối năm', '2026-Q4', 'quarter', null],
    ['hai tháng đầu năm 2024', '2024-01', 'month', '2024-02'],
  ]);
});

test('"kim loại quý này" is a precious metal, not this quarter', (t) => {
  t.deepEqual(rows('Áp lực giảm giá đối với kim loại quý này vẫn lớn. Quý này doanh thu tăng.'), [['Quý này', '2026-Q1', 'quarter', null]]);
});

test('finance shorthand Q1/2026 and H2-2025', (t) => {
  t.deepEqual(rows('Lợi nhuận Q1/2026 tăng gấp đôi, kế hoạch H2-2025 hoàn thành.'), [
    ['Q1/2026', '2026-Q1', 'quarter', null],
    ['H2-2025', '2025-H2', 'half', null],
  ]);
});
