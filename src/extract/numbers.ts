/**
 * `parseNumber`: the value of one whole numeral expression written in Vietnamese: digits with
 * Vietnamese or (unambiguous) English marks, shorthand (100K, 1,2M, 1tr5, 2t3), words and scale words
 * (hai mươi mốt nghìn không trăm mười một, 1.127,9 nghìn tỷ, 18 vạn), negatives (âm 5, -99,95).
 */
import { parseDigits } from './numbers/parse-digits.js';
import { parseNumberTokens } from './numbers/parse-words.js';

/**
 * Parse a whole numeral expression.
 * @param text - the numeral alone, e.g. "1.127,9 nghìn tỷ", "bảy trăm hai mươi mốt nghìn không trăm mười hai".
 * @returns its value (after scale words), or null when the text is not one numeral.
 * @example parseNumber('1.127,9 nghìn tỷ') // 1127900000000000
 */
export function parseNumber(text: string): number | null {
  const s = text.normalize('NFC').trim();
  if (!s) return null;
  // "-,0012G", "- 1.200.000": a detached minus sign is its own token
  const tokens = s.replace(/^([-−])\s*/, '$1 ').split(/\s+/).filter(Boolean);
  if (tokens.length === 1) {
    const d = parseDigits(tokens[0]!);
    if (d !== null) return d;
  }
  if (tokens.length === 2 && (tokens[0] === '-' || tokens[0] === '−')) {
    const d = parseDigits(tokens[1]!);
    if (d !== null) return -d;
  }
  return parseNumberTokens(tokens);
}
