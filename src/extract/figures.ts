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
import { buildDrafts, type Draft } from './figures/build-drafts.js';
import { approxOf, qualifierStart } from './figures/approx.js';
import { matchPhrases, wordsWithin, type PhraseMatch, type SegmentWords } from './figures/phrases.js';
import { splitSentences, type Sentence } from './figures/sentences.js';
import { findPeriods, type PeriodMention } from './figures/period.js';
import { changeOf } from './figures/change.js';
import { metricAfter, metricBefore } from './figures/metric.js';
import { sensibleMetric } from './figures/sensible-metric.js';
import { findSentenceCues, resolveStatus, sentenceCuesOf, statusCuesIn, type SentenceCues } from './figures/status.js';

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

/** Units of durations and readings that no period qualifies. */
const DURATION_KINDS = new Set(['time', 'temperature']);

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

/**
 * `text.lastIndexOf(needle, from)` when that is at or after `floor`, else -1: only marks inside the
 * figure's sentence matter, so the search stops at its start instead of running back through the text.
 */
function lastIndexDownTo(text: string, needle: string, from: number, floor: number): number {
  for (let i = Math.min(Math.max(from, 0), text.length - needle.length); i >= floor; i--) {
    if (text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Offset from `from` of the first ",", ";" or ":" in text[from, to), or -1 (a clause's end). */
function clauseMarkAfter(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return i - from;
  }
  return -1;
}

/** Rule or possibility cues in the figure's clause, or in a conditional sentence opener ("Nếu …,"). */
function conditionAround(text: string, sentence: Sentence, cues: SentenceCues, start: number, end: number): boolean {
  const floor = sentence.start;
  const clauseStart = Math.max(floor, lastIndexDownTo(text, ',', start - 1, floor) + 1, lastIndexDownTo(text, ';', start - 1, floor) + 1, lastIndexDownTo(text, ':', start - 1, floor) + 1);
  const tail = clauseMarkAfter(text, end, sentence.end);
  const clauseEnd = tail < 0 ? sentence.end : end + tail;
  // a rule stated before a colon governs the list after it ("Các tiêu chí … bao gồm: vốn hóa lớn hơn …")
  const colon = lastIndexDownTo(text, ':', start - 1, floor);
  return cues.condition.some((m) => (m.start >= clauseStart && m.end <= clauseEnd) || m.start === sentence.start || (colon >= sentence.start && m.end <= colon));
}

/** The sentence holding `pos`; figures come in text order, so the search resumes at `from.i`. */
function sentenceOf(sentences: readonly Sentence[], pos: number, from: { i: number }): Sentence {
  while (from.i < sentences.length && sentences[from.i]!.end <= pos) from.i++;
  const s = sentences[from.i];
  return s && pos >= s.start ? s : { start: pos, end: pos, paragraph: -1 };
}

function yearOf(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? Number(m[1]) : null;
}

/** What a sentence carries for its figures: paragraph context and its cue phrases, found once. */
interface SentenceContext {
  /** The paragraph's period so far, set by a sentence opening with one ("Năm 2020, …"). */
  period: string | null;
  /** A plan was stated earlier in the paragraph ("phấn đấu …"). */
  target: boolean;
  cues: SentenceCues;
  /** The sentence's words, kept for the phrase look-ups made per figure. */
  words?: SegmentWords;
  periods?: PeriodMention[];
  present?: PhraseMatch[];
}

/**
 * The context of sentence `index`, read on demand: figures come in text order, so sentences are read
 * forward, and only those of a paragraph holding a figure (a paragraph's state starts afresh).
 */
function sentenceContexts(text: string, sentences: readonly Sentence[], year: number | null): (index: number) => SentenceContext {
  const refs = cueTable('period-ref');
  const out = new Map<Sentence, SentenceContext>();
  let next = 0;
  let paragraph = -1;
  let period: string | null = null;
  let target = false;
  return (index) => {
    const wanted = sentences[index]!;
    for (; next <= index; next++) {
      const s = sentences[next]!;
      if (s.paragraph !== wanted.paragraph) continue;
      if (s.paragraph !== paragraph) { paragraph = s.paragraph; period = null; target = false; }
      const opening = findPeriods(text, s.start, Math.min(s.end, s.start + 40), year, refs)[0];
      if (opening && opening.start - s.start <= 12) period = opening.value;
      const words = wordsWithin(text, s.start, s.end);
      const cues = sentenceCuesOf(words);
      out.set(s, { period, target, cues, words });
      // a plan carries to the next sentences only in a paragraph about a stated period ("Năm 2021,
      // ngành … phấn đấu …"): elsewhere a "mục tiêu" sentence says nothing of the facts after it
      if (statusCuesIn(cues).target && period) target = true;
    }
    return out.get(wanted)!;
  };
}

/**
 * The period of a figure: one written before it in its clause, else after it in its clause (unless
 * that is the change's reference), else before it in its sentence (unless "hiện nay" comes between),
 * else the paragraph's. "Qatar tăng 45% (T9/2013-T9/2014), Saudi Arabia tăng 23% (T3/2017-T3/2018)".
 */
function periodOf(text: string, d: Draft, sentence: Sentence, ctx: SentenceContext, change: Figure['change'], year: number | null): string | null {
  ctx.periods ??= findPeriods(text, sentence.start, sentence.end, year, cueTable('period-ref'));
  ctx.present ??= matchPhrases(ctx.words ?? wordsWithin(text, sentence.start, sentence.end), cueTable('present'));
  const present = ctx.present.filter((p) => p.end <= d.start).pop();
  const before = ctx.periods.filter((p) => p.end <= d.start && (!present || p.start > present.start)).pop();
  const clauseStart = Math.max(sentence.start, lastIndexDownTo(text, ', ', d.start - 1, sentence.start) + 1, lastIndexDownTo(text, '; ', d.start - 1, sentence.start) + 1);
  if (before && before.start >= clauseStart) return before.value;
  const clauseEnd = clauseMarkAfter(text, d.end, sentence.end);
  const after = ctx.periods.find((p) => p.start >= d.end && (clauseEnd < 0 || p.start < d.end + clauseEnd));
  return (change?.reference ? null : after?.value) ?? before?.value ?? ctx.period;
}

/**
 * Find the figures of a text.
 * @param text - one field of a record (title, lead, body, a caption).
 * @param options - publication time, article period, spelled-number policy.
 * @returns figures with spans into `text`, in text order.
 * @example findFigures('Giá trị sản xuất nông nghiệp đạt 18.450,5 tỷ đồng')[0].value // 18450500000000
 */
export function findFigures(text: string, options: FigureOptions = {}): Figure[] {
  const drafts = buildDrafts(text, options.spelledNumbers ?? 'money');
  if (!drafts.length) return [];
  const sentences = splitSentences(text);
  const year = yearOf(options.publishedAt);
  const contextOf = sentenceContexts(text, sentences, year);
  const figures: Figure[] = [];
  const cursor = { i: 0 };
  let lastSentence: Sentence | null = null;
  let prevInSentence: { end: number; metric: string | null } | null = null;

  for (const d of drafts) {
    const sentence = sentenceOf(sentences, d.start, cursor);
    // a figure outside the listed sentences (between two, or starting before the current one) stands alone
    const ctx = sentence === sentences[cursor.i] ? contextOf(cursor.i) : { period: null, target: false, cues: findSentenceCues(text, sentence.start, sentence.end) };
    if (sentence !== lastSentence) prevInSentence = null;
    const qStart = qualifierStart(text, d);

    const own = statusCuesIn(ctx.cues, qStart);
    own.condition = conditionAround(text, sentence, ctx.cues, qStart, d.end);
    const status = resolveStatus(own, ctx.target, d.level, statusCuesIn(ctx.cues));

    // after a figure, its own trailing words run to the next comma ("5 phiên liên tiếp, vượt 85 USD")
    let clauseFrom = sentence.start;
    if (prevInSentence) {
      const comma = firstCommaOutsideParens(text, prevInSentence.end, qStart);
      clauseFrom = comma >= 0 ? comma + 1 : prevInSentence.end;
    }
    const reading = metricBefore(text, clauseFrom, qStart);
    let metric = reading.metric;
    // a count names what it counts: it takes no metric from the figure before it
    if (metric === null && prevInSentence && d.unit.kind !== 'count') metric = prevInSentence.metric;
    else if (reading.weak && METRIC_AFTER_KINDS.has(d.unit.kind)) metric = metricAfter(text, d.end) ?? metric;

    metric = sensibleMetric(metric, d.unit.kind, d.unit.unit.includes('/'));
    const change = d.level || d.unit.kind === 'time' ? null : changeOf(text, qStart, d.end, sentence.end || text.length);
    figures.push({
      text: text.slice(d.start, d.end),
      value: d.value,
      unit: d.unit.unit,
      approx: approxOf(text, d),
      range: d.range,
      metric,
      change,
      status,
      // a duration or an age lasts, it does not fall in a period ("trong vòng 15 năm qua")
      period: DURATION_KINDS.has(d.unit.kind) || d.unit.unit === 'tuổi' ? null : periodOf(text, d, sentence, ctx, change, year) ?? options.period ?? null,
      span: [d.start, d.end],
    });
    prevInSentence = { end: d.end, metric };
    lastSentence = sentence;
  }
  return figures;
}
