import test from 'ava';
import { rows } from '../test-helpers.js';

test('Tết Nguyên đán is the lunar new year nearest the reference', (t) => {
  t.deepEqual(rows('Trung Quốc đã mua nhiều dầu trước Tết Nguyên đán.'), [['Tết Nguyên đán', '2026-02-17', 'day', null]]);
  t.deepEqual(rows('Các chợ hoa chuẩn bị cho Tết Nguyên đán.', { reference: '2026-12-20T08:00:00+07:00' }), [['Tết Nguyên đán', '2027-02-06', 'day', null]]);
});

test('Tết Nguyên đán with a year, including the years Vietnam and China differ', (t) => {
  t.deepEqual(rows('Tết Nguyên đán 2021, Tết Nguyên đán năm 1985 và Tết Nguyên đán 2007.'), [
    ['Tết Nguyên đán 2021', '2021-02-12', 'day', null],
    ['Tết Nguyên đán năm 1985', '1985-01-21', 'day', null],
    ['Tết Nguyên đán 2007', '2007-02-17', 'day', null],
  ]);
});

test('solar holidays', (t) => {
  t.deepEqual(rows('Lễ diễu binh dịp Quốc khánh năm 2025.'), [['Quốc khánh năm 2025', '2025-09-02', 'day', null]]);
});
