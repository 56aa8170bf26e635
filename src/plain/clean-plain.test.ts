import test from 'ava';
import { cleanPlainText } from './clean-plain.js';

const PAGE = [
  'Liên hệ',
  '',
  '0912 345 678',
  '',
  'Sở Tài chính tổng kết công tác thu ngân sách năm 2023',
  '',
  'Ngày 10 – 1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.',
  '\u00a0\u00a0\u00a0 Năm 2023, tổng thu ngân sách trên địa bàn đạt 9.850 tỷ đồng, vượt 4% dự toán.',
  'Đồng chí Lê Thị Hoa - Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị',
  'Đồng chí Lê Thị Hoa - Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghi',
  '\u00a0\u00a0\u00a0 Năm 2024, ngành phấn đấu thu ngân sách đạt 10.200 tỷ đồng.',
  'Hotline: 1900 1234',
].join('\n');

test('the headline line is the title; lines above it (widgets, phone numbers) are dropped', (t) => {
  const doc = cleanPlainText(PAGE);
  t.is(doc.title, 'Sở Tài chính tổng kết công tác thu ngân sách năm 2023');
  t.is(doc.lead, null);
  t.is(doc.paragraphs[0], 'Ngày 10 – 1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.');
});

test('a caption printed twice, the second time with a typo, is kept once in captions and out of the text', (t) => {
  const doc = cleanPlainText(PAGE);
  t.deepEqual(doc.captions, ['Đồng chí Lê Thị Hoa - Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị']);
  t.false(doc.paragraphs.some((p) => p.startsWith('Đồng chí Lê Thị Hoa')));
});

test('every story paragraph is kept, white space folded, hotline lines dropped', (t) => {
  const doc = cleanPlainText(PAGE);
  t.deepEqual(doc.paragraphs, [
    'Ngày 10 – 1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.',
    'Năm 2023, tổng thu ngân sách trên địa bàn đạt 9.850 tỷ đồng, vượt 4% dự toán.',
    'Năm 2024, ngành phấn đấu thu ngân sách đạt 10.200 tỷ đồng.',
  ]);
});

test('a line with a photo credit is a caption even when printed once', (t) => {
  const doc = cleanPlainText('Quảng Ninh đón 2 triệu lượt khách trong quý I\nDu khách tham quan vịnh Hạ Long trong ngày đầu năm. (Ảnh: Minh Đức)\nQuý I, Quảng Ninh đón 2 triệu lượt khách, tăng 20% so với cùng kỳ.');
  t.deepEqual(doc.captions, ['Du khách tham quan vịnh Hạ Long trong ngày đầu năm. (Ảnh: Minh Đức)']);
  t.deepEqual(doc.paragraphs, ['Quý I, Quảng Ninh đón 2 triệu lượt khách, tăng 20% so với cùng kỳ.']);
});

test('text without a headline keeps every line and says so', (t) => {
  const doc = cleanPlainText('Giá lúa tăng.\nNông dân phấn khởi.');
  t.is(doc.title, null);
  t.deepEqual(doc.paragraphs, ['Giá lúa tăng.', 'Nông dân phấn khởi.']);
  t.true(doc.warnings.includes('no title line found'));
});

test('the URL given by the caller is kept', (t) => {
  t.is(cleanPlainText('Một dòng tin ngắn.', 'https://example.vn/a').url, 'https://example.vn/a');
});

test('a short headline is the title when no longer one exists; widget labels are never titles', (t) => {
  const doc = cleanPlainText('Hỗ trợ trực tuyến\nGiá vàng tăng mạnh\nSáng nay, giá vàng miếng tăng 500.000 đồng mỗi lượng.');
  t.is(doc.title, 'Giá vàng tăng mạnh');
  t.deepEqual(doc.paragraphs, ['Sáng nay, giá vàng miếng tăng 500.000 đồng mỗi lượng.']);
});
