/**
 * The words around an English figure: approx cue right before it, change ("up 14.4%", "rose 11.8%",
 * "cut … by 0.5-1 percentage point"), comparison reference ("year-on-year", "from the same day last
 * year"), status cue earlier in the sentence ("aims to", "is expected to"), metric and period.
 * Cues are data (corpus/lexicon/en-figure-cues.tsv).
 */
import type { Approx, DateMention, Figure, FigureStatus } from '../../record.js';
import { englishLexicon } from './lexicon.js';
import type { Term } from './tagger.js';

export interface Before {
  approx: Approx | null;
  /** Where the figure text starts once the approx words are left out. */
  cueStart: number;
}

/** The cue phrase of `kind` ending right before `at` in `lower` (a lower-cased sentence), if any. */
function cueBefore(lower: string, at: number, kinds: string[]): { cue: string; start: number; value: string } | null {
  const lex = englishLexicon();
  const before = lower.slice(Math.max(0, at - 30), at);
  for (const cue of lex.cueList) {
    const entries = lex.cues.get(cue)!.filter((c) => kinds.includes(c.kind));
    if (!entries.length) continue;
    if (!before.endsWith(cue + ' ')) continue;
    const start = at - cue.length - 1;
    if (start > 0 && /[\p{L}\d]/u.test(lower[start - 1]!)) continue;
    const e = entries[0]!;
    return { cue, start, value: e.kind === 'approx-none' ? '' : e.value };
  }
  return null;
}

/** The approx cue right before a figure: "nearly" → about, "up to" → at_most, "an estimated" → null. */
export function readApprox(lower: string, at: number): Before {
  const c = cueBefore(lower, at, ['approx', 'approx-none']);
  if (!c) return { approx: null, cueStart: at };
  return { approx: (c.value || null) as Approx | null, cueStart: c.start };
}

const FILLERS = /(?:^|\s)(?:another|an additional|a further|an extra|a record|by an estimated|by)\s$/;
const CLAUSE_START = /[,;:(—–]\s[^,;:(—–]*$|^[^,;:(—–]*$/;

/** Direction of change when the figure is the amount of a change, else null. */
export function readChange(lower: string, at: number, clauseFloor: number): 'up' | 'down' | null {
  const direct = cueBefore(lower, at, ['change']);
  if (direct) return direct.value as 'up' | 'down';
  const filler = lower.slice(Math.max(clauseFloor, at - 25), at).match(FILLERS);
  if (!filler) return null;
  const fillerStart = at - filler[0].length + (filler[0].startsWith(' ') ? 1 : 0);
  const afterFiller = cueBefore(lower, fillerStart, ['change']);
  if (afterFiller) return afterFiller.value as 'up' | 'down';
  if (!/(?:^|\s)by\s$/.test(filler[0])) return null;
  // "cut lending rates on loans … by 0.5-1 percentage point": the verb earlier in the clause.
  const clause = lower.slice(clauseFloor, fillerStart);
  const start = clause.match(CLAUSE_START)?.index ?? 0;
  const words = clause.slice(start).split(/[^\p{L}-]+/u);
  const lex = englishLexicon();
  for (let i = words.length - 1; i >= 0; i--) {
    const c = lex.cues.get(words[i]!)?.find((x) => x.kind === 'change');
    if (c) return c.value as 'up' | 'down';
  }
  return null;
}

const REFERENCE = /^,?\s+(year-on-year|year on year|on-year|y-o-y|yoy|month-on-month|month on month|m-o-m|quarter-on-quarter|q-o-q|(?:from|compared with|compared to|against|over|versus|on)\s+((?:the\s+)?same\s+[\p{L}\s-]{1,25}?\s+(?:last\s+year|a\s+year\s+(?:earlier|ago)|(?:of|in)\s+\d{4})|(?:the\s+)?previous\s+(?:year|month|quarter)|last\s+year|a\s+year\s+(?:earlier|ago)|\d{4}))(?![\p{L}\d])/u;

/** The comparison phrase after a change figure, as written, with its span. */
export function readReference(text: string, end: number): { reference: string; span: [number, number] } | null {
  const m = text.slice(end, end + 60).match(REFERENCE);
  if (!m) return null;
  const written = m[2] ?? m[1]!;
  const start = end + m[0].length - written.length;
  return { reference: written, span: [start, end + m[0].length] };
}

let statusPattern: RegExp | null = null;

// A status written after the figure, in its clause: "$5-7 billion is expected", "1,200 jobs are planned".
const STATUS_AFTER = /^[^,;]{0,40}?\b(?:is|are|was|were|will be|would be)\s+(?:(expected|estimated|forecast|projected|likely)|(planned|targeted|scheduled))\b/;

/** Status from the nearest cue earlier in the sentence, else one right after the figure; "actual" when none. */
export function readStatus(lower: string, at: number, end?: number): FigureStatus {
  if (end !== undefined) {
    const after = lower.slice(end, end + 60).match(STATUS_AFTER);
    if (after) return after[1] ? 'estimate' : 'target';
  }
  const lex = englishLexicon();
  statusPattern ??= new RegExp(`(?<![\\p{L}])(${lex.cueList.filter((c) => lex.cues.get(c)!.some((x) => x.kind === 'status')).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'gu');
  let best: string | null = null;
  // The nearest cue within a few hundred characters: a sentence without stops must not cost O(n²).
  for (const m of lower.slice(Math.max(0, at - 300), at).matchAll(statusPattern)) best = m[1]!;
  if (!best) return 'actual';
  return lex.cues.get(best)!.find((x) => x.kind === 'status')!.value as FigureStatus;
}

const SKIP_LEAD = new Set(['Determiner', 'Conjunction', 'Adverb', 'Preposition', 'Pronoun']);

/**
 * What is measured: the noun phrase before "of" right before the figure ("revenue of VND31.2 trillion"),
 * else the subject of the figure's clause ("Outstanding loans rose 11.8%" → "Outstanding loans").
 */
export function readMetric(terms: Term[], text: string, clauseStart: number, figureStart: number): string | null {
  const inClause = terms.filter((t) => t.start >= clauseStart && t.end <= figureStart);
  if (!inClause.length) return null;
  let phrase: Term[] = [];
  const last = inClause[inClause.length - 1]!;
  if (last.text.toLowerCase() === 'of') {
    for (let i = inClause.length - 2; i >= 0; i--) {
      const t = inClause[i]!;
      if (!(t.tags.has('Noun') || t.tags.has('Adjective')) || t.tags.has('Pronoun')) break;
      phrase.unshift(t);
    }
  } else {
    const verb = inClause.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Adjective'));
    phrase = verb > 0 ? inClause.slice(0, verb) : [];
    while (phrase.length && [...phrase[0]!.tags].some((x) => SKIP_LEAD.has(x)) && !phrase[0]!.tags.has('Noun')) phrase.shift();
    while (phrase.length && !phrase[phrase.length - 1]!.tags.has('Noun')) phrase.pop();
    if (phrase.length > 8 || phrase.some((t) => t.tags.has('Pronoun'))) phrase = [];
  }
  if (!phrase.length) return null;
  return text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end).replace(/[,'’]+$/, '');
}

/** ISO-like period of a figure: the nearest date of its sentence (after it first), not its reference. */
export function readPeriod(text: string, dates: DateMention[], sentence: { start: number; end: number }, figure: Pick<Figure, 'span'>, referenceSpan: [number, number] | null): string | null {
  const own = dates.filter((d) => d.value && d.span[0] >= sentence.start && d.span[1] <= sentence.end
    && !(referenceSpan && d.span[0] >= referenceSpan[0] && d.span[1] <= referenceSpan[1]));
  // A date after the figure counts only within its clause ("5.1 million arrivals, and … in 2027").
  const after = own.filter((d) => d.span[0] >= figure.span[1] && !/,\s|;/.test(text.slice(figure.span[1], d.span[0])));
  const before = own.filter((d) => d.span[1] <= figure.span[0]);
  const d = after[0] ?? before[before.length - 1];
  if (!d) return null;
  return d.to ? `${d.value}/${d.to}` : d.value;
}
