import test from 'ava';
import iconv from 'iconv-lite';
import { decodeBytes, countInvalidUtf8, DecodeError } from './charset.js';

const sentence = 'Phó Chủ tịch UBND tỉnh Bắc Ninh chủ trì hội nghị tổng kết ngành Công Thương năm 2020.';

/** windows-1258 keeps ư, ơ, ă, â, ê, ô, đ precomposed and writes the five tones as combining marks. */
function encode1258(text: string): Buffer {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const split = [...text.normalize('NFC')].map((ch) => {
    const d = ch.normalize('NFD');
    const tones = d.match(TONES)?.join('') ?? '';
    return d.replace(TONES, '').normalize('NFC') + tones;
  }).join('');
  return iconv.encode(split, 'windows-1258');
}

test('UTF-8 without any declaration is sniffed as UTF-8 and NFC', (t) => {
  const r = decodeBytes(Buffer.from(`<p>${sentence}</p>`));
  t.is(r.charset, 'utf-8');
  t.is(r.evidence, 'sniffed');
  t.is(r.text, `<p>${sentence}</p>`);
});

test('decomposed (NFD) UTF-8 text comes out NFC', (t) => {
  const r = decodeBytes(Buffer.from(sentence.normalize('NFD')));
  t.is(r.text, sentence);
});

test('a UTF-8 byte-order mark is honoured and dropped', (t) => {
  const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sentence)]));
  t.is(r.evidence, 'bom');
  t.is(r.text, sentence);
});

test('<meta charset="windows-1258"> decodes combining tones into NFC', (t) => {
  const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1258"></head><body><p>'), encode1258(sentence), Buffer.from('</p></body></html>')]);
  const r = decodeBytes(page);
  t.is(r.charset, 'windows-1258');
  t.is(r.evidence, 'meta');
  t.true(r.text.includes(sentence));
});

test('http-equiv Content-Type declaration is read', (t) => {
  const page = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>'), encode1258('Thủ tướng Chính phủ')]);
  const r = decodeBytes(page);
  t.is(r.charset, 'windows-1258');
  t.true(r.text.endsWith('<p>Thủ tướng Chính phủ'));
});

test('undeclared windows-1258 bytes are sniffed as windows-1258, with a warning', (t) => {
  const r = decodeBytes(encode1258(sentence));
  t.is(r.charset, 'windows-1258');
  t.is(r.text, sentence);
  t.true(r.warnings.some((w) => w.includes('windows-1258')));
});

test('a transport charset wins over sniffing', (t) => {
  const r = decodeBytes(encode1258('Đại biểu Quốc hội'), 'cp1258');
  t.is(r.evidence, 'declared');
  t.is(r.text, 'Đại biểu Quốc hội');
});

test('binary data is refused with DecodeError', (t) => {
  const bytes = new Uint8Array(2048).map((_, i) => (i * 37) % 256);
  t.throws(() => decodeBytes(bytes), { instanceOf: DecodeError });
});

test('countInvalidUtf8 counts truncated, overlong and surrogate sequences', (t) => {
  t.is(countInvalidUtf8(Buffer.from('Hà Nội')), 0);
  t.is(countInvalidUtf8(Buffer.from([0x48, 0xc3])), 1); // truncated at the end
  t.is(countInvalidUtf8(Buffer.from([0xc0, 0xaf])), 2); // overlong "/" : both bytes invalid
  t.is(countInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 3); // a UTF-16 surrogate: 3 bad bytes, as WHATWG decoders count them
});
