/**
 * English dates: parsers propose spans (one regular expression per form, examples above each), the
 * longest span wins an overlap, then each is resolved against publishedAt with the grains of SCHEMA.md.
 * Mention text leaves out prepositions and a leading "the" ("July 20", "first quarter", "end of August").
 *
 * compromise-dates was measured first (README): it reads "in the first" as a day, "up 14.4" as a date and
 * puts "from January to November" in the year after the reference, so it proposes nothing here.
 */
import type { DateMention, Grain, PartOfDay } from '../../record.js';
import { addDays, addMonths, formatDay, isoWeek, isoWeekday, isValidDay, mondayOf, pad, parseWallClock, type Day } from '../dates/calendar.js';
import type { WallClock } from '../dates/types.js';
import { COUNT_RE, MONTH_RE, OF_YEAR_RE, ORDINALS, WEEKDAY_RE, WEEKDAYS, countOf, monthOf } from './date-words.js';

export interface EnglishDateOptions {
  /** publishedAt (ISO 8601): the reference for relative and year-less dates. */
  reference?: string | null;
}

interface Resolved {
  value: string | null;
  grain: Grain;
  to: string | null;
  inferred: string[];
  partOfDay?: PartOfDay | null;
}

/** What earlier mentions of the same text resolved to ("same period last year" looks back). */
type History = Array<Resolved & { start: number }>;
type Groups = Record<string, string | undefined>;

interface Parser {
  pattern: RegExp;
  resolve(g: Groups, ref: WallClock | null, history: History): Resolved | null;
}

interface Candidate {
  start: number;
  end: number;
  order: number;
  parser: Parser;
  groups: Groups;
}

const yearOfRel = (rel: string | undefined, ref: WallClock | null): number | null => {
  if (!ref) return null;
  return ref.year + (rel === 'last' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0);
};

/** The year of a month (and day) written without one: the nearest that is not more than ~10 months ahead. */
function yearFor(month: number, ref: WallClock | null): number | null {
  if (!ref) return null;
  return month - ref.month > 10 ? ref.year - 1 : month - ref.month < -13 ? ref.year + 1 : ref.year;
}

/** Year of "of 2026" / "of the year" / "this year" after a quarter, half or "first N months". */
function ofYear(g: Groups, ref: WallClock | null): { year: number | null; inferred: string[] } {
  if (g.ofYear) return { year: Number(g.ofYear), inferred: [] };
  return { year: g.ofRel === 'the' || !g.ofRel ? ref?.year ?? null : yearOfRel(g.ofRel, ref), inferred: ['year'] };
}

const month = (y: number | null, m: number): string | null => (y == null ? null : `${pad(y, 4)}-${pad(m)}`);
const PARTS: Record<string, PartOfDay> = { morning: 'morning', noon: 'noon', afternoon: 'afternoon', evening: 'evening', night: 'night' };

function hourOf(g: Groups): number {
  const h = Number(g.hour) % 12;
  return g.ap?.toLowerCase() === 'p' ? h + 12 : h;
}

/** A weekday relative to the reference day: nearest past one unless next/coming (SCHEMA, corpus README). */
function weekdayDay(wd: number, rel: string | undefined, ref: WallClock): Day {
  const today = isoWeekday(ref);
  if (rel === 'next' || rel === 'coming') return addDays(ref, (wd - today + 7) % 7 || 7);
  if (rel === 'this') return addDays(mondayOf(ref), wd - 1);
  const back = (today - wd + 7) % 7;
  return addDays(ref, -(rel === 'last' || rel === 'past' ? back || 7 : back));
}

const dayResolved = (d: Day, inferred: string[], g: Groups, withTime: boolean): Resolved => {
  if (withTime && g.hour) {
    const minute = g.minute ? `:${g.minute}` : ':00';
    return { value: `${formatDay(d)}T${pad(hourOf(g))}${minute}`, grain: g.minute ? 'minute' : 'hour', to: null, inferred };
  }
  return { value: formatDay(d), grain: 'day', to: null, inferred, partOfDay: g.pod ? PARTS[g.pod.toLowerCase()] ?? null : null };
};

const TIME = '(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?\\s?(?<ap>[ap])\\.?m\\.?';
// "May" is a modal verb as often as a month: alone it needs a preposition before it.
const MONTH_ALONE = `(?:(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]o|[Tt]hrough|[Oo]f|[Dd]uring|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|mid-|[Ll]ast|[Nn]ext|[Tt]his|and|or)\\s)May|(?!May)${MONTH_RE})`;
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';

const parsers: Parser[] = [
  {
    // 2pm on July 20 · 9:30am on Monday · 10am on July 20, 2026
    pattern: new RegExp(`${B}${TIME}\\s+(?:on\\s+)?(?:(?<wd>${WEEKDAY_RE})|(?<mon>${MONTH_RE})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<year>\\d{4}))?)${E}`, 'gu'),
    resolve(g, ref) {
      if (g.wd) return ref ? dayResolved(weekdayDay(WEEKDAYS[g.wd.toLowerCase()]!, undefined, ref), ['year', 'month', 'day'], g, true) : null;
      return dateOf(g, ref, true);
    },
  },
  {
    // July 20 · Monday, July 20 · October 20, 2026 · Dec. 6 · July 20 morning
    pattern: new RegExp(`${B}(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?<mon>${MONTH_RE})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\d.,]\\d)(?:,?\\s+(?<year>\\d{4}))?(?:\\s+(?<pod>morning|afternoon|evening|night))?${E}`, 'gu'),
    resolve: (g, ref) => dateOf(g, ref, false),
  },
  {
    // 20 July 2026 · 6 December · the 15th of March
    pattern: new RegExp(`${B}(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:[Oo]f\\s+)?(?<mon>${MONTH_RE})(?:,?\\s+(?<year>\\d{4}))?${E}`, 'gu'),
    resolve: (g, ref) => dateOf(g, ref, false),
  },
  {
    // January to November · April-June · January 2025 to March 2026 · between January and March
    pattern: new RegExp(`${B}(?<m1>${MONTH_RE})(?:\\s+(?<y1>\\d{4}))?\\s*(?:[Tt]o|[Tt]hrough|[Uu]ntil|[Tt]ill|-|–|—|(?<=between\\s\\S+\\s*)and)\\s*(?<m2>${MONTH_RE})(?:,?\\s+(?<y2>\\d{4})|\\s+(?<rel>[Tt]his|[Ll]ast|[Nn]ext)\\s+year)?${E}`, 'gu'),
    resolve(g, ref) {
      const m1 = monthOf(g.m1!), m2 = monthOf(g.m2!);
      const written = g.y2 ?? g.y1;
      const y2 = written ? Number(g.y2 ?? g.y1) : g.rel ? yearOfRel(g.rel, ref) : yearFor(m2, ref);
      const y1 = g.y1 ? Number(g.y1) : y2 == null ? null : m1 > m2 ? y2 - 1 : y2;
      return { value: month(y1, m1), grain: 'month', to: month(y2, m2), inferred: written ? [] : ['year'] };
    },
  },
  {
    // June 2027 · January last year · March this year
    pattern: new RegExp(`${B}(?<mon>${MONTH_RE})(?:,?\\s+(?<year>\\d{4})|\\s+(?<rel>[Tt]his|[Ll]ast|[Nn]ext)\\s+year)${E}`, 'gu'),
    resolve(g, ref) {
      const y = g.year ? Number(g.year) : yearOfRel(g.rel, ref);
      return { value: month(y, monthOf(g.mon!)), grain: 'month', to: null, inferred: g.year ? [] : ['year'] };
    },
  },
  {
    // October · since March · in May · last March · next January
    pattern: new RegExp(`${B}(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<mon>${MONTH_ALONE})${E}`, 'gu'),
    resolve(g, ref) {
      const m = monthOf(g.mon!);
      let y = yearFor(m, ref);
      if (ref && g.rel === 'last') y = m < ref.month ? ref.year : ref.year - 1;
      if (ref && g.rel === 'next') y = m > ref.month ? ref.year : ref.year + 1;
      if (ref && g.rel === 'this') y = ref.year;
      return { value: month(y, m), grain: 'month', to: null, inferred: ['year'] };
    },
  },
  {
    // end of August · beginning of 2026 · end of the year · early next year · mid-2026 · late March
    pattern: new RegExp(`${B}(?:(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\\s+of\\s+|(?:[Ee]arly|[Ll]ate|[Mm]id)[-\\s])(?:(?<mon>${MONTH_RE})(?:\\s+(?<year>\\d{4}))?|(?<y>\\d{4})|(?<rel2>the|[Tt]his|[Ll]ast|[Nn]ext)\\s+(?<unit>year|month))${E}`, 'gu'),
    resolve(g, ref) {
      if (g.mon) {
        const m = monthOf(g.mon);
        const y = g.year ? Number(g.year) : yearFor(m, ref);
        return { value: month(y, m), grain: 'month', to: null, inferred: g.year ? [] : ['year'] };
      }
      if (g.y) return { value: g.y, grain: 'year', to: null, inferred: [] };
      if (g.unit === 'month') {
        if (!ref) return null;
        const m = addMonths(ref.year, ref.month, g.rel2 === 'last' ? -1 : g.rel2 === 'next' ? 1 : 0);
        return { value: month(m.year, m.month), grain: 'month', to: null, inferred: ['year', 'month'] };
      }
      const y = yearOfRel(g.rel2 === 'the' ? undefined : g.rel2, ref);
      return { value: y == null ? null : String(y), grain: 'year', to: null, inferred: ['year'] };
    },
  },
  {
    // first quarter · third quarter of 2025 · fourth quarter of last year · Q3 · Q1/2026 · Q2 2025
    pattern: new RegExp(`${B}(?:(?<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th|[Ff]inal)\\s+quarter${OF_YEAR_RE}|Q(?<q>[1-4])(?:[\\s/]+(?<year>\\d{4}))?)${E}`, 'gu'),
    resolve(g, ref) {
      const q = g.q ? Number(g.q) : g.ord === 'final' ? 4 : ORDINALS[g.ord!.toLowerCase()]!;
      const { year, inferred } = g.year ? { year: Number(g.year), inferred: [] } : ofYear(g, ref);
      return { value: year == null ? null : `${pad(year, 4)}-Q${q}`, grain: 'quarter', to: null, inferred };
    },
  },
  {
    // first half · the first half of the year · second half of 2025 · H1 · H2 2026
    pattern: new RegExp(`${B}(?:(?<ord>[Ff]irst|[Ss]econd|1st|2nd)\\s+half${OF_YEAR_RE}|H(?<h>[12])(?:[\\s/]+(?<year>\\d{4}))?)${E}`, 'gu'),
    resolve(g, ref) {
      const h = g.h ? Number(g.h) : ORDINALS[g.ord!.toLowerCase()]!;
      const { year, inferred } = g.year ? { year: Number(g.year), inferred: [] } : ofYear(g, ref);
      return { value: year == null ? null : `${pad(year, 4)}-H${h}`, grain: 'half', to: null, inferred };
    },
  },
  {
    // first 11 months · first ten months of the year · first eight months of 2026
    pattern: new RegExp(`${B}first\\s+(?<n>${COUNT_RE})\\s+months${OF_YEAR_RE}${E}`, 'gu'),
    resolve(g, ref) {
      const n = countOf(g.n!);
      if (n < 2 || n > 12) return null;
      const { year, inferred } = ofYear(g, ref);
      return { value: month(year, 1), grain: 'month', to: month(year, n), inferred };
    },
  },
  {
    // this year · last month · next week · previous year · coming month
    pattern: new RegExp(`${B}(?<rel>[Tt]his|[Ll]ast|[Nn]ext|[Pp]revious|[Cc]oming)\\s+(?<unit>year|month|week)${E}`, 'giu'),
    resolve(g, ref) {
      if (!ref) return null;
      const rel = g.rel!.toLowerCase();
      const shift = rel === 'last' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
      if (g.unit === 'year') return { value: String(ref.year + shift), grain: 'year', to: null, inferred: ['year'] };
      if (g.unit === 'month') {
        const m = addMonths(ref.year, ref.month, shift);
        return { value: month(m.year, m.month), grain: 'month', to: null, inferred: ['year', 'month'] };
      }
      const w = isoWeek(addDays(ref, 7 * shift));
      return { value: `${pad(w.year, 4)}-W${pad(w.week)}`, grain: 'week', to: null, inferred: ['year', 'week'] };
    },
  },
  {
    // yesterday · tomorrow · today (not "today's")
    pattern: new RegExp(`${B}(?<rel>[Yy]esterday|[Tt]omorrow|[Tt]oday)${E}(?!['’]s)`, 'gu'),
    resolve(g, ref) {
      if (!ref) return null;
      const d = addDays(ref, g.rel === 'yesterday' ? -1 : g.rel === 'tomorrow' ? 1 : 0);
      return { value: formatDay(d), grain: 'day', to: null, inferred: ['year', 'month', 'day'] };
    },
  },
  {
    // same period last year · same day last year · same month of 2025 (the antecedent is an earlier mention)
    pattern: new RegExp(`${B}same\\s+(?<g>period|day|month|quarter|time)\\s+(?:(?<ly>last year|a year (?:earlier|ago))|(?:[Oo]f|[Ii]n)\\s+(?<y>\\d{4}))${E}`, 'gu'),
    resolve(g, ref, history) {
      const wantDay = g.g === 'day';
      const wantMonth = g.g === 'month';
      const previous = [...history].reverse().find((h) => h.value && (wantDay ? h.grain === 'day' || h.grain === 'hour' || h.grain === 'minute'
        : wantMonth ? h.grain === 'month' && !h.to : ['month', 'quarter', 'half'].includes(h.grain)));
      const inferred = wantDay ? ['year', 'month', 'day'] : ['year', 'month'];
      const grain: Grain = wantDay ? 'day' : previous?.grain ?? 'month';
      if (!previous) return { value: null, grain, to: null, inferred };
      const shift = (v: string | null): string | null => {
        if (!v) return null;
        const year = g.y ? Number(g.y) : Number(v.slice(0, 4)) - 1;
        return pad(year, 4) + (wantDay ? v.slice(4, 10) : v.slice(4));
      };
      return { value: shift(previous.value), grain, to: wantDay ? null : shift(previous.to), inferred };
    },
  },
  {
    // Monday · on Friday · last Tuesday · next Wednesday · Thursday morning
    pattern: new RegExp(`${B}(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?(?<wd>${WEEKDAY_RE})(?:\\s+(?<pod>morning|afternoon|evening|night))?${E}`, 'gu'),
    resolve(g, ref) {
      if (!ref) return { value: null, grain: 'day', to: null, inferred: ['year', 'month', 'day'] };
      return dayResolved(weekdayDay(WEEKDAYS[g.wd!.toLowerCase()]!, g.rel, ref), ['year', 'month', 'day'], g, false);
    },
  },
  {
    // 2026-2030 period · 2021–2025 · 2021-25 · between 2021 and 2025 · from 2016 to 2020
    pattern: new RegExp(`${B}(?:(?<y1>(?:19|20)\\d{2})\\s?[-–—]\\s?(?<y2>(?:19|20)?\\d{2})|(?<=(?:[Ff]rom|[Bb]etween)\\s)(?<a1>(?:19|20)\\d{2})\\s+(?:[Tt]o|and)\\s+(?<a2>(?:19|20)\\d{2}))(?:\\s+(?<p>period|term|tenure|plan|season))?${E}`, 'gu'),
    resolve(g) {
      const y1 = Number(g.y1 ?? g.a1), raw = g.y2 ?? g.a2!;
      const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
      if (y2 <= y1 || y2 - y1 > 30) return null;
      return { value: String(y1), grain: 'year', to: String(y2), inferred: [] };
    },
  },
  {
    // in 2015 · by 2030 · 2024 · their 2019 level (a year, not "2000 workers" or "$2025")
    pattern: /(?<![\p{L}\d$€£¥.,/\-–])(?<y>(?:19|20)\d{2})(?![\p{L}\d%°]|[.,]\d|[-–/]\d|\s?(?:MW|kWh|GW|tonnes|hectares|ha|per\s?cent|percent)\b)/gu,
    resolve: (g) => ({ value: g.y!, grain: 'year', to: null, inferred: [] }),
  },
];

function dateOf(g: Groups, ref: WallClock | null, withTime: boolean): Resolved | null {
  const m = monthOf(g.mon!), d = Number(g.day);
  const y = g.year ? Number(g.year) : yearFor(m, ref);
  if (y != null && !isValidDay(y, m, d)) return null;
  if (d < 1 || d > 31) return null;
  const inferred = g.year ? [] : ['year'];
  if (y == null) return { value: null, grain: withTime && g.hour ? 'hour' : 'day', to: null, inferred };
  return dayResolved({ year: y, month: m, day: d }, inferred, g, withTime);
}

/** A year-like number read as a count ("2000 workers") when a lower-case plural follows it directly. */
function isCountNotYear(text: string, c: Candidate): boolean {
  if (c.parser !== parsers[parsers.length - 1]) return false;
  const after = text.slice(c.end, c.end + 30);
  const before = text.slice(Math.max(0, c.start - 12), c.start);
  if (/(?:\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Oo]f|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|year|[Ee]arly|[Ll]ate|[Mm]id|the|their|its|fiscal)|['’]s)\s+$/i.test(before)) return false;
  return /^\s+[a-z]+s\b/.test(after);
}

/** Candidates of every parser, overlaps resolved: the longer span wins, then the earlier parser. */
function propose(text: string): Candidate[] {
  const all: Candidate[] = [];
  parsers.forEach((parser, order) => {
    parser.pattern.lastIndex = 0;
    for (const m of text.matchAll(parser.pattern)) {
      const groups: Groups = {};
      // Relative words may open a sentence ("Last month, …"): resolvers see them in lower case.
      for (const [k, v] of Object.entries(m.groups ?? {})) groups[k] = k === 'mon' || k === 'm1' || k === 'm2' || k === 'wd' ? v : v?.toLowerCase();
      all.push({ start: m.index, end: m.index + m[0].length, order, parser, groups });
    }
  });
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of all) {
    if (isCountNotYear(text, c)) continue;
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Date mentions of an English text, resolved against `options.reference` (publishedAt).
 * @example findEnglishDates('Exports rose in the first 11 months.', { reference: '2026-12-03T08:00:00+07:00' })
 * // → [{ text: 'first 11 months', value: '2026-01', grain: 'month', to: '2026-11', inferred: ['year'], … }]
 */
export function findEnglishDates(text: string, options: EnglishDateOptions = {}): DateMention[] {
  const ref = parseWallClock(options.reference);
  const history: History = [];
  const out: DateMention[] = [];
  for (const c of propose(text)) {
    const r = c.parser.resolve(c.groups, ref, history);
    if (!r) continue;
    history.push({ ...r, start: c.start });
    out.push({
      text: text.slice(c.start, c.end), value: r.value, grain: r.grain, to: r.to, partOfDay: r.partOfDay ?? null,
      inferred: r.inferred, span: [c.start, c.end],
    });
  }
  return out;
}
