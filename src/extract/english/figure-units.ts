/**
 * What a number counts or measures, read from the words after it: a unit from en-units.tsv
 * ("27,800MW", "9.6 per cent"), a currency after it ("5 million yuan"), a counted noun tagged by
 * compromise ("312,000 Indian visitors" → visitor: adjectives and demonyms dropped, noun compounds kept,
 * the head singular), and a rate ("a month", "per kilowatt-peak" → "/month", "/kWp").
 */
import { englishLexicon } from './lexicon.js';
import type { Term } from './tagger.js';

export interface UnitRead {
  unit: string;
  /** End offset (record text) of the unit words. */
  end: number;
}

/** A measure unit or a suffix currency right after `end` in `text`. */
export function readMeasure(text: string, end: number): UnitRead | null {
  const lex = englishLexicon();
  const rest = text.slice(end, end + 40);
  const m = rest.match(lex.unitPattern);
  if (m) {
    const written = m[1]!;
    const entry = lex.units.get(written) ?? lex.units.get(written.toLowerCase());
    if (entry && (!entry.exact || entry.exact && lex.units.has(written))) return { unit: entry.unit, end: end + m[0].length };
  }
  const c = rest.match(lex.suffixPattern);
  if (c) return { unit: lex.suffixCurrencies.get(c[1]!.toLowerCase())!, end: end + c[0].length };
  return null;
}

// Nouns after a number that are not what it counts ("three times", "5 percent" is a unit already).
const NOT_COUNTED = new Set(['time', 'times', 'fold', 'per', 'percent', 'cent']);

/** The counted noun phrase that starts at the first term at or after `end`. */
export function readCountedNoun(terms: Term[], end: number, text: string): UnitRead | null {
  let i = terms.findIndex((t) => t.start >= end);
  if (i < 0 || text.slice(end, terms[i]!.start).trim()) return null;
  let first = -1;
  for (let n = 0; n < 4 && i < terms.length; n++, i++) {
    const t = terms[i]!;
    if (n > 0 && text.slice(terms[i - 1]!.end, t.start) !== ' ' && text.slice(terms[i - 1]!.end, t.start) !== '-') return null;
    const noun = t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Value');
    const modifier = t.tags.has('Adjective') || t.tags.has('Demonym') || (t.tags.has('ProperNoun') && !t.tags.has('Plural'));
    if (!noun && !modifier && !t.tags.has('Hyphenated')) return null;
    if (NOT_COUNTED.has(t.text.toLowerCase())) return null;
    if (t.tags.has('Plural') && noun) {
      const head = t.root.toLowerCase();
      const lead = first < 0 ? '' : text.slice(terms[first]!.start, t.start).toLowerCase();
      return { unit: (lead + head).trim(), end: t.end };
    }
    // Adjectives and demonyms before the head are left out; nouns before it make a compound.
    if (noun && !t.tags.has('Adjective') && !t.tags.has('Demonym') && !t.tags.has('ProperNoun')) {
      if (first < 0) first = i;
    } else if (first >= 0) return null;
  }
  return null;
}

const RATE = /^\s(?:a|an|per|each|every)\s([\p{L}][\p{L}-]*)/u;
// Words after "a"/"per" that do not name a rate's denominator ("a record", "a year earlier").
const NOT_RATE = new Set(['record', 'result', 'total', 'further', 'new', 'high', 'low', 'share', 'year-on-year', 'rise', 'drop', 'fall', 'jump', 'increase', 'decrease', 'lot', 'third', 'quarter', 'half']);

/** "a month", "per fruit", "per kilowatt-peak" after the unit: the denominator. */
export function readRate(text: string, end: number): UnitRead | null {
  const rest = text.slice(end, end + 40);
  const m = rest.match(RATE);
  if (!m) return null;
  const word = m[1]!;
  if (NOT_RATE.has(word.toLowerCase())) return null;
  const wordStart = end + m[0].length - word.length;
  const measure = readMeasure(text, wordStart - 1);
  if (measure) return { unit: measure.unit, end: measure.end };
  // A following "earlier"/"ago" makes "a year earlier" a comparison, not a rate.
  if (/^\s+(?:earlier|ago|before|later)\b/.test(text.slice(end + m[0].length, end + m[0].length + 10))) return null;
  if (/s$/.test(word) && !/ss$/.test(word)) return null;
  return { unit: word.toLowerCase(), end: end + m[0].length };
}
