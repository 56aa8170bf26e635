import test from 'ava';
import { tokenize } from './tokenize.js';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

test('numbers, dates, times and percentages stay whole', (t) => {
  t.deepEqual(texts('GDP đạt 1.127,9 nghìn tỷ đồng, tăng 14,3% so với 15/1/2021 lúc 10h30.'),
    ['GDP', 'đạt', '1.127,9', 'nghìn', 'tỷ', 'đồng', ',', 'tăng', '14,3%', 'so', 'với', '15/1/2021', 'lúc', '10h30', '.']);
  const kinds = tokenize('ngày 15/1, 8:15, 10h, 2,5%').map((t) => t.kind);
  t.deepEqual(kinds, ['word', 'date', 'punct', 'time', 'punct', 'time', 'punct', 'number']);
});

test('abbreviations, dotted names, e-mails, URLs and codes stay whole', (t) => {
  t.deepEqual(texts('PGS.TS. Lê Văn Tám (TP.HCM) gửi thư tới bandoc@tuoitre.vn, xem https://tuoitre.vn/a-b.htm.'),
    ['PGS.TS.', 'Lê', 'Văn', 'Tám', '(', 'TP.HCM', ')', 'gửi', 'thư', 'tới', 'bandoc@tuoitre.vn', ',', 'xem', 'https://tuoitre.vn/a-b.htm', '.']);
  t.deepEqual(texts('Theo Nghị định 15/2021/NĐ-CP, UBND Q.1, Tp. Thủ Đức, GS. Ngô Bảo Châu v.v.'),
    ['Theo', 'Nghị', 'định', '15/2021/NĐ-CP', ',', 'UBND', 'Q.', '1', ',', 'Tp.', 'Thủ', 'Đức', ',', 'GS.', 'Ngô', 'Bảo', 'Châu', 'v.v.']);
  t.deepEqual(texts('COVID-19 và HĐND tỉnh'), ['COVID-19', 'và', 'HĐND', 'tỉnh']);
});

test('a dot after an ordinary word or a Roman numeral is punctuation', (t) => {
  t.deepEqual(texts('Hà Nội.Sáng nay'), ['Hà', 'Nội', '.', 'Sáng', 'nay']);
  t.deepEqual(texts('trong quý I. Sau đó'), ['trong', 'quý', 'I', '.', 'Sau', 'đó']);
});

test('spans point into the text', (t) => {
  const text = '  “Tôi đồng ý…” – ông nói.';
  for (const tok of tokenize(text)) t.is(text.slice(tok.start, tok.end), tok.text);
  t.deepEqual(texts(text), ['“', 'Tôi', 'đồng', 'ý', '…', '”', '–', 'ông', 'nói', '.']);
});
