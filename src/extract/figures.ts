/**
 * `findFigures`: the figures of a text (../shared/SCHEMA.md "Figure"): numerals with their unit,
 * range, approximation, change, status, metric and period.
 *
 * Stages (figures/…): scan numerals → drop non-figures (phones, dates, codes, labelled numbers) →
 * attach units → merge ranges → qualify (approx, change, status, metric, period).
 * A numeral without a unit is not reported; numbers written in words are reported only with a
 * currency or percent unit ("bảy ngàn đồng"), as the gold convention leaves "hai năm" unannotated.
 */
import type { Approx, Figure } from '../record.js';
import { cueTable } from './figures/lexicon.js';
import { findNonFigureSpans, overlapsAny } from './figures/not-figures.js';
import { scanNumerals, type Numeral } from './figures/scan-numerals.js';
import { currencyBefore, unitAfter, type UnitMatch } from './figures/attach-unit.js';
import { phraseAfter, phraseBefore, phrasesWithin, wordsAfter, wordsBefore } from './figures/phrases.js';
import { splitSentences, type Sentence } from './figures/sentences.js';
import { findPeriods } from './figures/period.js';
import { changeOf } from './figures/change.js';
import { metricAfter, metricBefore } from './figures/metric.js';
import { findSentenceCues, resolveStatus, statusCuesIn, type SentenceCues } from './figures/status.js';
import { roundScaled, parseDigits } from './numbers/parse-digits.js';

export interface FigureOptions {
  /** ISO publication time of the article: the year of relative periods ("năm nay", "năm ngoái"). */
  publishedAt?: string | null;
  /** Period of the whole article, used when neither the sentence nor its paragraph states one. */
  period?: string | null;
  /**
   * Report numbers written in words: "money" (default) only with a currency or percent unit,
   * "all" with any unit, "none" never.
   */
  spelledNumbers?: 'money' | 'all' | 'none';
}

/** One figure being built: a numeral (or two, for a range) with its unit. */
interface Draft {
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
/** Units whose figure may name its measure after it: "90% dầu từ Trung Đông", "20 triệu thùng dầu thô Nga". */
const METRIC_AFTER_KINDS = new Set(['percent', 'mass', 'volume', 'currency']);
const YEAR_LIKE = /^(?:19|20)\d{2}$/;

function attachUnit(text: string, n: Numeral): UnitMatch | null {
  const after = unitAfter(text, n.end);
  if (after) return after;
  if (n.spelled) return null;
  const pre = currencyBefore(text, n.start);
  if (pre) return { ...pre, start: pre.start, end: n.end };
  return indexPoints(text, n);
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
    if (chained || (!n.spelled && (phraseBefore(text, n.start, doc) || phraseBefore(text, n.start, dateWord)))) {
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
function wordBeforeIs(text: string, pos: number, word: string): { start: number } | null {
  const w = wordsBefore(text, pos, 1)[0];
  return w && w.word.toLowerCase() === word ? { start: w.start } : null;
}

/** Build drafts: units attached, ranges merged ("từ 5 đến 7 tỷ đồng", "180,8-183,8 triệu đồng/lượng"). */
function buildDrafts(text: string, numerals: Numeral[], spelled: NonNullable<FigureOptions['spelledNumbers']>): Draft[] {
  const units = numerals.map((n) => attachUnit(text, n));
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
    if (b && ub && (!ua || ua.unit === ub.unit)) {
      const bStart = ub.start < b.start ? ub.start : b.start;
      const conn = text.slice(aEnd, bStart);
      const dash = /^\s*[-–—~]\s*$/.test(conn);
      const to = /^\s+(?:đến|tới)\s+$/iu.test(conn);
      const and = /^\s+và\s+$/iu.test(conn) && wordBeforeIs(text, tu ? tu.start : aStart, 'giữa');
      if (dash || to || and) {
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

function approxOf(text: string, d: Draft): Approx | null {
  const after = phraseAfter(text, d.end, cueTable('approx-after'));
  if (after) return after.value as Approx;
  if (d.level) return null;
  if (d.openFrom && !d.range) {
    const next = wordsAfter(text, d.end, 1)[0]?.word.toLowerCase();
    return next === 'lên' || next === 'xuống' || next === 'đến' || next === 'tới' ? null : 'at_least';
  }
  const cue = phraseBefore(text, d.qualStart, cueTable('approx-before'));
  if (!cue || cue.value === 'none') return null;
  if (cue.phrase === 'đến' || cue.phrase === 'tới') {
    // "tăng tới 240%", "lên tới", "kéo dài đến": emphasis or a level, not a ceiling
    if (phraseBefore(text, cue.start, cueTable('change')) || wordBeforeIs(text, cue.start, 'lên')) return null;
  }
  return cue.value as Approx;
}

/** Where the figure's qualifiers start: before its approx cue ("khoảng", "hơn"), for change verbs. */
function qualifierStart(text: string, d: Draft): number {
  const cue = phraseBefore(text, d.qualStart, cueTable('approx-before'));
  return cue && cue.value !== 'none' ? cue.start : d.qualStart;
}

/** Offset of the first "," or ";" in text[from, to) outside parentheses, or -1. */
function firstCommaOutsideParens(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === ';') && depth === 0) return i;
  }
  return -1;
}

/** Rule or possibility cues in the figure's clause, or in a conditional sentence opener ("Nếu …,"). */
function conditionAround(text: string, sentence: Sentence, cues: SentenceCues, start: number, end: number): boolean {
  const head = text.slice(sentence.start, start);
  const clauseStart = sentence.start + Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  const tail = text.slice(end, sentence.end).search(/[,;:]/);
  const clauseEnd = tail < 0 ? sentence.end : end + tail;
  return cues.condition.some((m) => (m.start >= clauseStart && m.end <= clauseEnd) || m.start === sentence.start);
}

function sentenceOf(sentences: readonly Sentence[], pos: number): Sentence {
  for (const s of sentences) if (pos >= s.start && pos < s.end) return s;
  return { start: 0, end: 0, paragraph: -1 };
}

function yearOf(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? Number(m[1]) : null;
}

/**
 * Find the figures of a text.
 * @param text - one field of a record (title, lead, body, a caption).
 * @param options - publication time, article period, spelled-number policy.
 * @returns figures with spans into `text`, in text order.
 * @example findFigures('Giá trị sản xuất công nghiệp đạt 1.127,9 nghìn tỷ đồng')[0].value // 1127900000000000
 */
export function findFigures(text: string, options: FigureOptions = {}): Figure[] {
  const drafts = buildDrafts(text, candidateNumerals(text), options.spelledNumbers ?? 'money');
  if (!drafts.length) return [];
  const sentences = splitSentences(text);
  const year = yearOf(options.publishedAt);
  const refs = cueTable('period-ref');
  // per sentence: the paragraph's period so far (set by a sentence opening with one, "Năm 2020, …")
  // and whether a plan was stated earlier in the paragraph ("phấn đấu …")
  const context = new Map<Sentence, { period: string | null; target: boolean; cues: SentenceCues }>();
  {
    let paragraph = -1;
    let period: string | null = null;
    let target = false;
    for (const s of sentences) {
      if (s.paragraph !== paragraph) { paragraph = s.paragraph; period = null; target = false; }
      const opening = findPeriods(text, s.start, Math.min(s.end, s.start + 40), year, refs)[0];
      if (opening && opening.start - s.start <= 12) period = opening.value;
      const cues = findSentenceCues(text, s.start, s.end);
      context.set(s, { period, target, cues });
      if (statusCuesIn(cues).target) target = true;
    }
  }
  const figures: Figure[] = [];
  let lastSentence: Sentence | null = null;
  let prevInSentence: { end: number; metric: string | null } | null = null;

  for (const d of drafts) {
    const sentence = sentenceOf(sentences, d.start);
    const { period: paragraphPeriod, target: paragraphTarget, cues } = context.get(sentence) ?? { period: null, target: false, cues: findSentenceCues(text, sentence.start, sentence.end) };
    const sentenceCues = statusCuesIn(cues);
    if (sentence !== lastSentence) prevInSentence = null;
    const qStart = qualifierStart(text, d);
    const own = statusCuesIn(cues, qStart);
    own.condition = conditionAround(text, sentence, cues, qStart, d.end);
    const status = resolveStatus(own, paragraphTarget, d.level, sentenceCues);

    // after a figure, its own trailing words run to the next comma ("5 phiên liên tiếp, vượt 85 USD")
    let clauseFrom = sentence.start;
    if (prevInSentence) {
      const comma = firstCommaOutsideParens(text, prevInSentence.end, qStart);
      clauseFrom = comma >= 0 ? comma + 1 : prevInSentence.end;
    }
    const reading = metricBefore(text, clauseFrom, qStart);
    let metric = reading.metric;
    if (metric === null && prevInSentence) metric = prevInSentence.metric;
    else if (reading.weak && METRIC_AFTER_KINDS.has(d.unit.kind)) metric = metricAfter(text, d.end) ?? metric;

    const periods = findPeriods(text, sentence.start, sentence.end, year, refs);
    const present = phrasesWithin(text, sentence.start, d.start, cueTable('present')).pop();
    const before = periods.filter((p) => p.end <= d.start && (!present || p.start > present.start)).pop();
    const clauseEnd = text.slice(d.end, sentence.end).search(/[,;:]/);
    const after = periods.find((p) => p.start >= d.end && (clauseEnd < 0 || p.start < d.end + clauseEnd));
    const change = d.level || d.unit.kind === 'time' ? null : changeOf(text, qStart, d.end, sentence.end || text.length);
    // a period written after the figure is its period, unless it is the change's reference
    const afterValue = change?.reference ? null : after?.value;
    const period = before?.value ?? afterValue ?? paragraphPeriod ?? options.period ?? null;
    figures.push({
      text: text.slice(d.start, d.end),
      value: d.value,
      unit: d.unit.unit,
      approx: approxOf(text, d),
      range: d.range,
      metric,
      change,
      status,
      period,
      span: [d.start, d.end],
    });
    prevInSentence = { end: d.end, metric };
    lastSentence = sentence;
  }
  return figures;
}
