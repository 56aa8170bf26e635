import test from 'ava';
import { boundedEditDistance, isNearDuplicate } from './near-duplicate.js';

test('edit distance, bounded', (t) => {
  t.is(boundedEditDistance('Bắc Ninh', 'Bắc NInh', 3), 1);
  t.is(boundedEditDistance('kitten', 'sitting', 5), 3);
  t.is(boundedEditDistance('abc', 'xyzabcxyz', 2), 3); // over the limit: limit + 1
});

test('a one-letter typo in a long line is a near duplicate', (t) => {
  t.true(isNearDuplicate('Phó Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh Bắc Ninh', 'Phó Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh Bắc NInh'));
});

test('different lines and short repeated lines are not', (t) => {
  t.false(isNearDuplicate('Năm 2023, thu ngân sách đạt 9.850 tỷ đồng.', 'Năm 2024, thu ngân sách đạt 10.200 tỷ đồng.'));
  t.false(isNearDuplicate('Hỗ trợ', 'Hỗ trợ'));
});
