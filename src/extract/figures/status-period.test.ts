/** Status and period only from cues that support them; null better than wrong. Own sentences. */
import test from 'ava';
import { findFigures } from '../figures.js';

test('a duration or an age has no period', (t) => {
  const figures = findFigures('Năm 2016, ông đã gắn bó với nghề trong vòng 15 năm qua, khi 62 tuổi.', { publishedAt: '2016-05-02T08:00:00+07:00' });
  t.deepEqual(figures.map((f) => [f.unit, f.period]), [['năm', null], ['tuổi', null]]);
});

test('a plan in an earlier sentence does not make a later fact a target', (t) => {
  const text = 'Mục tiêu của hãng là mở rộng thị trường. Ứng dụng đã có 68.000 lượt tải về.';
  t.deepEqual(findFigures(text).map((f) => [f.value, f.status]), [[68000, 'actual']]);
});

test('a plan stated for a period carries to the sentences of its paragraph', (t) => {
  const text = 'Năm 2027, tỉnh phấn đấu giá trị xuất khẩu đạt 5 tỷ USD. Tổng mức bán lẻ đạt 90.000 tỷ đồng.';
  t.deepEqual(findFigures(text).map((f) => [f.value, f.status, f.period]), [[5000000000, 'target', '2027'], [90000000000000, 'target', '2027']]);
});
