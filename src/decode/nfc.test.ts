import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toNfc } from './nfc.js';
import { sharedPath } from '../testing/shared.js';

test('decomposed Vietnamese is composed', (t) => {
  const nfd = 'Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh'.normalize('NFD');
  t.is(toNfc(nfd), 'Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh');
});

test('singleton decompositions are normalized (Ångström sign, Kelvin sign, Ohm sign, U+2000)', (t) => {
  t.is(toNfc('10 \u212b, 300 \u212a, 5 \u2126,\u2000x'), '10 \u00c5, 300 K, 5 \u03a9,\u2002x');
});

test('NFC text with emoji, dashes and currency signs comes back unchanged', (t) => {
  const s = 'Giá vàng tăng 2% — 80,5 triệu đồng/lượng ₫ → “kỷ lục” 📈';
  t.is(toNfc(s), s);
  t.is(toNfc(s), s.normalize('NFC'));
});

test('the same result as String.prototype.normalize on generated strings', (t) => {
  const pool = [...'aăâeêioôơuưyđAĂÂĐ\u0300\u0301\u0303\u0309\u0323 .,–—“”€₫→\u212b\u2126\u00c5ﬁ가각\u1100\u1161\u11a8中文\u0338=<\u0344\u0f73', '\u{1d15e}', '\u{1d157}\u{1d165}', '\u{2f800}', '😀', '\u{1d400}'];
  let seed = 7;
  for (let i = 0; i < 20000; i++) {
    let s = '';
    for (let k = 0; k < 16; k++) { seed = (seed * 48271) % 2147483647; s += pool[seed % pool.length]; }
    t.is(toNfc(s), s.normalize('NFC'), JSON.stringify(s));
  }
});

const pages = sharedPath('corpus', 'pages');
(pages ? test : test.skip)('the same result as normalize on every shared corpus page', (t) => {
  for (const f of readdirSync(pages!)) {
    const s = readFileSync(join(pages!, f), 'utf8');
    t.is(toNfc(s), s.normalize('NFC'), f);
  }
});
