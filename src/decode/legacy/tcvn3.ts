/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime/.VnArial). Lower-case letters and the seven
 * capitals Ă Â Ê Ô Ơ Ư Đ have their own bytes; toned capitals were drawn by the capital fonts
 * (.VnTimeH) from the lower-case bytes, so they come back lower case. Read as windows-1252 the
 * bytes turn into "Thñ t­íng" (Thủ tướng). Table: TCVN 5712:1993 code chart, as published with
 * the ABC fonts; each entry is the windows-1252 character of the byte.
 */

// Unicode letter ← windows-1252 character of its TCVN3 byte, in the order a à ả ã ạ per vowel.
const PAIRS: [string, string][] = [
  ['a', 'a'], ['à', 'µ'], ['ả', '¶'], ['ã', '·'], ['á', '¸'], ['ạ', '¹'],
  ['ă', '¨'], ['ằ', '»'], ['ẳ', '¼'], ['ẵ', '½'], ['ắ', '¾'], ['ặ', 'Æ'],
  ['â', '©'], ['ầ', 'Ç'], ['ẩ', 'È'], ['ẫ', 'É'], ['ấ', 'Ê'], ['ậ', 'Ë'],
  ['e', 'e'], ['è', 'Ì'], ['ẻ', 'Î'], ['ẽ', 'Ï'], ['é', 'Ð'], ['ẹ', 'Ñ'],
  ['ê', 'ª'], ['ề', 'Ò'], ['ể', 'Ó'], ['ễ', 'Ô'], ['ế', 'Õ'], ['ệ', 'Ö'],
  ['i', 'i'], ['ì', '×'], ['ỉ', 'Ø'], ['ĩ', 'Ü'], ['í', 'Ý'], ['ị', 'Þ'],
  ['o', 'o'], ['ò', 'ß'], ['ỏ', 'á'], ['õ', 'â'], ['ó', 'ã'], ['ọ', 'ä'],
  ['ô', '«'], ['ồ', 'å'], ['ổ', 'æ'], ['ỗ', 'ç'], ['ố', 'è'], ['ộ', 'é'],
  ['ơ', '¬'], ['ờ', 'ê'], ['ở', 'ë'], ['ỡ', 'ì'], ['ớ', 'í'], ['ợ', 'î'],
  ['u', 'u'], ['ù', 'ï'], ['ủ', 'ñ'], ['ũ', 'ò'], ['ú', 'ó'], ['ụ', 'ô'],
  ['ư', '\u00AD'], ['ừ', 'õ'], ['ử', 'ö'], ['ữ', '÷'], ['ứ', 'ø'], ['ự', 'ù'],
  ['y', 'y'], ['ỳ', 'ú'], ['ỷ', 'û'], ['ỹ', 'ü'], ['ý', 'ý'], ['ỵ', 'þ'],
  ['đ', '®'],
  ['Ă', '¡'], ['Â', '¢'], ['Ê', '£'], ['Ô', '¤'], ['Ơ', '¥'], ['Ư', '¦'], ['Đ', '§'],
];

const DECODE = new Map<string, string>();
const ENCODE = new Map<string, string>();
for (const [uni, legacy] of PAIRS) {
  if (uni === legacy) continue;
  DECODE.set(legacy, uni);
  ENCODE.set(uni, legacy);
}

/** The windows-1252 characters that carry TCVN3 letters. */
export const TCVN3_CHARS: ReadonlySet<string> = new Set(DECODE.keys());

/** TCVN3 text read as windows-1252 → Unicode (NFC). */
export function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += DECODE.get(ch) ?? ch;
  return out;
}

/**
 * Unicode → TCVN3 as windows-1252 characters (for tests and fixtures). Toned capitals have no
 * byte of their own and are written lower case, as TCVN3 documents do.
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    out += ENCODE.get(ch) ?? ENCODE.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}
