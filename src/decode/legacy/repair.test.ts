import test from 'ava';
import iconv from 'iconv-lite';
import { decodeBytes } from '../charset.js';
import { encodeTcvn3 } from './tcvn3.js';
import { encodeVni } from './vni.js';
import { encodeViqr } from './viqr.js';
import { repairLegacyText } from './repair.js';

const SENTENCE = 'Sáng 15/1, Bộ Kế hoạch và Đầu tư cho biết vốn đầu tư nước ngoài đăng ký mới đạt 1.127,9 triệu USD, tăng 14,3% so với cùng kỳ.';

test('TCVN3, VNI and VIQR text is detected and converted', (t) => {
  t.deepEqual(repairLegacyText(encodeTcvn3(SENTENCE)), { text: SENTENCE, encodings: ['tcvn3'] });
  t.deepEqual(repairLegacyText(encodeVni(SENTENCE)), { text: SENTENCE, encodings: ['vni'] });
  t.deepEqual(repairLegacyText(encodeViqr(SENTENCE)), { text: SENTENCE, encodings: ['viqr'] });
});

test('in HTML only text between tags is converted, never markup or scripts', (t) => {
  const html = `<h1 class="title">${encodeTcvn3('Thủ tướng chủ trì hội nghị')}</h1><script>var s = "Thñ t­íng";</script><p>Unicode: Hà Nội</p>`;
  const fixed = repairLegacyText(html, { html: true });
  t.is(fixed.text, '<h1 class="title">Thủ tướng chủ trì hội nghị</h1><script>var s = "Thñ t­íng";</script><p>Unicode: Hà Nội</p>');
});

test('Unicode Vietnamese, Latin-1 languages and stray symbols are left alone', (t) => {
  for (const text of [
    SENTENCE,
    'Café au lait, naïve façade, São Paulo, Zürich — Tây Ninh, Cà Mau',
    '© 1997 Báo VietNamNet. All rights reserved.',
    '×',
    'What? Is it ok. Yes, e.g. call foo.bar() again.',
  ]) t.deepEqual(repairLegacyText(text), { text, encodings: [] });
});

test('decodeBytes: TCVN3 bytes sniffed as windows-1258 come out as Unicode', (t) => {
  const html = `<html><body><p>${encodeTcvn3(SENTENCE)}</p></body></html>`;
  const decoded = decodeBytes(iconv.encode(html, 'windows-1252'));
  t.is(decoded.text, `<html><body><p>${SENTENCE}</p></body></html>`);
  t.true(decoded.warnings.some((w) => w.includes('tcvn3')));
});

test('decodeBytes: real windows-1258 (tones as combining marks) becomes NFC, no legacy repair', (t) => {
  // windows-1258 has â ê ô ă ơ ư đ but writes tones as combining marks after the letter
  const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
  let encoded = '';
  for (const ch of SENTENCE) {
    const parts = [...ch.normalize('NFD')];
    const tone = parts.find((p) => TONE.test(p)) ?? '';
    encoded += parts.filter((p) => !TONE.test(p)).join('').normalize('NFC') + tone;
  }
  const bytes = iconv.encode(`<meta charset="windows-1258"><p>${encoded}</p>`, 'windows-1258');
  const decoded = decodeBytes(bytes);
  t.is(decoded.charset, 'windows-1258');
  t.is(decoded.text, `<meta charset="windows-1258"><p>${SENTENCE}</p>`);
  t.false(decoded.warnings.some((w) => w.includes('legacy')));
});

test('a Unicode page with one old VNI or TCVN3 paragraph is still repaired (the fast exit does not skip it)', (t) => {
  for (const encode of [encodeVni, encodeTcvn3]) {
    const html = `<p>Hà Nội, ngày 2/11/2023</p><p>${encode('Đại biểu Quốc hội tỉnh Bắc Ninh tiếp xúc cử tri')}</p>`;
    t.is(repairLegacyText(html, { html: true }).text, '<p>Hà Nội, ngày 2/11/2023</p><p>Đại biểu Quốc hội tỉnh Bắc Ninh tiếp xúc cử tri</p>');
  }
});
