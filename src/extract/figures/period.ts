/**
 * Periods a figure refers to, written in its sentence or set at the head of its paragraph
 * ("Năm 2020, …"): năm 2020 → "2020", quý I/2021 → "2021-Q1", 6 tháng đầu năm 2021 → "2021-H1",
 * tháng 3/2026 → "2026-03", ngày 20/2/2023 → "2023-02-20", năm nay / năm ngoái → from publishedAt.
 * Years that are a base or a reference ("giá so sánh năm 2010", "so với năm 2019") are not periods.
 * This is a small reader for figures only; the dates finder (src/extract/dates.ts) is separate.
 */
import type { CueTable } from './lexicon.js';
import { phraseBefore } from './phrases.js';

export interface PeriodMention {
  value: string;
  start: number;
  end: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const pad = (n: number): string => String(n).padStart(2, '0');

/** Period patterns: each returns the ISO-like value from its match, or null to reject. */
const PATTERNS: { re: RegExp; value: (m: RegExpExecArray, year: number | null) => string | null }[] = [
  { // quý I/2021 · quý 2 năm 2021 · quý IV
    re: /quý\s+(I{1,3}|IV|[1-4])(?:\s*\/\s*|\s+năm\s+)?((?:19|20)\d{2})?/giu,
    value: (m, y) => { const yr = m[2] ? Number(m[2]) : y; return yr ? `${yr}-Q${ROMAN[m[1]!.toLowerCase()]}` : null; },
  },
  { // 6 tháng đầu năm (2021) · 6 tháng cuối năm
    re: /(6|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+((?:19|20)\d{2}))?/giu,
    value: (m, y) => { const yr = m[3] ? Number(m[3]) : y; return yr ? `${yr}-H${m[2]!.toLowerCase() === 'đầu' ? 1 : 2}` : null; },
  },
  { // ngày 20/2/2023 · 20/2/2023
    re: /(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})/giu,
    value: (m) => `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`,
  },
  { // tháng 3/2026 · tháng 10 năm 2011 · T9/2013
    re: /(?:tháng\s+|T)(\d{1,2})(?:\s*\/\s*|\s+năm\s+)((?:19|20)\d{2})/gu,
    value: (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? `${m[2]}-${pad(Number(m[1]))}` : null),
  },
  { // năm 2020 · Năm 2021
    re: /năm\s+((?:19|20)\d{2})(?![\d/])/giu,
    value: (m) => m[1]!,
  },
  { // năm nay · năm ngoái · năm trước
    re: /năm\s+(nay|ngoái|trước)(?![\p{L}])/giu,
    value: (m, y) => (y === null ? null : String(m[1]!.toLowerCase() === 'nay' ? y : y - 1)),
  },
];

/**
 * Period mentions in [from, to) of `text`, left to right, without base/reference years.
 * @param year - the publication year, for relative forms; null when unknown.
 */
export function findPeriods(text: string, from: number, to: number, year: number | null, refs: CueTable): PeriodMention[] {
  const slice = text.slice(from, to);
  const found: PeriodMention[] = [];
  for (const { re, value } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (found.some((p) => p.start < end && start < p.end)) continue;
      const v = value(m, year);
      if (v) found.push({ value: v, start, end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "từ ngày 24/3/2021 đến ngày 30/12/2022", "T9/2013-T9/2014": one range "a/b"
  const merged: PeriodMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    if (b && /^\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?$/iu.test(text.slice(a.end, b.start))) {
      merged.push({ value: `${a.value}/${b.value}`, start: a.start, end: b.end });
      i++;
      continue;
    }
    // base and reference years ("giá so sánh năm 2010", "so với năm 2019", "từ ngày 1/3/2026")
    if (!phraseBefore(text, a.start, refs)) merged.push(a);
  }
  return merged;
}
