/**
 * English calendar words: month and weekday names, ordinals and small number words. These are the
 * language itself (Gregorian calendar names), not a lexicon that grows, so they live here.
 */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};
export const COUNTS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Full month names (and "Sept"/"Jan."-style abbreviations) as one alternation, longest first. */
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|'
  + '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const COUNT_RE = `(?:\\d{1,2}|${Object.keys(COUNTS).join('|')})`;
/** "2026", "the year", "this year", "last year": what may follow "first half of". */
export const OF_YEAR_RE = '(?:\\s+of\\s+(?:(?<ofYear>\\d{4})|(?<ofRel>the|this|last|next)\\s+year))?';

export const monthOf = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
export const countOf = (s: string): number => (/^\d+$/.test(s) ? Number(s) : COUNTS[s.toLowerCase()] ?? 0);
