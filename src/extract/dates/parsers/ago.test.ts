import test from 'ava';
import { rows } from '../test-helpers.js';

test('N units ago: the one unit that far before the reference', (t) => {
  // Reference Saturday 7 March 2026 (ISO week 10).
  t.deepEqual(rows('Giá nhà tăng 12% so với 3 tháng trước; cách đây 20 năm nơi này là ruộng; 2 tuần trước ông ký hợp đồng, 10 ngày trước đây bà về quê.'), [
    ['3 tháng trước', '2025-12', 'month', null],
    ['cách đây 20 năm', '2006', 'year', null],
    ['2 tuần trước', '2026-W08', 'week', null],
    ['10 ngày trước đây', '2026-02-25', 'day', null],
  ]);
});

test('"trước" of another event, spans, durations and word counts are not "ago"', (t) => {
  t.deepEqual(rows('Ông về hưu 3 năm trước khi mất; trong 5 năm trước đó, 2-3 năm trước nữa; hai năm trước và vài tháng trước đều vậy; suốt 6 tháng trước kỳ thi.'), []);
});
