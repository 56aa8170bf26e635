/**
 * Proposes the numerals of a text: digit numerals (with glued shorthand and following scale words:
 * "1.127,9 nghìn tỷ", "100K", "1tr5") and word numerals ("bảy ngàn", "hai mươi"). Tokens that are
 * codes rather than numbers are left out here: glued to letters (VN30, 4G, Điều 7a), to slashes
 * (68/2026/NĐ-CP), or malformed digit groups (024.3825.1234).
 */
import { parseNumber } from '../numbers.js';
import { parseDigits } from '../numbers/parse-digits.js';
import { numberWords } from '../numbers/number-words.js';
import { LowerCaseWords, lettersBeforeSpace } from './char-class.js';
import { unitsByFirstWord, firstWordOf } from './lexicon.js';

export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** Written in words (at least its first token). */
  spelled: boolean;
  /** A scale word or shorthand multiplied it. */
  scaled: boolean;
  /** The digits as written, before scale words ("2", "180,8"). */
  digits: string;
  /** A dash glued on both sides with no space to the next numeral: "180,8-183,8", "20-10". */
  gluedDashNext: boolean;
}

const DIGIT_RUN = /[.,]?\d(?:[\d.,]*\d)?/g;
const SHORTHAND_GLUE = /^(?:tr\d*|t\d+|[kKMG])(?![\p{L}\p{N}])/u;
const LETTER = /[\p{L}\p{M}]/u;
const SCALE_ROLES = new Set(['scale', 'hundred']);
const VAGUE_BEFORE = new Set(['hàng', 'vài', 'mấy', 'dăm', 'mươi', 'hàng trăm', 'cả']);

/** Whether a blocking word ("tỷ lệ", "triệu chứng") starts at `pos`. */
function blockedAt(text: string, pos: number): boolean {
  const entries = unitsByFirstWord().get(firstWordOf(text.slice(pos, pos + 20)));
  if (!entries) return false;
  for (const e of entries) {
    if (e.kind !== 'block') continue;
    const after = text.charAt(pos + e.form.length);
    if (text.slice(pos, pos + e.form.length).toLowerCase() === e.formLower && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Extend a numeral over following scale words ("2 triệu", "1.127,9 nghìn tỷ", "3 triệu 500 nghìn"):
 * returns the new end, or `end` when nothing follows.
 */
function extendOverScales(text: string, end: number): number {
  const words = numberWords();
  let best = end;
  let i = end;
  for (let guard = 0; guard < 8; guard++) {
    const m = /^ {1,2}([\p{L}\p{M}]+|\d[\d.,]*\d|\d)/u.exec(text.slice(i, i + 40));
    if (!m) break;
    const tok = m[1]!;
    const tokStart = i + m[0].length - tok.length;
    const w = words.get(tok.toLowerCase());
    // "2 chấm 23", "1 phẩy 1": a spoken decimal mark followed by digits
    if (w && w.role === 'point') {
      const frac = /^ (\d+)(?![\d.,]*\d)/.exec(text.slice(tokStart + tok.length, tokStart + tok.length + 12));
      if (frac) { i = tokStart + tok.length + frac[0].length; best = i; continue; }
      break;
    }
    if (w && (SCALE_ROLES.has(w.role) || w.role === 'half')) {
      if (blockedAt(text, tokStart)) break;
      i = tokStart + tok.length;
      best = i;
      continue;
    }
    // "3 triệu 500 nghìn": digits after a scale only when another scale follows them
    if (/^\d/.test(tok) && best > end) {
      const next = /^ {1,2}([\p{L}\p{M}]+)/u.exec(text.slice(tokStart + tok.length, tokStart + tok.length + 20));
      const nw = next ? words.get(next[1]!.toLowerCase()) : undefined;
      if (nw && nw.role === 'scale') { i = tokStart + tok.length; continue; }
    }
    break;
  }
  return best;
}

/** Digit numerals and word numerals, in text order, without overlaps. */
export function scanNumerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    let start = m.index;
    let raw = m[0];
    // a trailing "." or "," is punctuation, not a mark: "đạt 20%." · "5 tỷ, tăng"
    while (/[.,]$/.test(raw)) raw = raw.slice(0, -1);
    // a leading "," or "." belongs to the number only when nothing numeric precedes: ",77" (not "110%,130%")
    if (/^[.,]/.test(raw) && start > 0 && /[\p{L}\p{N}%)]/u.test(text[start - 1]!)) { start++; raw = raw.slice(1); }
    const end = start + raw.length;
    const before = start > 0 ? text[start - 1]! : ' ';
    // glued to a slash or to letters before: dates, document numbers, codes (VN30, T9, Covid-19)
    if (before === '/' || text[end] === '/' && /\d/.test(text[end + 1] ?? '')) continue;
    if (text[end] === '/' && /\p{Lu}/u.test(text[end + 1] ?? '')) continue; // 68/NĐ-CP, 123/QĐ-UBND
    if (before === '-' && start > 1 && LETTER.test(text[start - 2]!)) continue;
    if (text[end] === ':' && /\d/.test(text[end + 1] ?? '')) continue;
    let glued = '';
    if (LETTER.test(text[end] ?? ' ')) {
      const sh = SHORTHAND_GLUE.exec(text.slice(end, end + 8));
      if (sh) glued = sh[0];
    }
    const value0 = parseDigits(raw + glued);
    if (value0 === null) continue;
    const spanEnd = end + glued.length;
    // letters glued before: only currency prefixes may stand there ("USD1,23", "VN$1000", "Rs20");
    // the figure finder checks them, here we only refuse other codes (VN30, T9/2013 handled above)
    if (LETTER.test(before) && !/(?:USD|EUR|VND|VNĐ|GBP|INR|JPY|CNY|KRW|AED|Rs)$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    let scaledEnd = extendOverScales(text, spanEnd);
    let value = value0;
    if (scaledEnd > spanEnd) {
      const v = parseNumber(text.slice(start, scaledEnd));
      if (v === null) scaledEnd = spanEnd;
      else value = v;
    }
    const gluedDashNext = /^[-–]\d/.test(text.slice(spanEnd, spanEnd + 2)) && scaledEnd === spanEnd;
    out.push({ start, end: scaledEnd, value, spelled: false, scaled: scaledEnd > spanEnd || glued !== '', digits: raw, gluedDashNext });
    DIGIT_RUN.lastIndex = Math.max(DIGIT_RUN.lastIndex, scaledEnd);
  }
  out.push(...scanWordNumerals(text, out));
  return out.sort((a, b) => a.start - b.start);
}

const MAX_RUN = 16;
// a bare scale word ("tỷ USD" in "hàng chục tỷ USD") does not open a numeral in running text
const STARTERS = new Set(['digit', 'ten', 'hundred', 'dozen', 'minus', 'unit-digit']);

let numberWordSet: LowerCaseWords | null = null;

/** Values of word numerals already parsed: the same few ("năm", "một", "hai mươi") recur. */
const wordNumeralValues = new Map<string, number | null>();
const MAX_KEPT = 5000;

function parseWordNumeral(s: string): number | null {
  let v = wordNumeralValues.get(s);
  if (v === undefined) {
    if (wordNumeralValues.size >= MAX_KEPT) wordNumeralValues.clear();
    v = parseNumber(s);
    wordNumeralValues.set(s, v);
  }
  return v;
}

/** Runs of number words ("bảy ngàn", "hai mươi mốt nghìn không trăm mười một", "một phẩy ba"). */
function scanWordNumerals(text: string, digitNumerals: readonly Numeral[]): Numeral[] {
  const words = numberWords();
  const out: Numeral[] = [];
  let next = 0; // digit numerals are sorted: advance a pointer instead of scanning them all
  const taken = (pos: number): boolean => {
    while (next < digitNumerals.length && digitNumerals[next]!.end <= pos) next++;
    const n = digitNumerals[next];
    return n !== undefined && n.start <= pos;
  };
  numberWordSet ??= new LowerCaseWords(words.keys());
  // each run of letters (as /[\p{L}\p{M}]+/gu finds them) that is a number word, from `resume` on
  let resume = 0;
  for (let run = numberWordSet.nextRunIn(text, 0); run; run = numberWordSet.nextRunIn(text, resume)) {
    const [start, runEnd] = run;
    resume = runEnd;
    const w = words.get(text.slice(start, runEnd).toLowerCase());
    if (!w || taken(start)) continue;
    const prev = lettersBeforeSpace(text, Math.max(0, start - 12), start);
    if (prev && VAGUE_BEFORE.has(prev.toLowerCase())) {
      // "hàng chục tỷ USD", "vài trăm nghìn": skip the whole vague run
      for (let n = /^ ([\p{L}\p{M}]+)/u.exec(text.slice(resume)); n && words.has(n[1]!.toLowerCase()); n = /^ ([\p{L}\p{M}]+)/u.exec(text.slice(resume))) resume += n[0].length;
      continue;
    }
    if (!STARTERS.has(w.role)) continue;
    // a bare magnitude after "hơn"/"gần" is vague too: "hơn chục triệu đồng", "gần trăm người"
    if ((w.role === 'dozen' || w.role === 'hundred') && prev && /^(?:hơn|gần|cả|tới|đến|mất)$/iu.test(prev)) continue;
    // collect the run: number words and digit groups separated by single spaces
    const toks: { start: number; end: number }[] = [{ start, end: runEnd }];
    let i = runEnd;
    // the longest written numeral ("bảy trăm hai mươi mốt nghìn không trăm mười hai") has 11 words
    while (toks.length < MAX_RUN) {
      const n = /^ ([\p{L}\p{M}]+|\d+)/u.exec(text.slice(i, i + 30));
      if (!n) break;
      const tok = n[1]!;
      if (!/^\d/.test(tok) && !words.has(tok.toLowerCase())) break;
      toks.push({ start: i + 1, end: i + 1 + tok.length });
      i += n[0].length;
    }
    // the longest prefix of the run that parses
    for (let k = toks.length; k >= 1; k--) {
      const s = toks[0]!.start;
      const e = toks[k - 1]!.end;
      if (/^\d/.test(text.slice(toks[k - 1]!.start, e)) && k > 1 && !/(?:phẩy|chấm)\s+\d+$/.test(text.slice(s, e))) continue;
      const v = parseWordNumeral(text.slice(s, e));
      if (v === null) continue;
      // a lone "không" is a negation ("không tới 7000 đồng"); a lone "tư"/"lăm" is another word
      if (k === 1 && (v === 0 || words.get(text.slice(s, e).toLowerCase())?.role === 'unit-digit')) break;
      out.push({ start: s, end: e, value: v, spelled: true, scaled: false, digits: '', gluedDashNext: false });
      resume = e;
      break;
    }
  }
  return out;
}
