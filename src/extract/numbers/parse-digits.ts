/**
 * Numerals written with digits: Vietnamese marks ("." thousands, "," decimal: 1.127,9 · 72.047 · ,77),
 * English marks when unambiguous (1,127.9 · 1,200,000), and shorthand suffixes (100K, 1,2M, ,0012G,
 * 1tr5 = 1,5 triệu, 2t3 = 2,3 tỷ). "1,127" is read the Vietnamese way (1.127); "1.5" (a dot not
 * followed by exactly three digits) can only be a decimal point.
 */

/** Multipliers of the glued shorthand suffixes. */
const SUFFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, m: 1e6, G: 1e9, B: 1e9, tr: 1e6, t: 1e9 };

const VI_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/; // 1.200.000 · 1.127,9
const EN_DECIMAL = /^\d{1,3}(?:,\d{3})+\.\d+$/; // 1,127.9
const EN_GROUPED = /^\d{1,3}(?:,\d{3}){2,}$/; // 1,200,000 (two or more groups: cannot be a decimal comma)
const VI_DECIMAL = /^\d*,\d+$/; // 1,1 · ,77 · 01,10
const DOT_DECIMAL = /^\d*\.\d+$/; // 12.53 (not three digits after the dot: checked by VI_GROUPED first)
const PLAIN = /^\d+$/;

/** The value of a bare digit numeral (no sign, no suffix), or null when it is not one. */
export function parseDigitCore(s: string): number | null {
  if (PLAIN.test(s)) return Number(s);
  if (VI_GROUPED.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (EN_DECIMAL.test(s)) return Number(s.replace(/,/g, ''));
  if (EN_GROUPED.test(s)) return Number(s.replace(/,/g, ''));
  if (VI_DECIMAL.test(s)) return Number(s.replace(',', '.'));
  if (DOT_DECIMAL.test(s)) return Number(s);
  return null;
}

const SHORTHAND = /^([\d.,]+)(tr|[kKMGBt])(\d*)$/;

/**
 * A digit numeral with optional sign and glued shorthand: "-1.200.000", "100K", "1tr5", "2t3".
 * Returns null for anything else (codes, dates, phone numbers with separators).
 */
export function parseDigits(text: string): number | null {
  let s = text.trim().replace(/\u2212/g, '-');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) sign = -1;
    s = s.slice(1).trim();
  }
  if (!s) return null;
  const core = parseDigitCore(s);
  if (core !== null) return sign * core;
  const m = SHORTHAND.exec(s);
  if (!m) return null;
  const [, num, suffix, tail] = m as unknown as [string, string, string, string];
  // "1tr5" / "2t3": the digits after the suffix continue the number as its decimal part.
  if (tail && suffix !== 'tr' && suffix !== 't') return null;
  if (suffix === 't' && !tail) return null; // a bare "5t" is too ambiguous (tấn? tỷ? tháng?)
  const base = parseDigitCore(num);
  if (base === null) return null;
  const value = tail ? Number(`${num.replace(/[.,]/g, '')}.${tail}`) : base;
  if (tail && /[.,]/.test(num)) return null;
  return sign * roundScaled(value * SUFFIX[suffix]!);
}

/** Scaling decimals (1,1 × 1e6) leaves binary noise: round to the precision the text could carry. */
export function roundScaled(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(15));
}
