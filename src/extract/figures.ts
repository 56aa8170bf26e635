/**
 * `findFigures`: the figures of a text (../shared/SCHEMA.md "Figure"): numerals with their unit,
 * range, approximation, change, status, metric and period.
 *
 * Stages (figures/…): scan numerals → drop non-figures (phones, dates, codes, labelled numbers) →
 * attach units → merge ranges → qualify (approx, change, status, metric, period).
 * A numeral without a unit is not reported; numbers written in words are reported only with a
 * currency or percent unit ("bảy ngàn đồng"), as the gold convention leaves "hai năm" unannotated.
 */
import type { Figure } from '../record.js';
import { cueTable } from './figures/lexicon.js';
import { buildDrafts, type SpelledNumbers } from './figures/build-drafts.js';
import { approxOf, qualifierStart } from './figures/approx.js';
import { phrasesWithin } from './figures/phrases.js';
import { splitSentences, type Sentence } from './figures/sentences.js';
import { findPeriods } from './figures/period.js';
import { changeOf } from './figures/change.js';
import { metricAfter, metricBefore } from './figures/metric.js';
import { findSentenceCues, resolveStatus, statusCuesIn, type SentenceCues } from './figures/status.js';

export interface FigureOptions {
  /** ISO publication time of the article: the year of relative periods ("năm nay", "năm ngoái"). */
  publishedAt?: string | null;
  /** Period of the whole article, used when neither the sentence nor its paragraph states one. */
  period?: string | null;
  /**
   * Report numbers written in words: "money" (default) only with a currency or percent unit,
   * "all" with any unit, "none" never.
   */
  spelledNumbers?: SpelledNumbers;
}

/** Units whose figure may name its measure after it: "90% dầu từ Trung Đông", "20 triệu thùng dầu thô Nga". */
const METRIC_AFTER_KINDS = new Set(['percent', 'mass', 'volume', 'currency']);

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
  const drafts = buildDrafts(text, options.spelledNumbers ?? 'money');
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
