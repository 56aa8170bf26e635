/**
 * Tokens with spans: the syllables and marks that sentence splitting and word segmentation work on.
 * Kept whole: URLs, e-mails, document numbers ("15/2021/NĐ-CP"), dates ("15/1/2021"), times
 * ("10h30", "8:15"), Vietnamese numbers ("1.127,9", "14,3%"), listed period abbreviations ("TP.",
 * "PGS.TS.", "v.v."), dotted all-caps names ("TP.HCM"), all-caps and hyphenated codes ("UBND",
 * "COVID-19"), ellipses. Every token satisfies `text.slice(start, end) === token.text`.
 */
import { abbreviations } from './abbreviations.js';

export type TokenKind =
  | 'word' | 'number' | 'date' | 'time' | 'code' | 'url' | 'email' | 'abbreviation' | 'ellipsis' | 'punct' | 'symbol';

export interface Token { text: string; start: number; end: number; kind: TokenKind }

// One alternation, tried at each position in this order (named groups say which matched).
const TOKEN = new RegExp([
  String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"'“”]+)`,
  String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
  // Nghị định 15/2021/NĐ-CP, Quyết định 37/QĐ-TTg
  String.raw`(?<code>\d+(?:\/\d+)?\/[\p{Lu}Đ]+(?:-[\p{Lu}Đ\d]+)*)`,
  String.raw`(?<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)|\d{1,2}\/\d{1,2}(?![\d/]))`,
  String.raw`(?<time>\d{1,2}[hg]\d{1,2}(?:p|')?(?![\p{L}\d])|\d{1,2}[hg](?![\p{L}\d])|\d{1,2}:\d{2}(?::\d{2})?(?!\d))`,
  String.raw`(?<number>\d+(?:[.,]\d+)*%?)`,
  String.raw`(?<dotted>\p{L}+(?:\.\p{L}+)+\.?|\p{L}+\.)`,
  String.raw`(?<word>[\p{L}\p{M}\p{N}]+(?:[-‐][\p{L}\p{M}\p{N}]+)*)`,
  String.raw`(?<ellipsis>\.{2,}|…)`,
  String.raw`(?<punct>[.,;:!?()\[\]{}"'“”‘’«»\-–—/])`,
  String.raw`(?<symbol>\S)`,
].join('|'), 'gu');

const TRAILING_URL_PUNCT = /[.,;:!?)\]}'"»]+$/u;
const ALL_CAPS = /^[\p{Lu}\d]+$/u;
const HAS_DIGIT = /\d/;
const ASCII = /^[A-Za-z0-9-]+$/;
const ONE_CAPITAL = /^\p{Lu}\.$/u;
const ROMAN = new Set(['I', 'V', 'X', 'L', 'C', 'D', 'M']);

/** Length of the dotted candidate to keep as one token, or 0 to split it. */
function acceptDotted(candidate: string, after: string): number {
  const abbr = abbreviations();
  if (abbr.has(candidate)) return candidate.length;
  // an initial inside a name ("V. A. Nguyễn"); not a Roman numeral ("quý I.") nor a sentence end
  if (ONE_CAPITAL.test(candidate)) return !ROMAN.has(candidate[0]!) && /^\s+\p{Lu}/u.test(after) ? candidate.length : 0;
  const trailing = candidate.endsWith('.');
  const body = trailing ? candidate.slice(0, -1) : candidate;
  const parts = body.split('.');
  if (parts.length > 1 && parts.every((p) => ALL_CAPS.test(p) || abbr.has(p + '.'))) {
    // "GS.TS.BS." is titles all through (keep the period); "TP.HCM." ends with a name
    if (trailing && parts.every((p) => abbr.has(p + '.'))) return candidate.length;
    return body.length;
  }
  // the longest listed abbreviation at the start: "TP." in "TP.Hồ Chí Minh"
  for (let k = candidate.length - 1; k > 0; k--) {
    if (candidate[k - 1] === '.' && abbr.has(candidate.slice(0, k))) return k;
  }
  return 0;
}

// Fast path for the common token, a run of letters that starts with a letter and ends at a space
// or at a mark no earlier alternative reads (so neither url, e-mail, dotted nor hyphen rules apply).
const LETTER_RUN = /[\p{L}\p{M}\p{N}]+/uy;
const STARTS_LETTER = /\p{L}/u;
/** After a letter run: whitespace or marks that end a plain word (not . @ - ‐ _ % + : /). */
function endsPlainWord(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 44 /* , */ || code === 59 /* ; */
    || code === 33 /* ! */ || code === 63 /* ? */ || code === 41 /* ) */ || code === 40 /* ( */ || code === 34 /* " */
    || code === 0x201c || code === 0x201d || code === 0xa0 || Number.isNaN(code);
}
function isLetterStart(code: number, ch: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (isLatinLetter(code)) return true;
  return code >= 0xc0 && STARTS_LETTER.test(ch);
}

/**
 * Latin letters Vietnamese is written in, without a regex: Latin-1 and Latin Extended-A/B
 * (U+00C0–U+024F but × and ÷) and Latin Extended Additional (U+1E00–U+1EFF, "ạ…ỹ") are all \p{L}
 * (tokenize.test.ts checks every code point against the regex).
 */
export function isLatinLetter(code: number): boolean {
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);
}

/** A code point of [\p{L}\p{M}\p{N}] known without a regex; false means "ask the regex", not "no". */
export function isKnownLetterMarkDigit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return isLatinLetter(code) || (code >= 0x300 && code <= 0x36f);
}

/**
 * End of the run of [\p{L}\p{M}\p{N}] that starts at `pos` (LETTER_RUN's match): scanned code by
 * code while the codes are Latin letters, combining marks or ASCII letters and digits; an ASCII
 * code of another kind ends it; any other code hands the run to the regex.
 */
function letterRunEnd(text: string, pos: number): number {
  const n = text.length;
  let end = pos;
  while (end < n) {
    const code = text.charCodeAt(end);
    if (isKnownLetterMarkDigit(code)) { end++; continue; }
    if (code < 128) return end;
    LETTER_RUN.lastIndex = pos;
    return LETTER_RUN.test(text) ? LETTER_RUN.lastIndex : pos;
  }
  return end;
}
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 12 || code === 11 || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0xfeff;
}

/** Split text into tokens (see the module comment). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const code = text.charCodeAt(pos);
    if (isSpace(code)) { pos++; continue; }
    if (isLetterStart(code, text[pos]!)) {
      const end = letterRunEnd(text, pos);
      if (end > pos && (end >= n || endsPlainWord(text.charCodeAt(end)))) {
        out.push({ text: text.slice(pos, end), start: pos, end, kind: 'word' });
        pos = end;
        continue;
      }
    }
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (m === null) break;
    pos = readToken(text, m, out);
  }
  return out;
}

/** One token from a match of the full alternation; returns the offset after it. */
function readToken(text: string, m: RegExpExecArray, out: Token[]): number {
  {
    const g = m.groups!;
    let value = m[0];
    let kind: TokenKind;
    if (g.url !== undefined) { value = value.replace(TRAILING_URL_PUNCT, ''); kind = 'url'; }
    else if (g.email !== undefined) { value = value.replace(/\.+$/, ''); kind = 'email'; }
    else if (g.code !== undefined) kind = 'code';
    else if (g.date !== undefined) kind = 'date';
    else if (g.time !== undefined) kind = 'time';
    else if (g.number !== undefined) kind = 'number';
    else if (g.dotted !== undefined) {
      const keep = acceptDotted(value, text.slice(m.index + value.length, m.index + value.length + 3));
      if (keep > 0) { value = value.slice(0, keep); kind = value.endsWith('.') ? 'abbreviation' : 'word'; }
      else { value = /^\p{L}+/u.exec(value)![0]; kind = 'word'; }
    } else if (g.word !== undefined) {
      kind = 'word';
      // hyphens join codes and foreign words ("COVID-19", "e-mail"), not Vietnamese syllables
      if (value.includes('-') && !HAS_DIGIT.test(value) && !ASCII.test(value)) value = value.slice(0, value.indexOf('-'));
    } else if (g.ellipsis !== undefined) kind = 'ellipsis';
    else if (g.punct !== undefined) kind = 'punct';
    else kind = 'symbol';
    if (value.length === 0) value = m[0].slice(0, 1);
    out.push({ text: value, start: m.index, end: m.index + value.length, kind });
    return m.index + value.length;
  }
}
