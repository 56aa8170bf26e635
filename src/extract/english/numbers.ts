/**
 * English numerals as the editions print them: "1,200", "369.9", "0.5" with scale words (thousand,
 * million, billion, trillion; "bn", "mln", "tn"), and their value computed on the decimal string so that
 * "369.9 billion" is exactly 369900000000 (369.9 * 1e9 in floating point is not).
 *
 * compromise's number parser was measured first (README): it reads "VND2.3 trillion ($100 million)" as
 * one number, 1000100000000, and does not know VND; here it is only the tagger around the number.
 */
export const SCALES: Record<string, number> = {
  thousand: 3, million: 6, mln: 6, billion: 9, bn: 9, trillion: 12, tn: 12, quadrillion: 15,
};
/** Scale letters glued to a money amount ("$5m", "$1.2bn"): only after a currency. */
export const GLUED_SCALES: Record<string, number> = { k: 3, m: 6, mn: 6, b: 9, bn: 9, tn: 12 };

/** "1,234.5" → 1234.5 times 10^exp, exact for the digits written. */
export function scaleDecimal(written: string, exp: number): number {
  const digits = written.replace(/,/g, '');
  const [int = '0', frac = ''] = digits.split('.');
  if (exp === 0) return Number(digits);
  const shifted = int + frac.padEnd(exp, '0').slice(0, exp);
  const rest = frac.length > exp ? '.' + frac.slice(exp) : '';
  return Number(shifted + rest);
}

/**
 * The value of an English number with an optional scale word.
 * @example parseEnglishNumber('369.9', 'billion') // → 369900000000
 */
export function parseEnglishNumber(written: string, scale?: string | null): number {
  const exp = scale ? SCALES[scale.toLowerCase()] ?? GLUED_SCALES[scale.toLowerCase()] ?? 0 : 0;
  return scaleDecimal(written, exp);
}
