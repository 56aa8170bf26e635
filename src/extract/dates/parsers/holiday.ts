/**
 * Named days from corpus/lexicon/holidays.tsv: Tết Nguyên đán (the lunar new year of that year,
 * from lunar-new-year.tsv), Giáng sinh, Quốc khánh… with an optional year: Tết Nguyên đán 2026.
 */
import { alternation, dateLexicon } from '../lexicon.js';
import type { DateParser } from '../types.js';
import { END, START, compile, foldWords } from './fragments.js';

export function holidayParsers(): DateParser[] {
  const lex = dateLexicon();
  return [
    {
      name: 'holiday',
      pattern: compile(`${START}(?<name>${alternation(lex.holidays.keys())})(?:\\s+(?:năm\\s+)?(?<year>\\d{4}))?${END}`),
      extract(m) {
        const key = foldWords(m.groups!.name!);
        if (!lex.holidays.has(key)) return null;
        const y = m.groups!.year;
        return { start: m.index, end: m.index + m[0].length, from: { grain: 'day', holiday: key, ...(y ? { year: Number(y) } : {}) } };
      },
    },
  ];
}
