/**
 * Hyphenated and joined tokens stay whole in the segmenter: "Bà Rịa-Vũng Tàu", "Ả-rập Xê-út",
 * "2021-2025", "5.000-6.000", "A-B-C" are one syllable where the hyphen touches both neighbours,
 * as UD-VTB writes them ("cà-rem", "Wai-kru", "1.500-2.000" are one form there), so the syllable
 * count in and out matches a gold that keeps them. A number against capitals ("1A", "4G") is one too. A hyphen with a space on either side
 * ("Bà Rịa - Vũng Tàu", "2021 - 2025", "Việt - Mỹ") is punctuation and stays its own token.
 *
 * The text tokenizer (src/text/tokenize.ts) splits Vietnamese hyphenated syllables because the
 * sentence splitter and the finders read them as separate syllables; only the segmenter joins them.
 */
import type { Token, TokenKind } from '../text/tokenize.js';

const HYPHENS = new Set(['-', '‐', '‑']);
/** Token kinds that may stand on either side of a joining hyphen. */
const JOINABLE: ReadonlySet<TokenKind> = new Set(['word', 'number', 'date', 'time', 'code', 'abbreviation']);

/** A number written against capitals is a code: "quốc lộ 1A", "lớp 2E", "mạng 4G" (one form in UD-VTB). */
const CODE_LETTERS = /^\p{Lu}{1,3}$/u;

/** The tokens with every tight hyphen run joined into one token (its kind: the first part's). */
export function joinHyphenated(tokens: readonly Token[], text: string): Token[] {
  const out: Token[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const first = tokens[i]!;
    let end = i;
    // extend while "-" touches the token before it and the token after it
    while (end + 2 < n) {
      const dash = tokens[end + 1]!;
      const next = tokens[end + 2]!;
      if (!HYPHENS.has(dash.text) || dash.start !== tokens[end]!.end || next.start !== dash.end) break;
      if (!JOINABLE.has(tokens[end]!.kind) || !JOINABLE.has(next.kind)) break;
      end += 2;
    }
    if (end === i && first.kind === 'number' && i + 1 < n && tokens[i + 1]!.start === first.end && CODE_LETTERS.test(tokens[i + 1]!.text)) {
      end = i + 1;
    }
    if (end === i || !JOINABLE.has(first.kind)) { out.push(first); i++; continue; }
    const last = tokens[end]!;
    out.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, kind: first.kind });
    i = end + 1;
  }
  return out;
}
