/**
 * English figures: numbers with a currency, a unit or a counted noun, normalized (SCHEMA.md Figure):
 * "$369.9 billion" → 369900000000 USD, "VND2.3 trillion ($100 million)" → two figures, "14.4 percent"
 * → %, "1,200 businesses" → business, "$5–7 billion" → a range, "up 14.4% year-on-year" → a change.
 * A number with nothing it counts is not a figure; nor is a year, a time or a number inside a date.
 */
import type { DateMention, Figure } from '../../record.js';
import { englishLexicon } from './lexicon.js';
import { GLUED_SCALES, SCALES, parseEnglishNumber } from './numbers.js';
import { splitSentences, type Sentence } from './sentences.js';
import { tagSentence, type Term } from './tagger.js';
import { readCountedNoun, readMeasure, readRate } from './figure-units.js';
import { readApprox, readChange, readMetric, readPeriod, readReference, readStatus } from './figure-context.js';
import { findEnglishDates } from './dates.js';

export interface EnglishFigureOptions {
  publishedAt?: string | null;
  /** Dates already found in the same text (their numbers are not figures); found here when absent. */
  dates?: DateMention[];
}

const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SCALE = `(?:${Object.keys(SCALES).join('|')})`;
const GLUED = `(?:${Object.keys(GLUED_SCALES).sort((a, b) => b.length - a.length).join('|')})`;

let patterns: { full: RegExp; single: RegExp } | null = null;
function pattern(): { full: RegExp; single: RegExp } {
  if (patterns) return patterns;
  const cur = englishLexicon().prefixPattern;
  // $5–7 billion · VND2.3 trillion · US$2.4bn · 15-20% · 50%-60% · 1,200 · 0.5-1 · $5 billion to $7 billion
  const head = `(?<![\\p{L}\\d.,/#\\-–])(?<cur>${cur})?\\s?(?<a>${NUM})(?:\\s?(?<s1>${SCALE})(?![\\p{L}])|(?<g1>${GLUED})(?![\\p{L}\\d]))?`;
  const tail = `(?:%?\\s?(?:[-–—]|\\s(?:to|and)\\s)\\s?(?:\\k<cur>)?(?<b>${NUM})(?:\\s?(?<s2>${SCALE})(?![\\p{L}])|(?<g2>${GLUED})(?![\\p{L}\\d]))?)?`;
  patterns = { full: new RegExp(`${head}${tail}(?![\\d])`, 'giu'), single: new RegExp(`${head}(?![\\d])`, 'iuy') };
  return patterns;
}

// Words before a number that make it a rank or an identifier ("top 10 economies", "phase 2 works").
const RANK_WORDS = /(?:^|\s)(?:top|no\.?|number|phase|stage|grade|level|version|route|line|lane|gate|room|lot|block|zone|category|class|item|article|clause|point|decree|resolution|circular|decision|law)\s$/;
// A capitalized word right before a number names a thing ("Terminal 3", "District 7", "iPhone 16"),
// unless it is a cue ("Nearly 900") or a function word opening the sentence ("Some 14,600 households").
function isIdentifier(before: string, lowerBefore: string): boolean {
  if (RANK_WORDS.test(lowerBefore)) return true;
  const w = before.match(/(?:^|\s)([\p{L}][\p{L}\p{M}'’.-]*)\s$/u);
  if (!w || !/[\p{Lu}]/u.test(w[1]!)) return false;
  if (englishLexicon().cues.has(w[1]!.toLowerCase())) return false;
  return !/^(?:In|By|Of|From|Since|With|About|Some|Nearly|Over|Under|Around|Almost|More|Less|Only|Just|And|But|Or|The|A|An|All|Each|Every|Another|Those|These|Its|Their|His|Her)$/.test(w[1]!);
}

const isYearLike = (s: string): boolean => /^(?:1[89]|20)\d\d$/.test(s);

function clauseFloor(lower: string, at: number): number {
  // Look back at most 300 characters: a clause is shorter, and a text without stops stays linear.
  const from = Math.max(0, at - 300);
  const m = lower.slice(from, at).match(/.*(?:[;:(—]|,\s)/s);
  return m ? from + m[0].length : from;
}

function figuresOfSentence(text: string, s: Sentence, dates: DateMention[], out: Figure[]): void {
  let terms: Term[] | null = null;
  const termsOf = (): Term[] => (terms ??= tagSentence(s.text, s.start));
  const lower = s.text.toLowerCase();
  const lex = englishLexicon();
  const { full: re, single } = pattern();
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    // "X and Y" is a range only after "between": otherwise read X alone and go on after it.
    const andRange = m.groups!.b ? /^\s?(?:\S*\s)?and\s/.test(m[0].slice(m[0].indexOf(m.groups!.a!) + m.groups!.a!.length)) : false;
    if (andRange && !/between\s$/.test(lower.slice(Math.max(0, m.index - 10), m.index))) {
      single.lastIndex = m.index;
      const first = single.exec(s.text);
      if (!first) continue;
      m = first;
      re.lastIndex = m.index + m[0].length;
    }
    const g = m.groups!;
    const start = s.start + m.index;
    let end = start + m[0].length;
    const numStart = start + m[0].indexOf(g.a!, g.cur ? g.cur.length : 0);
    if (!g.cur && isIdentifier(s.text.slice(Math.max(0, m.index - 40), m.index), lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    // A number inside a date ("July 20", "first 11 months", "2026-2030") belongs to the date.
    if (dates.some((d) => d.span[0] < end && numStart < d.span[1])) continue;
    let currency = g.cur ? lex.prefixCurrencies.get(g.cur.toLowerCase()) ?? null : null;
    // Glued scale letters ("$5m") only count after a currency; otherwise "5m" is five metres or a name.
    if ((g.g1 || g.g2) && !currency) continue;
    const scale1 = g.s1 ?? g.g1 ?? null, scale2 = g.s2 ?? g.g2 ?? null;
    const from = parseEnglishNumber(g.a!, scale1 ?? (g.b ? scale2 : null));
    const to = g.b ? parseEnglishNumber(g.b, scale2 ?? scale1) : null;
    if (to != null && !(to > from)) continue;
    let unit: string | null = currency;
    if (!unit) {
      const measure = readMeasure(text, end);
      if (measure) { unit = measure.unit; end = measure.end; }
    }
    if (!unit) {
      if (!scale1 && !scale2 && !g.a!.includes(',') && isYearLike(g.a!)) continue;
      const noun = readCountedNoun(termsOf(), end, text);
      if (noun) { unit = noun.unit; end = noun.end; }
    }
    if (!unit) continue;
    // "$5m" without a space: the glued scale was read above; a written currency after the number too.
    if (currency && !scale1 && !scale2) {
      const suffix = readMeasure(text, end);
      if (suffix && suffix.unit === currency) end = suffix.end;
    }
    // "VNĐ7.8 million (US$307) per square metre": the rate after a conversion in brackets is both's.
    const bracket = text.slice(end, end + 40).match(/^\s\([^()]{1,30}\)|^\)/);
    const direct = readRate(text, end);
    const rate = direct ?? (bracket ? readRate(text, end + bracket[0].length) : null);
    if (rate) { unit = `${unit}/${rate.unit}`; if (direct) end = rate.end; }
    currency = null;

    const at = start - s.start;
    const { approx, cueStart } = readApprox(lower, at);
    const floor = clauseFloor(lower, cueStart);
    const direction = readChange(lower, cueStart, floor);
    const reference = direction ? readReference(text, end) : null;
    const figure: Figure = {
      text: text.slice(start, end), value: from, unit, approx,
      range: to != null ? { from, to } : null,
      metric: readMetric(termsOf(), text, s.start + floor, s.start + cueStart),
      change: direction ? { direction, reference: reference?.reference ?? null } : null,
      status: readStatus(lower, at, end - s.start),
      period: null,
      span: [start, end],
    };
    figure.period = readPeriod(text, dates, s, figure, reference?.span ?? null);
    out.push(figure);
  }
}

/**
 * Figures of an English text, in order, each with its span.
 * @example findEnglishFigures('Exports reached $369.9 billion, up 14.4% year-on-year.')
 * // → [{ text: '$369.9 billion', value: 369900000000, unit: 'USD', … },
 * //    { text: '14.4%', value: 14.4, unit: '%', change: { direction: 'up', reference: 'year-on-year' }, … }]
 */
export function findEnglishFigures(text: string, options: EnglishFigureOptions = {}): Figure[] {
  if (!/\d/.test(text)) return [];
  const dates = options.dates ?? findEnglishDates(text, { reference: options.publishedAt ?? null });
  const out: Figure[] = [];
  for (const s of splitSentences(text)) {
    if (/\d/.test(s.text)) figuresOfSentence(text, s, dates, out);
  }
  return out;
}
