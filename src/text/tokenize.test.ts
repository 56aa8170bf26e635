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

test('the letter shortcuts agree with the regexes on every code point they decide', async (t) => {
  const { isLatinLetter, isKnownLetterMarkDigit } = await import('./tokenize.js');
  const letter = /\p{L}/u;
  const run = /[\p{L}\p{M}\p{N}]/u;
  let latin = 0;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates
    const ch = String.fromCharCode(code);
    if (isLatinLetter(code)) { latin++; if (!letter.test(ch)) t.fail(`U+${code.toString(16)} is not \\p{L}`); }
    if (isKnownLetterMarkDigit(code) && !run.test(ch)) t.fail(`U+${code.toString(16)} is not in [\\p{L}\\p{M}\\p{N}]`);
    // an ASCII code the shortcut does not know ends a run: it must be outside the class
    if (code < 128 && !isKnownLetterMarkDigit(code) && run.test(ch)) t.fail(`ASCII U+${code.toString(16)} is in the class`);
  }
  t.is(latin, 0x24f - 0xc0 + 1 - 2 + 256);
  // Vietnamese letters, precomposed and with a combining mark, are decided without the regex
  for (const ch of ['ạ', 'ư', 'Ơ', 'đ', 'Đ', 'ỹ', '\u0301']) t.true(isKnownLetterMarkDigit(ch.charCodeAt(0)));
});

test('runs of letters the shortcut does not know still tokenize as one word', (t) => {
  // Greek and CJK letters, and a syllable in decomposed form (combining marks)
  t.deepEqual(tokenize('αβγ 北京 Hà\u0300 Nội').map((x) => x.text), ['αβγ', '北京', 'Hà\u0300', 'Nội']);
});
