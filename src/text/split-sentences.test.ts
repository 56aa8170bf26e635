import test from 'ava';
import { splitSentences } from './split-sentences.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('abbreviations and numbers do not end sentences', (t) => {
  t.deepEqual(sentences('Theo PGS.TS. Nguyễn Văn An, GDP tăng 2,91%. TP. Hồ Chí Minh dẫn đầu với 1.127,9 tỷ đồng.'), [
    'Theo PGS.TS. Nguyễn Văn An, GDP tăng 2,91%.',
    'TP. Hồ Chí Minh dẫn đầu với 1.127,9 tỷ đồng.',
  ]);
  t.deepEqual(sentences('UBND TP.HCM họp ngày 15/1/2021. Các sở tham dự.'), ['UBND TP.HCM họp ngày 15/1/2021.', 'Các sở tham dự.']);
});

test('closing quotes stay with their sentence; "?" before a lower-case word does not split', (t) => {
  t.deepEqual(sentences('Ông nói: "Năm nay sẽ khó hơn." Bà hỏi: "Vì sao?" rồi im lặng.'), [
    'Ông nói: "Năm nay sẽ khó hơn."',
    'Bà hỏi: "Vì sao?" rồi im lặng.',
  ]);
});

test('ellipses split only before a capital; v.v. may end a sentence', (t) => {
  t.deepEqual(sentences('Dự án chậm... Tuy nhiên vẫn làm tiếp... và xong.'), ['Dự án chậm...', 'Tuy nhiên vẫn làm tiếp... và xong.']);
  t.deepEqual(sentences('Thiếu vốn, nhân lực, máy móc v.v. Các sở sẽ báo cáo.'), ['Thiếu vốn, nhân lực, máy móc v.v.', 'Các sở sẽ báo cáo.']);
});

test('line breaks and bullets start sentences', (t) => {
  t.deepEqual(sentences('Ba nhiệm vụ:\n- Tăng thu ngân sách\n- Giảm nợ công\n• Cải cách hành chính • Chuyển đổi số'), [
    'Ba nhiệm vụ:', '- Tăng thu ngân sách', '- Giảm nợ công', '• Cải cách hành chính', '• Chuyển đổi số',
  ]);
});
