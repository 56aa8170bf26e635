/**
 * The English lexicons (corpus/lexicon/en-*.tsv), loaded once: units, currencies, figure cues, offices
 * and organization abbreviations. Code reads them; a new unit or office is a new TSV line.
 */
import { readTsv, asciiSlug } from '../officials/lexicon.js';
import type { Approx } from '../../record.js';

export interface UnitEntry { unit: string; exact: boolean }
export interface CurrencyEntry { code: string; position: 'prefix' | 'suffix' }
export type CueKind = 'approx' | 'approx-none' | 'change' | 'status';
export interface Cue { kind: CueKind; value: string }
export interface TitleEntry { title: string; body: string | null }

export interface EnglishLexicon {
  /** Written form (lower case unless exact) → unit; `unitPattern` matches them longest first. */
  units: Map<string, UnitEntry>;
  unitPattern: RegExp;
  prefixCurrencies: Map<string, string>;
  prefixPattern: string;
  suffixCurrencies: Map<string, string>;
  suffixPattern: RegExp;
  /** Lower-case cue phrase → cue; `cueList` longest first. */
  cues: Map<string, Cue[]>;
  cueList: string[];
  /** Lower-case office → entry; `titlePattern` longest first. */
  titles: Map<string, TitleEntry>;
  titlePattern: string;
  abbreviations: Map<string, string>;
  /** Capitalized words that make a run an organization or place (en-org-words.tsv). */
  orgWords: Set<string>;
  /** Folded ASCII slugs of Vietnamese family names ("nguyen"). */
  surnames: Set<string>;
  /** Folded ASCII slugs of Vietnamese provinces and cities ("danang", "thanhhoa") and Vietnam itself; foreign
   * countries come from compromise's #Country tag (countries.tsv holds Vietnamese exonyms). */
  places: Set<string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (xs: Iterable<string>): string[] => [...xs].sort((a, b) => b.length - a.length);

function load(): EnglishLexicon {
  const units = new Map<string, UnitEntry>();
  for (const [written, unit, flags = ''] of readTsv('en-units.tsv')) {
    const exact = flags.includes('exact');
    units.set(exact ? written! : written!.toLowerCase(), { unit: unit!, exact });
  }
  // Units end at a word boundary unless they end in a symbol (%, °C, m²).
  const unitAlternatives = longestFirst(units.keys()).map((u) => escape(u) + (/[\p{L}\d]$/u.test(u) ? '(?![\\p{L}\\d])' : ''));
  const unitPattern = new RegExp(`^(?:\\s?)(${unitAlternatives.join('|')})`, 'iu');

  const prefixCurrencies = new Map<string, string>();
  const suffixCurrencies = new Map<string, string>();
  for (const [written, code, position] of readTsv('en-currencies.tsv')) {
    (position === 'suffix' ? suffixCurrencies : prefixCurrencies).set(written!.toLowerCase(), code!);
  }
  const prefixPattern = longestFirst(prefixCurrencies.keys()).map(escape).join('|');
  const suffixPattern = new RegExp(`^\\s(${longestFirst(suffixCurrencies.keys()).map(escape).join('|')})(?![\\p{L}\\d])`, 'iu');

  const cues = new Map<string, Cue[]>();
  for (const [cue, kind, value = ''] of readTsv('en-figure-cues.tsv')) {
    const key = cue!.toLowerCase();
    cues.set(key, [...(cues.get(key) ?? []), { kind: kind as CueKind, value }]);
  }

  const titles = new Map<string, TitleEntry>();
  for (const [title, body = ''] of readTsv('en-titles.tsv')) titles.set(title!.toLowerCase(), { title: title!, body: body || null });
  const titlePattern = longestFirst(titles.keys()).map(escape).join('|');

  const abbreviations = new Map<string, string>();
  for (const [written, expansion] of readTsv('en-organizations.tsv')) abbreviations.set(written!, expansion!);

  const orgWords = new Set(readTsv('en-org-words.tsv').map(([w]) => w!));
  const surnames = new Set(readTsv('surnames.tsv').map(([s]) => asciiSlug(s!)));
  const places = new Set<string>();
  for (const [name, , , , , aliases = ''] of readTsv('provinces.tsv')) {
    for (const form of [name!, ...aliases.split('|').filter(Boolean)]) places.add(asciiSlug(form));
  }
  // English exonyms the Vietnamese lexicons do not spell (Hanoi, Saigon are the slugs of Hà Nội, Sài Gòn).
  for (const p of ['vietnam', 'hanoi', 'saigon', 'hochiminhcity']) places.add(p);
  return {
    units, unitPattern, prefixCurrencies, prefixPattern, suffixCurrencies, suffixPattern,
    cues, cueList: longestFirst(cues.keys()), titles, titlePattern, abbreviations, orgWords, surnames, places,
  };
}

let cache: EnglishLexicon | null = null;

/** The English lexicons, loaded on first use. */
export function englishLexicon(): EnglishLexicon {
  return (cache ??= load());
}

/** Approx value of a cue list (first approx cue), typed. */
export function approxOf(cues: Cue[] | undefined): Approx | null | undefined {
  const c = cues?.find((x) => x.kind === 'approx' || x.kind === 'approx-none');
  if (!c) return undefined;
  return c.kind === 'approx-none' ? null : (c.value as Approx);
}
