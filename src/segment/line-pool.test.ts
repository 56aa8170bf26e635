import test from 'ava';
import { LinePool } from './line-pool.js';
import { segmentLinesText } from './segment-lines.js';

const LINES = [
  'Thủ tướng Phạm Minh Chính làm việc với lãnh đạo tỉnh Bà Rịa-Vũng Tàu sáng 15/1.',
  'Kim ngạch xuất khẩu năm 2021 đạt 336,25 tỷ USD, tăng 19% so với năm 2020.',
  '',
  'Ủy ban nhân dân TP.HCM vừa ban hành Quyết định 37/QĐ-UBND về phòng chống COVID-19.',
  'Giá xăng giảm 500 đồng/lít từ 15 giờ chiều nay.',
];

for (const threads of [2, 3]) {
  test(`${threads} threads give the text of one thread, batch by batch, in order`, async (t) => {
    const options = { mode: 'best' as const };
    const batches = Array.from({ length: 12 }, (_, k) => Array.from({ length: 40 }, (_, i) => LINES[(k + i) % LINES.length]!));
    const pool = new LinePool(options, true, threads);
    try {
      const texts = await Promise.all(batches.map((b) => pool.run(b)));
      await pool.drain();
      t.deepEqual(texts, batches.map((b) => segmentLinesText(b, true, options)));
      t.true(texts[0]!.startsWith('Thủ_tướng Phạm_Minh_Chính làm_việc với lãnh_đạo tỉnh Bà_Rịa-Vũng_Tàu'));
    } finally {
      await pool.close();
    }
  });
}
