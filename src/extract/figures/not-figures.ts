/**
 * Spans that hold numbers but are not figures: phone and hotline numbers, licence plates, URLs and
 * e-mail addresses, dates and times, periods ("6 tháng đầu năm"), match scores, list numbering.
 * Numerals inside these spans are dropped before units are attached (parsers propose, this filters).
 * Labels written before a number (Nghị định 68, Điều 10, số 12, thứ 3, năm 2020) are checked per
 * numeral with the "doc" and "date-word" cues of corpus/lexicon/figure-cues.tsv.
 */
import type { Span } from '../../record.js';

interface Claim {
  re: RegExp;
  /**
   * Something every match holds, tested on the whole text first: when it fails, the pattern cannot
   * match and its scan is skipped (a pattern opening with a look-behind is slow to scan).
   */
  needs?: (text: string) => boolean;
  /**
   * The pattern (sticky, without its look-behind "(?<=^|\n)") matches only at the text's start or
   * after a line break: it is tried there and nowhere else.
   */
  atLineStart?: boolean;
}

/** Each pattern claims its whole match. Examples in the comments are what they must catch. */
const CLAIMS: Claim[] = [
  // phones: 0989837029 · 0989 837 029 · 024.3825.1234 · (024) 3825 1234 · +84 989 837 029
  { re: /(?<![\p{L}\p{N}])(?:\+84|\(?0\d{1,3}\)?)[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?:[\s.-]?\d{2,4})?(?![\p{L}\p{N}])/gu },
  // hotlines: 1900 1234 · 1800.6789 · 1900 54 55 66
  { re: /(?<![\p{L}\p{N}])1[89]00[\s.]?\d{2,4}(?:[\s.]?\d{2,4})?(?![\p{L}\p{N}])/gu, needs: (t) => t.includes('1900') || t.includes('1800') },
  // licence plates: 37A - 396.53 · 30E-123.45 · 51F1-12345
  { re: /(?<![\p{L}\p{N}])\d{2}[A-Z]{1,2}\d?\s*[-–.]\s*\d{3}\.?\d{2}(?![\p{L}\p{N}])/gu, needs: (t) => /\d[A-Z]/.test(t) },
  // URLs and e-mail addresses
  { re: /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/gu, needs: (t) => t.includes('@') || t.includes('http://') || t.includes('https://') || t.includes('www.') },
  // dates: 15/3/2026 · 01.3.2026 · 15/3 · 3/2026 · T9/2013 · 24-3-2021
  { re: /(?<![\p{L}\p{N}])T?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\p{N}])/gu },
  { re: /(?<![\p{L}\p{N},.])T?\d{1,2}\/\d{1,4}(?![\p{N}]|\/)/gu, needs: (t) => t.includes('/') },
  // times: 10:30 · 10h30 · 8h · 10 giờ 30 phút · 7 giờ sáng
  { re: /(?<![\p{L}\p{N}])\d{1,2}(?::\d{2}(?::\d{2})?|h\d{0,2})(?![\p{L}\p{N}])/gu, needs: (t) => /\d[:h]/.test(t) },
  { re: /(?<![\p{L}\p{N}])\d{1,2}\s*giờ\s*(?:\d{1,2}(?:\s*phút)?|sáng|trưa|chiều|tối|đêm)(?![\p{L}\p{N}])/gu, needs: (t) => t.includes('giờ') },
  // day-month with a dash and a year word after it: "dịp lễ 20-10 năm ngoái"
  { re: /(?<![\p{L}\p{N}])\d{1,2}\s?[-–]\s?\d{1,2}\s+năm\s+(?:nay|ngoái|trước|sau|tới|\d{4})/gu, needs: (t) => t.includes('năm') && /\d\s?[-–]\s?\d/.test(t) },
  // periods: 6 tháng đầu năm · 9 tháng cuối năm 2021 · 6 tháng năm 2021
  { re: /(?<![\p{L}\p{N}])\d{1,2}\s+tháng\s+(?:(?:đầu|cuối)\s+năm|năm\s+\d{4})/gu, needs: (t) => t.includes('tháng') },
  // "per one": thu trên 1 ha đạt 168 triệu đồng · trên một người (a denominator, not "over 1 ha")
  { re: /(?<![\p{L}])trên\s+(?:1|một)\s+(?=(?:ha|héc|m2|m²|km2|sào|mẫu|người|lao động|hộ|đầu người|tấn|kg|con)(?![\p{L}]))/gu, needs: (t) => t.includes('trên') },
  // scores: thắng 2-1 · tỷ số 3 - 0 · hòa 1-1
  { re: /(?:thắng|thua|hòa|hoà|tỷ số|tỉ số|cách biệt|chung cuộc)\s+\d{1,2}\s*[-–:]\s*\d{1,2}(?![\p{N}])/giu, needs: (t) => /\d\s*[-–:]\s*\d/.test(t) },
  // list numbering at a line start: "1. Bộ Ngoại giao", "(2) Miễn phí", "3) ..."
  { re: /\s*\(?\d{1,2}[.)](?=\s)/uy, atLineStart: true },
  { re: /\(\d{1,2}\)/gu },
];

/** Matches of a sticky pattern tried at the text's start and after each "\n", without overlaps. */
function matchAtLineStarts(re: RegExp, text: string, spans: Span[]): void {
  let free = 0; // a line start inside the last match is not tried, as a global scan would skip it
  for (let p = 0; p >= 0; ) {
    if (p >= free) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (m && m[0].length) { spans.push([p, p + m[0].length]); free = p + m[0].length; }
    }
    const nl = text.indexOf('\n', p);
    p = nl < 0 ? -1 : nl + 1;
  }
}

/** Spans of text that are not figures, sorted by start. */
export function findNonFigureSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { re, needs, atLineStart } of CLAIMS) {
    if (needs && !needs(text)) continue;
    if (atLineStart) { matchAtLineStarts(re, text, spans); continue; }
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Whether [start, end) overlaps any claimed span. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const [s, e] of spans) {
    if (s >= end) break;
    if (e > start) return true;
  }
  return false;
}
