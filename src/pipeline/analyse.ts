/**
 * The analyse stage: runs the finders over a cleaned document's fields (title, lead, body, captions)
 * and gives every mention its field. Body mentions carry no `field` (SCHEMA: spans index `text`).
 */
import type { DateMention, Figure, Located, Official } from '../record.js';
import { deriveContextYear, findDates } from '../extract/dates.js';
import { findFigures } from '../extract/figures.js';
import { findOfficials } from '../extract/officials.js';
import { analyseEnglish } from '../extract/english/index.js';

export interface AnalysisInput {
  title: string | null;
  lead: string | null;
  text: string;
  captions: string[];
  publishedAt: string | null;
  site: string | null;
  /** BCP-47 code of the body: "en" runs the English finders, anything else the Vietnamese ones. */
  language?: string;
}

export interface Analysis {
  officials: Official[];
  figures: Figure[];
  dates: DateMention[];
}

/** Run one finder over every field, tagging mentions outside the body with their field. */
function overFields<T extends Located>(input: AnalysisInput, find: (s: string) => T[]): T[] {
  const out: T[] = [];
  if (input.title) for (const m of find(input.title)) out.push({ ...m, field: 'title' });
  if (input.lead) for (const m of find(input.lead)) out.push({ ...m, field: 'lead' });
  out.push(...find(input.text));
  input.captions.forEach((caption, index) => {
    for (const m of find(caption)) out.push({ ...m, field: 'captions', index });
  });
  return out;
}

export function analyse(input: AnalysisInput): Analysis {
  // English editions get the English finders only; a Vietnamese page quoting English stays "vi".
  if (/^en\b/i.test(input.language ?? '')) {
    return analyseEnglish(input, (find) => overFields(input, find));
  }
  const figures = overFields(input, (s) => findFigures(s, { publishedAt: input.publishedAt }));
  // Undated documents (no publishedAt) resolve year-less dates against the year their opening names.
  const dateContext = { reference: input.publishedAt, contextYear: input.publishedAt ? null : deriveContextYear(input) };
  const dates = overFields(input, (s) => findDates(s, dateContext));
  const officials = findOfficials(input.text, {
    site: input.site, title: input.title, lead: input.lead, captions: input.captions, publishedAt: input.publishedAt,
  });
  return { officials, figures, dates };
}
