import test from 'ava';
import { decodeViqr, encodeViqr, looksLikeViqr } from './viqr.js';

test('decodes VIQR marks, modifiers and dd', (t) => {
  t.is(decodeViqr("Vie^.t Nam"), 'Việt Nam');
  t.is(decodeViqr("ddu+o+`ng pho^'"), 'đường phố');
  t.is(decodeViqr("DDa`i truye^`n hi`nh"), 'Đài truyền hình');
  t.is(decodeViqr('na(m mo+i'), 'năm mơi');
});

test('"." and "?" after a vowel are tones, except at the end of a line; escapes are kept', (t) => {
  t.is(decodeViqr("Bo^. Ke^' hoa.ch va` DDa^`u tu+"), 'Bộ Kế hoạch và Đầu tư');
  t.is(decodeViqr('Tro+`i dde.p qua\\. Ngay mai mu+a.\nHe^'+"'t."), 'Trời đẹp qua. Ngay mai mưa.\nHết.');
  t.is(decodeViqr('Anh ddi ddu+o+.c kho^ng?'), 'Anh đi được không?');
  t.is(decodeViqr('Thu? tu+o+\'ng'), 'Thủ tướng');
  t.is(decodeViqr('ba\\.'), 'ba.');
});

test('real sentences round-trip', (t) => {
  const sentence = 'Chính phủ vừa ban hành nghị quyết về phát triển kinh tế tư nhân, đặt mục tiêu đến năm 2030 có hai triệu doanh nghiệp.';
  const viqr = encodeViqr(sentence);
  t.true(looksLikeViqr(viqr));
  t.is(decodeViqr(viqr), sentence);
});

test('ordinary English and code are not VIQR', (t) => {
  t.false(looksLikeViqr('What? Is it ok. Yes, see e.g. the docs at example.com or call foo.bar() again.'));
  t.false(looksLikeViqr('Tiếng Việt có dấu không phải VIQR.'));
  t.false(looksLikeViqr("It's a boy's toy, isn't it?"));
});
