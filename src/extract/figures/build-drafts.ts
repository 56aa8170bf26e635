/**
 * Drafts of figures: candidate numerals (after the not-figure filters) with their unit attached, and
 * ranges merged ("từ 5 đến 7 tỷ đồng", "180,8-183,8 triệu đồng/lượng", "giữa 1000 và 2000 đồng");
 * "từ 1% lên 3%" pairs are marked as a level and new levels.
 */
import { cueTable, firstWordOf, preUnitEntries } from './lexicon.js';
import { findNonFigureSpans, overlapsAny } from './not-figures.js';
import { scanNumerals, type Numeral } from './scan-numerals.js';
import { currencyBefore, unitAfter, withRate, type UnitMatch } from './attach-unit.js';
import { countedNounAt } from './counted-noun.js';
import { moneyInContext } from './money-context.js';
import { unitOfCountSubject, unitSharedWithNext } from './borrow-unit.js';
import { phraseBefore, phrasesWithin, wordsBefore } from './phrases.js';
import { roundScaled, parseDigits } from '../numbers/parse-digits.js';

export type SpelledNumbers = 'money' | 'all' | 'none';

/** One figure being built: a numeral (or two, for a range) with its unit. */
export interface Draft {
  start: number;
  end: number;
  /** Start of the numeral part (after "từ"/"giữa"), where approx cues are looked for. */
  qualStart: number;
  value: number;
  unit: UnitMatch;
  range: { from: number; to: number } | null;
  spelled: boolean;
  level: 'from' | 'to' | null;
  /** The numeral opened with "từ" and no end: "tăng từ 5 lần" (at least), or a level. */
  openFrom: boolean;
}

const MONEY_KINDS = new Set(['currency', 'subcurrency', 'percent', 'pp']);
const YEAR_LIKE = /^(?:19|20)\d{2}$/;

/**
 * A product or model code before the numeral: "xăng RON 95", "Galaxy Note 5", "iPhone 7", "Boeing
 * 787": an all-capitals or mixed-case Latin word, or a capitalised one inside the sentence.
 */
function codeBefore(text: string, n: Numeral): boolean {
  const m = /(?<![\p{L}\p{M}\p{N}])([A-Za-z]+) $/u.exec(text.slice(Math.max(0, n.start - 24), n.start));
  if (!m) return false;
  const word = m[1]!;
  if (/^[A-Z]{2,}[A-Za-z]*$|^[a-z]+[A-Z][A-Za-z]*$/.test(word)) return !preUnitEntries().some((e) => e.formLower === word.toLowerCase());
  // "Note 5", "Games 31": capitalised after a word, not the sentence's first word ("Có 5 người")
  return /^[A-Z][a-z]+$/.test(word) && /[\p{L}\p{N}] $/u.test(text.slice(Math.max(0, n.start - word.length - 3), n.start - word.length - 1));
}

/**
 * A duration word that is part of a date: a day or year right after it ("RON 95 ngày 21/11", "5
 * tháng 10/2016"), or "trước" meaning ago ("so với 3 tháng trước"; not "3 năm trước khi …", nor
 * "trong vòng 2 năm trước", the past two years).
 */
function dateAfter(text: string, n: Numeral, unit: UnitMatch): boolean {
  if (unit.kind !== 'time') return false;
  const after = text.slice(unit.end, unit.end + 14);
  if (/^\s+(?:\d{1,2}[/.-]\d|\d{4}(?!\d))/.test(after)) return true;
  // "từ ngày 14 đến 16 tháng 10": a day and its month
  if (unit.unit === 'tháng' && /^\s+(?:0?[1-9]|1[0-2])(?![\d.,])/.test(after)) return true;
  return /^ trước(?![\p{L}\p{M}])(?! (?:khi|đó|đây))/u.test(after) && !/(?:trong|vòng|suốt|sau|hơn|gần|khoảng)\s+$/iu.test(text.slice(Math.max(0, n.start - 12), n.start));
}

/** "sốt dưới 38 độ", "nhiệt độ 30 độ": a bare "độ" after a temperature word in the clause is °C. */
function celsius(text: string, n: Numeral, unit: UnitMatch): UnitMatch {
  if (unit.unit !== 'độ') return unit;
  const head = text.slice(Math.max(0, n.start - 50), n.start);
  const from = n.start - head.length + Math.max(head.lastIndexOf(','), head.lastIndexOf('.'), head.lastIndexOf(';'), head.lastIndexOf('\n')) + 1;
  return phrasesWithin(text, from, n.start, cueTable('temperature-word')).length ? { ...unit, unit: '°C', kind: 'temperature' } : unit;
}

function attachUnit(text: string, n: Numeral): UnitMatch | null {
  const raw = attachUnitAfter(text, n);
  const found = raw && celsius(text, n, raw);
  // after a code only a measured unit makes a figure ("TP HCM 40 km"); a date part is none
  if ((!found || found.kind === 'count' || found.kind === 'time') && codeBefore(text, n)) return null;
  if (found && dateAfter(text, n, found)) return null;
  return found;
}

function attachUnitAfter(text: string, n: Numeral): UnitMatch | null {
  const after = unitAfter(text, n.end);
  // "1,5 triệu đồng tiền nhà trọ": millions of a counted noun that opens with a currency are money
  if (after && after.kind === 'count' && n.scaled) {
    const money = unitAfter(text.slice(0, after.start + firstWordOf(text.slice(after.start, after.start + 24)).length), n.end);
    if (money && money.kind === 'currency') return money;
  }
  // a label before the numeral: "cấp 1 đi học", "top 10 tuyến phố" count nothing
  if (!(after && MONEY_KINDS.has(after.kind)) && phraseBefore(text, n.start, cueTable('count-label'))) return null;
  if (!n.spelled && (!after || after.kind === 'count')) {
    const noun = countedNounAfter(text, n, after);
    if (noun) return noun;
  }
  if (after) return after;
  if (n.spelled) return null;
  const pre = currencyBefore(text, n.start);
  if (pre) return { ...pre, start: pre.start, end: n.end };
  return moneyInContext(text, n) ?? indexPoints(text, n);
}

/**
 * The whole counted noun after a numeral (counted-noun.ts), preferred to a shorter lexicon entry at
 * the same place ("người" → "người dùng"); a lexicon rate ("người/ngày") is kept as it is.
 */
function countedNounAfter(text: string, n: Numeral, lexicon: UnitMatch | null): UnitMatch | null {
  if (lexicon?.unit.includes('/')) return null;
  const sp = /^[ \u00a0]{1,2}/.exec(text.slice(n.end, n.end + 2));
  // an account or card number is no count: "TK 39010000190579 ủng hộ"
  if (!sp || (!lexicon && n.digits.replace(/\D/g, '').length > 9 && !n.scaled)) return null;
  const noun = countedNounAt(text, n.start, n.end + sp[0].length);
  if (!noun || (lexicon && noun.end < lexicon.end)) return null;
  const rated = withRate(text, noun.unit, 'count', noun.end);
  return { ...noun, unit: rated.unit, end: rated.end };
}

/**
 * An index level written without its unit: "chỉ số US Dollar Index (DXY) … ở mức 98,86." is in
 * points. Only a number that closes its clause, after a level predicate, in a sentence naming an index.
 */
function indexPoints(text: string, n: Numeral): UnitMatch | null {
  if (!/^(?:$|[.,;!?)])/.test(text.slice(n.end, n.end + 1))) return null;
  if (!/(?:ở mức|đạt|lên|xuống|còn|tại)\s*$/iu.test(text.slice(Math.max(0, n.start - 12), n.start))) return null;
  const head = text.slice(Math.max(0, n.start - 300), n.start);
  const sentenceStart = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n')) + 1;
  const from = n.start - head.length + sentenceStart;
  if (!phrasesWithin(text, from, n.start, cueTable('index-word')).length) return null;
  return { unit: 'điểm', kind: 'points', start: n.end, end: n.end, minor: 0 };
}

/** Numerals that survive the not-figure filters. */
function candidateNumerals(text: string): Numeral[] {
  const claims = findNonFigureSpans(text);
  const doc = cueTable('doc');
  const dateWord = cueTable('date-word');
  const out: Numeral[] = [];
  let labelledEnd = -1;
  for (const n of scanNumerals(text)) {
    if (overlapsAny(claims, n.start, n.end)) continue;
    const chained = labelledEnd >= 0 && /^\s*(?:,|và|hoặc|[-–])\s*$/.test(text.slice(labelledEnd, n.start));
    const docLabel = phraseBefore(text, n.start, doc);
    const label = (docLabel && docLabel.value !== 'no') || phraseBefore(text, n.start, dateWord);
    if (chained || (!n.spelled && label)) {
      labelledEnd = n.end;
      continue;
    }
    labelledEnd = -1;
    if (!n.spelled && /^0\d{7,}$/.test(n.digits)) continue; // phone-like digit strings
    out.push(n);
  }
  return out;
}

/** Whether `word` (lower case) is the word right before `pos`. */
export function wordBeforeIs(text: string, pos: number, word: string): { start: number } | null {
  const w = wordsBefore(text, pos, 1)[0];
  return w && w.word.toLowerCase() === word ? { start: w.start } : null;
}

/** Build drafts: units attached, ranges merged ("từ 5 đến 7 tỷ đồng", "180,8-183,8 triệu đồng/lượng"). */
/** Drafts of the figures of `text`, in text order. */
export function buildDrafts(text: string, spelled: SpelledNumbers): Draft[] {
  const numerals = candidateNumerals(text);
  const units = numerals.map((n) => attachUnit(text, n));
  // bare numerals that borrow a counted noun from their phrase ("17 trên 24 quận huyện")
  for (let i = 0; i < numerals.length; i++) {
    const n = numerals[i]!;
    if (units[i] || n.spelled || n.gluedDashNext || codeBefore(text, n) || phraseBefore(text, n.start, cueTable('count-label'))) continue;
    units[i] = unitSharedWithNext(text, n, numerals[i + 1], units[i + 1] ?? null) ?? unitOfCountSubject(text, n);
  }
  const drafts: Draft[] = [];
  for (let i = 0; i < numerals.length; i++) {
    const a = numerals[i]!;
    const last = drafts[drafts.length - 1];
    if (last && a.start < last.end) continue; // inside a figure already read ("2 đô la và 23 xen")
    const ua = units[i] ?? null;
    const b = numerals[i + 1];
    const ub = units[i + 1] ?? null;
    const aEnd = ua && ua.start >= a.end ? ua.end : a.end;
    const aStart = ua && ua.start < a.start ? ua.start : a.start;
    const tu = wordBeforeIs(text, aStart, 'từ');
    // "753,7 triệu đồng đến 1,15 tỷ đồng mỗi m2": the rate written once, at the end, is both ends'
    if (b && ub && (!ua || ua.unit === ub.unit || (ub.unit.startsWith(`${ua.unit}/`) && ua.end === aEnd && !/\//.test(ua.unit)))) {
      const bStart = ub.start < b.start ? ub.start : b.start;
      const conn = text.slice(aEnd, bStart);
      const dash = /^\s*[-–—~]\s*$/.test(conn);
      const to = /^\s+(?:đến|tới)\s+$/iu.test(conn);
      const and = /^\s+và\s+$/iu.test(conn) && wordBeforeIs(text, tu ? tu.start : aStart, 'giữa');
      // a range opened by a word numeral needs its "từ"/"giữa": "đầu tư đến 30 tỷ" is not 4 to 30 tỷ
      const explicit = Boolean(tu || wordBeforeIs(text, aStart, 'giữa'));
      if ((dash || to || and) && (!a.spelled || explicit)) {
        let from = a.value;
        // a scale written once applies to both ends when the first is the smaller: "2 - 4 triệu đồng"
        if (!ua && !a.scaled && b.scaled) {
          const bDigits = parseDigits(b.digits);
          if (bDigits && a.value <= bDigits) from = roundScaled((a.value * b.value) / bDigits);
        }
        const toValue = b.value + ub.minor;
        if (from <= toValue && (dash || and || tu || ua || from < toValue)) {
          const giua = wordBeforeIs(text, aStart, 'giữa');
          const start = tu ? tu.start : giua ? giua.start : aStart;
          drafts.push({ start, end: ub.end, qualStart: start, value: from, unit: ub, range: { from, to: toValue }, spelled: a.spelled || b.spelled, level: null, openFrom: false });
          i++;
          continue;
        }
      }
      if (a.gluedDashNext) { i++; continue; } // "20-10": a date or a score, neither is a figure
    }
    if (!ua) continue;
    if (a.spelled && (spelled === 'none' || (spelled === 'money' && !MONEY_KINDS.has(ua.kind)))) continue;
    if (!a.scaled && YEAR_LIKE.test(a.digits) && (ua.kind === 'count' || ua.kind === 'time')) continue;
    const value = roundScaled(a.value + ua.minor);
    drafts.push({ start: aStart, end: Math.max(aEnd, a.end), qualStart: aStart, value, unit: ua, range: null, spelled: a.spelled, level: null, openFrom: Boolean(tu) });
    if (tu) drafts[drafts.length - 1]!.qualStart = tu.start;
  }
  markLevels(text, drafts);
  return drafts;
}

/** "từ 1% lên 3%", "từ 5% lên 7% hoặc 10%": the first is the level now, the others new levels. */
function markLevels(text: string, drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i]!;
    if (!a.openFrom) continue;
    const between = text.slice(a.end, drafts[i + 1]!.start);
    if (!/^\s+(?:lên|xuống)\s+(?:mức\s+)?$/iu.test(between)) continue;
    a.level = 'from';
    for (let j = i + 1; j < drafts.length; j++) {
      drafts[j]!.level = 'to';
      const next = drafts[j + 1];
      if (!next || !/^\s+(?:hoặc|và|hay)\s+$/iu.test(text.slice(drafts[j]!.end, next.start))) break;
    }
  }
}
