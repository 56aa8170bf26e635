/**
 * The English path (language "en"): figures, dates and officials of an English-edition page, on
 * compromise as tokenizer and tagger, with the record shape of the Vietnamese finders (SCHEMA.md).
 */
import type { DateMention, Figure, Located, Official } from '../../record.js';
import { findEnglishDates } from './dates.js';
import { findEnglishFigures } from './figures.js';
import { findEnglishOfficials } from './officials.js';
import { clearTagCache } from './tagger.js';

export { findEnglishDates } from './dates.js';
export { findEnglishFigures } from './figures.js';
export { findEnglishOfficials } from './officials.js';
export { parseEnglishNumber } from './numbers.js';

export interface EnglishFields {
  title: string | null;
  lead: string | null;
  text: string;
  captions: string[];
  publishedAt: string | null;
}

/** Runs a finder over every field of the record (title, lead, body, captions), tagging the field. */
export type OverFields = <T extends Located>(find: (s: string) => T[]) => T[];

/** Officials, figures and dates of an English record; each field's figures skip that field's dates. */
export function analyseEnglish(input: EnglishFields, overFields: OverFields): { officials: Official[]; figures: Figure[]; dates: DateMention[] } {
  clearTagCache();
  const reference = input.publishedAt;
  const dates = overFields((s) => findEnglishDates(s, { reference }));
  const figures = overFields((s) => findEnglishFigures(s, { publishedAt: reference }));
  const officials = findEnglishOfficials(input.text, { title: input.title, lead: input.lead, captions: input.captions });
  return { officials, figures, dates };
}
