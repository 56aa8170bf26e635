/**
 * compromise as the tokenizer and tagger of the English path: terms of a sentence with their tags and
 * root (singular noun, infinitive verb) and offsets into the record text. compromise-dates is loaded
 * for its date tags (#Date, #Month, #WeekDay); the finders resolve dates themselves (see README).
 */
import nlp from 'compromise';
import datePlugin from 'compromise-dates';

nlp.plugin(datePlugin);

export interface Term {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
  /** compromise's root: "visitors" → "visitor", "rose" → "rise". */
  root: string;
}

interface RawTerm {
  text: string;
  tags: string[];
  root?: string;
  normal: string;
  offset: { start: number; length: number };
}

/** Terms of `sentence` (which starts at `offset` in the record text), empty terms dropped. */
export function tagSentence(sentence: string, offset: number): Term[] {
  const doc = nlp(sentence);
  doc.compute('root');
  // compromise's json() is untyped at this depth: the shape below is what v14 returns.
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: RawTerm[] }>;
  const terms: Term[] = [];
  for (const s of json) {
    for (const t of s.terms) {
      if (!t.text) continue;
      const start = offset + t.offset.start;
      terms.push({ text: t.text, start, end: start + t.text.length, tags: new Set(t.tags), root: t.root ?? t.normal });
    }
  }
  return terms;
}

/** Singular, lower-case root of a noun phrase ("Tourist Arrivals" → "tourist arrival"). */
export function singularOf(phrase: string): string {
  const doc = nlp(phrase.toLowerCase());
  doc.compute('root');
  const json = doc.json({ terms: true }) as Array<{ terms: RawTerm[] }>;
  return json.flatMap((s) => s.terms.map((t) => t.root ?? t.normal)).join(' ');
}
