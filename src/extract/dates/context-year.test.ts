import test from 'ava';
import { deriveContextYear } from './context-year.js';

test('the latest year written in the title and opening paragraph', (t) => {
  t.is(deriveContextYear({
    title: 'Sở Nông nghiệp đánh giá kết quả năm 2020, bàn kế hoạch năm 2021',
    lead: null,
    text: 'Ngày 15 – 1, Sở tổng kết công tác năm 2020.\n\nNăm 2023 sẽ hoàn thành dự án.',
  }), 2021);
});

test('plans (ranges) and later paragraphs do not count', (t) => {
  t.is(deriveContextYear({ title: 'Kế hoạch giai đoạn 2021-2025', lead: 'Hội nghị năm 2019 đã bàn.', text: 'Năm 2030 hoàn thành.' }), 2019);
  t.is(deriveContextYear({ title: 'Không có năm', lead: null, text: 'Ngày 15 – 1, hội nghị diễn ra.' }), null);
});

test('a whole date in the opening wins; birth years and validity dates do not count', (t) => {
  t.is(deriveContextYear({ title: 'Vận động viên sinh năm 1998 giành HCV', lead: null, text: 'Ngày 18/10/2024, tại Hà Nội, cô thi đấu (có hiệu lực từ 1/1/2025).' }), 2024);
  t.is(deriveContextYear({ title: 'Thông tư mới', lead: null, text: 'Thông tư có hiệu lực từ năm 2027, thay cho quy định của năm 2025.' }), 2025);
});
