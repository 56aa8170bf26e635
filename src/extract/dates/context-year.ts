/**
 * A year for an undated document: the latest year written out in its title and opening (lead, or the
 * first paragraph when there is no lead). A review of 2020 that plans 2021 is written in 2021 at the
 * earliest, so "Ngày 15 – 1" there is 15 January 2021. Only used when publishedAt is unknown.
 */
import { dateRefiners, proposeDates } from './index.js';

export interface ContextSource {
  title: string | null;
  lead: string | null;
  text: string;
}

function writtenYears(text: string): number[] {
  let candidates = proposeDates(text);
  for (const refine of dateRefiners) candidates = refine(candidates, text);
  // Ranges (giai đoạn 2021-2025) name plans, not the time of writing: single years only.
  return candidates.filter((c) => !c.to).map((c) => c.from.year).filter((y): y is number => y !== undefined);
}

/** The latest written year of the title and opening, or null when none is written. */
export function deriveContextYear(doc: ContextSource): number | null {
  const opening = doc.lead ?? doc.text.split(/\n{2,}/, 1)[0] ?? '';
  const years = [...writtenYears(doc.title ?? ''), ...writtenYears(opening)];
  return years.length ? Math.max(...years) : null;
}
