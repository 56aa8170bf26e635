/**
 * NFC without the cost when it is not needed: normalizing a 250 KB page takes longer than decoding
 * it, and almost every UTF-8 news page is NFC already. A string made only of characters that are
 * stable under NFC (no combining marks, no singleton decompositions) is NFC as it stands.
 */

// Blocks in which every character has NFC_Quick_Check=Yes (Unicode 15 DerivedNormalizationProps):
// Basic Latin to Spacing Modifiers, Latin Extended Additional (Vietnamese precomposed letters),
// punctuation without U+2000/U+2001, currency, letterlike without Ω K Å (U+2126, U+212A, U+212B),
// arrows, box drawing to dingbats, specials; astral planes but for musical symbols (U+1D1xx,
// high surrogate D834) and CJK compatibility ideographs supplement (high surrogate D87E).
const NFC_STABLE_ONLY =
  /^[\u0000-\u02ff\u1e00-\u1eff\u2002-\u206f\u20a0-\u20cf\u2100-\u2125\u2127-\u2129\u212c-\u214f\u2190-\u21ff\u2500-\u27bf\ufe00-\ufe0f\ufeff\ufff0-\ufffd\ud800-\ud833\ud835-\ud87d\ud87f-\udbff\udc00-\udfff]*$/;

/** `text.normalize('NFC')`, skipped when the text holds only NFC-stable characters. */
export function toNfc(text: string): string {
  return NFC_STABLE_ONLY.test(text) ? text : text.normalize('NFC');
}
