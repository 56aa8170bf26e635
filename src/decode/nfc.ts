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
const STABLE =
  '\u0000-\u02ff\u1e00-\u1eff\u2002-\u206f\u20a0-\u20cf\u2100-\u2125\u2127-\u2129\u212c-\u214f\u2190-\u21ff' +
  '\u2500-\u27bf\ufe00-\ufe0f\ufeff\ufff0-\ufffd\ud800-\ud833\ud835-\ud87d\ud87f-\udbff\udc00-\udfff';
const NFC_STABLE_ONLY = new RegExp(`^[${STABLE}]*$`);
/** A run of characters that may change under NFC (a high surrogate keeps its low half). */
const UNSTABLE_RUN = new RegExp(`(?:[^${STABLE}][\\udc00-\\udfff]?)+`, 'g');

/**
 * `text.normalize('NFC')`, done only where it can change something: each run of characters outside
 * the stable blocks is normalized together with the character before it (the starter a combining
 * mark may fuse with). Stable characters never compose with what precedes them, so the pieces
 * between runs are already NFC and NFC of the whole is the concatenation.
 */
export function toNfc(text: string): string {
  if (NFC_STABLE_ONLY.test(text)) return text;
  let out = '';
  let last = 0;
  UNSTABLE_RUN.lastIndex = 0;
  for (let m = UNSTABLE_RUN.exec(text); m; m = UNSTABLE_RUN.exec(text)) {
    let start = m.index;
    if (start > last) {
      start--;
      // The starter may be an astral character: take both halves.
      const unit = text.charCodeAt(start);
      if (unit >= 0xdc00 && unit <= 0xdfff && start > last) start--;
    }
    const end = m.index + m[0].length;
    out += text.slice(last, start) + text.slice(start, end).normalize('NFC');
    last = end;
  }
  return out + text.slice(last);
}
