import test from 'ava';
import { decodeVni, encodeVni } from './vni.js';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

test('every vowel × tone, both cases, round-trips through VNI-Windows', (t) => {
  const seen = new Map<string, string>();
  for (const v of VOWELS) {
    for (const tone of TONES) {
      for (const letter of [(v + tone).normalize('NFC'), (v + tone).normalize('NFC').toUpperCase()]) {
        const legacy = encodeVni(letter);
        t.true(legacy.length <= 2, letter);
        t.false(seen.has(legacy), `${letter} and ${seen.get(legacy)} share "${legacy}"`);
        seen.set(legacy, letter);
        t.is(decodeVni(legacy), letter);
      }
    }
  }
  t.is(seen.size, 144);
});

test('the published forms: ơ is "ô", ư is "ö", ô is "oâ", ỵ is "î", đ is "ñ"', (t) => {
  t.is(encodeVni('ơ'), 'ô');
  t.is(encodeVni('ư'), 'ö');
  t.is(encodeVni('ô'), 'oâ');
  t.is(encodeVni('ỵ'), 'î');
  t.is(encodeVni('đ'), 'ñ');
  t.is(encodeVni('Đ'), 'Ñ');
  t.is(encodeVni('ấ'), 'aá');
  t.is(encodeVni('ẳ'), 'aú');
  t.is(encodeVni('ỉ'), 'æ');
  t.is(encodeVni('Thủ tướng'), 'Thuû töôùng');
});

test('ư/ơ words decode right', (t) => {
  for (const word of ['người', 'trường', 'ướt', 'thuở', 'Ương', 'ƯỚC', 'được', 'phương', 'hưởng', 'mười', 'Quảng Ngãi', 'Đường']) {
    t.is(decodeVni(encodeVni(word)), word);
  }
  t.is(decodeVni('ngöôøi'), 'người');
  t.is(decodeVni('Aùnh'), 'Ánh'); // capital base with the lower-case mark
});

test('real sentences survive a VNI round trip', (t) => {
  const sentence = 'Thủ tướng yêu cầu các bộ, ngành đẩy nhanh giải ngân vốn đầu tư công; Ủy ban Thường vụ Quốc hội đồng ý.';
  t.is(decodeVni(encodeVni(sentence)), sentence);
});
