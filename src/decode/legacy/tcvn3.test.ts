import test from 'ava';
import { decodeTcvn3, encodeTcvn3 } from './tcvn3.js';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

test('every vowel × tone has its own TCVN3 byte and comes back', (t) => {
  const seen = new Set<string>();
  for (const v of VOWELS) {
    for (const tone of TONES) {
      const letter = (v + tone).normalize('NFC');
      const legacy = encodeTcvn3(letter);
      t.is(legacy.length, 1, letter);
      if (letter !== v || !/[a-z]/.test(v)) t.true(legacy.charCodeAt(0) >= 0xa0, `${letter} has a high byte`);
      t.false(seen.has(legacy), `${letter} shares a byte`);
      seen.add(legacy);
      t.is(decodeTcvn3(legacy), letter);
    }
  }
  t.is(seen.size, 72);
  for (const capital of ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'đ']) t.is(decodeTcvn3(encodeTcvn3(capital)), capital);
});

test('the mojibake of the issue: "Thñ t­íng" is "Thủ tướng"', (t) => {
  t.is(decodeTcvn3('Thñ t\u00ADíng'), 'Thủ tướng');
  t.is(encodeTcvn3('Thủ tướng'), 'Thñ t\u00ADíng');
});

test('real sentences survive a TCVN3 round trip (toned capitals come back lower case)', (t) => {
  const sentence = 'Ngân hàng Nhà nước điều chỉnh giảm lãi suất điều hành từ ngày 1/10, hỗ trợ doanh nghiệp phục hồi sản xuất.';
  t.is(decodeTcvn3(encodeTcvn3(sentence)), sentence);
  t.is(decodeTcvn3(encodeTcvn3('Ủy ban nhân dân tỉnh Đắk Lắk')), 'ủy ban nhân dân tỉnh Đắk Lắk');
});
