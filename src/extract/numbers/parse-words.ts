/**
 * Numeral expressions in words, possibly mixed with digits and scale words:
 * "hai mươi mốt nghìn không trăm mười một" · "một nghìn hai trăm tỉ" · "1.127,9 nghìn tỷ" ·
 * "bốn triệu sáu" (4 600 000) · "hai triệu rưỡi" · "một trăm lẻ năm" · "hai chục" · "hai phẩy 23" ·
 * spoken shortenings: "ba mốt" (31), "hai trăm ba" (230), "sáu trăm tư" (640), "hai nghìn rưỡi" (2500).
 *
 * A scale word multiplies everything smaller than itself said before it, so "nghìn tỷ" is 1e12 and
 * "3 triệu 500 nghìn" is 3 500 000.
 */
import { numberWords, type NumberWord } from './number-words.js';
import { parseDigits, roundScaled } from './parse-digits.js';

interface Part {
  value: number;
  scale: number;
}

type Prev = 'none' | 'digit' | 'tens-digit' | 'num' | 'ten' | 'tens' | 'dozen' | 'hundred' | 'link' | 'scale' | 'half' | 'point' | 'minus';

/** The value of a token sequence, or null when the tokens do not make one well-formed numeral. */
export function parseNumberTokens(tokens: readonly string[]): number | null {
  const words = numberWords();
  let sign = 1;
  const parts: Part[] = [];
  let cur: number | null = null;
  let lastDigit = 0;
  let lastScale = 0;
  let prev: Prev = 'none';
  let tailDigit: number | null = null; // a lone digit right after a scale: "bốn triệu sáu"
  let fraction: string | null = null; // digits after "phẩy"/"chấm"
  let unitDigit = false; // the last digit was mốt/tư/lăm: nothing multiplies it

  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const tok = raw.toLowerCase();
    if (prev === 'point' || fraction !== null) {
      // after the spoken decimal mark: digits only, then optionally a scale word
      const w = words.get(tok);
      if (/^\d+$/.test(tok) && fraction === null) { fraction = tok; prev = 'num'; continue; }
      if (w && (w.role === 'digit' || w.role === 'unit-digit')) { fraction = (fraction ?? '') + String(w.value); prev = 'digit'; continue; }
      if (w && w.role === 'scale' && fraction !== null) {
        const base: number = (cur ?? 0) + Number(`0.${fraction}`);
        cur = base;
        fraction = null;
        applyScale(w.value);
        prev = 'scale';
        continue;
      }
      return null;
    }
    if (tok === '-' || tok === '−') {
      if (prev !== 'none') return null;
      sign = -1;
      prev = 'minus';
      continue;
    }
    const digits = /\d/.test(tok) ? parseDigits(raw) : null;
    if (digits !== null) {
      if (prev === 'scale' && Number.isInteger(digits) && digits >= 1 && digits <= 9 && /^\d$/.test(tok)) {
        tailDigit = digits;
        cur = digits;
        lastDigit = digits;
        prev = 'digit';
        continue;
      }
      if (cur !== null && prev !== 'minus') return null;
      if (digits < 0) { if (prev !== 'none' && prev !== 'minus') return null; sign = -sign; cur = -digits; } else cur = digits;
      lastDigit = Number.isInteger(digits) && digits < 10 ? digits : 0;
      prev = 'num';
      continue;
    }
    const w: NumberWord | undefined = words.get(tok);
    if (!w) return null;
    if (tailDigit !== null && w.role !== 'hundred' && w.role !== 'tens' && w.role !== 'dozen' && w.role !== 'scale') return null;
    switch (w.role) {
      case 'minus':
        if (prev !== 'none') return null;
        sign = -1;
        prev = 'minus';
        break;
      case 'digit':
      case 'unit-digit':
        // "ba mốt" (31), "bốn lăm" (45): mươi left out between a digit and mốt/tư/lăm
        if (w.role === 'unit-digit' && prev === 'digit' && !unitDigit && lastDigit >= 2 && tailDigit === null) {
          cur = (cur ?? 0) - lastDigit + lastDigit * 10 + w.value;
          lastDigit = 0;
          unitDigit = true;
          prev = 'tens-digit';
          break;
        }
        // "hai trăm ba" (230), "sáu trăm tư" (640): a lone digit closing the numeral after trăm counts tens
        if (prev === 'hundred' && i === tokens.length - 1) {
          cur = (cur ?? 0) + w.value * 10;
          lastDigit = 0;
          unitDigit = true;
          prev = 'tens-digit';
          break;
        }
        if (w.role === 'unit-digit' && prev !== 'tens' && prev !== 'ten' && prev !== 'scale' && prev !== 'link' && prev !== 'none') return null;
        if (prev === 'digit' || prev === 'num' || prev === 'tens-digit') return null;
        if (prev === 'scale') tailDigit = w.value;
        cur = (cur ?? 0) + w.value;
        lastDigit = w.value;
        unitDigit = w.role === 'unit-digit';
        prev = 'digit';
        break;
      case 'ten':
        if (prev === 'digit' || prev === 'num' || prev === 'ten' || prev === 'tens') return null;
        cur = (cur ?? 0) + 10;
        lastDigit = 0;
        prev = 'ten';
        break;
      case 'tens':
        if (prev !== 'digit' || unitDigit) return null;
        cur = (cur ?? 0) - lastDigit + lastDigit * 10;
        tailDigit = null;
        lastDigit = 0;
        prev = 'tens';
        break;
      case 'dozen':
        if (prev === 'digit' || prev === 'num') cur = (cur ?? 0) - lastDigit + lastDigit * 10;
        else cur = (cur ?? 0) + 10;
        tailDigit = null;
        lastDigit = 0;
        prev = 'dozen';
        break;
      case 'hundred':
        if (unitDigit && prev === 'digit') return null;
        if (prev === 'digit' || prev === 'num') cur = (cur ?? 0) - lastDigit + lastDigit * 100;
        else if (prev === 'none' || prev === 'scale' || prev === 'minus') cur = (cur ?? 0) + 100;
        else return null;
        tailDigit = null;
        lastDigit = 0;
        prev = 'hundred';
        break;
      case 'link':
        if (prev !== 'hundred') return null;
        prev = 'link';
        break;
      case 'half':
        if (prev === 'scale') parts.push({ value: lastScale / 2, scale: lastScale / 10 });
        else if (prev === 'hundred') cur = (cur ?? 0) + 50;
        else if (prev === 'dozen') cur = (cur ?? 0) + 5;
        else if (prev === 'digit' || prev === 'num') cur = (cur ?? 0) + 0.5;
        else return null;
        prev = 'half';
        break;
      case 'point':
        if (prev !== 'digit' && prev !== 'num') return null;
        prev = 'point';
        break;
      case 'scale':
        if (tailDigit !== null) tailDigit = null;
        applyScale(w.value);
        prev = 'scale';
        break;
    }
  }
  if (prev === 'none' || prev === 'minus' || prev === 'point' || prev === 'link') return null;
  if (fraction !== null) { cur = (cur ?? 0) + Number(`0.${fraction}`); fraction = null; }
  let total = parts.reduce((s, p) => s + p.value, 0);
  if (tailDigit !== null && lastScale > 0 && prev === 'digit') total += (tailDigit * lastScale) / 10;
  else total += cur ?? 0;
  return roundScaled(sign * total);

  function applyScale(scale: number): void {
    let group = cur ?? 0;
    const keep: Part[] = [];
    let hadSmaller = false;
    for (const p of parts) {
      if (p.scale < scale) { group += p.value; hadSmaller = true; } else keep.push(p);
    }
    if (cur === null && !hadSmaller) group = 1; // "nghìn" alone, "trăm nghìn"
    parts.length = 0;
    parts.push(...keep, { value: roundScaled(group * scale), scale });
    cur = null;
    lastDigit = 0;
    lastScale = scale;
  }
}
