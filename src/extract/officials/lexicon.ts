/**
 * The officials lexicons of corpus/lexicon (titles, organizations, provinces, countries, surnames,
 * honorifics, namesakes), read once per process into tries and Maps. Each TSV opens with `#` lines naming its
 * source and date; columns are tab-separated and empty cells mean "none".
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PhraseTrie } from './phrase-trie.js';
import { keyOf, tokenize } from './tokens.js';

export type PlaceType = 'tỉnh' | 'thành phố';
export type LocalScope = 'province' | 'city' | 'any';
export type OrgKind = 'head' | 'name' | 'admin' | 'domain';
export type Gender = 'male' | 'female';

export interface TitleEntry {
  group: string;
  /** The organization the office implies when none is written ("Thủ tướng" → "Chính phủ"). */
  implied: string | null;
  /** The kind of body it heads when only the field is written ("Bộ trưởng Tài chính" → "Bộ"). */
  body: string | null;
}

export interface OrgEntry {
  kind: OrgKind;
  /** Written-out form for organizationFull, or null to keep the words as written. */
  expansion: string | null;
  needsName: boolean;
  /** Completed with the article's place when nothing more specific follows. */
  local: LocalScope | null;
}

export interface Province {
  name: string;
  type: PlaceType;
  /** ISO dates, inclusive; null = open. */
  since: string | null;
  until: string | null;
  /** The unit this one was merged into, by name. */
  successor: string | null;
}

export interface Country {
  full: string;
}

export interface Honorific {
  gender: Gender | null;
  kind: 'courtesy' | 'party' | 'academic' | 'rank';
}

export interface OfficialsLexicon {
  titles: PhraseTrie<TitleEntry>;
  organizations: PhraseTrie<OrgEntry>;
  places: PhraseTrie<Province>;
  countries: PhraseTrie<Country>;
  honorifics: PhraseTrie<Honorific>;
  /** Keys of family names ("nguyễn"). */
  surnames: Set<string>;
  /** Keys of historical names that streets, schools and wards bear ("trần phú"). */
  namesakes: Set<string>;
  /** Verbs that open a predicate after a subject ("cho biết", "đánh giá"): never inside a name. */
  clauseVerbs: PhraseTrie<true>;
  /** Keys of the words that make an office a former one ("nguyên", "cựu"). */
  formerMarkers: Set<string>;
  /** Last words of the phrases that make an office one not held ("ứng cử viên Tổng thống"), by key. */
  candidateMarkers: Set<string>;
  provinces: Province[];
  provinceByName: Map<string, Province>;
  /** Folded ASCII names ("bacninh") → province, for publisher hosts. */
  provinceBySlug: Map<string, Province>;
}

const LEXICON_DIR = fileURLToPath(new URL('../../../corpus/lexicon/', import.meta.url));

/** Rows of a lexicon TSV: comment lines dropped, cells trimmed. */
export function readTsv(file: string): string[][] {
  const text = readFileSync(LEXICON_DIR + file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t').map((c) => c.trim().normalize('NFC')));
}

/** "Bắc Ninh" → "bacninh": the form a publisher host uses. */
export function asciiSlug(s: string): string {
  return keyOf(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/[^a-z0-9]/g, '');
}

function loadLexicon(): OfficialsLexicon {
  const titles = new PhraseTrie<TitleEntry>();
  for (const [title, group = '', implied = '', body = ''] of readTsv('titles.tsv')) {
    titles.add(title!, { group, implied: implied || null, body: body || null });
  }

  const organizations = new PhraseTrie<OrgEntry>();
  for (const [form, expansion = '', kind = 'head', flags = ''] of readTsv('organizations.tsv')) {
    const flagSet = new Set(flags.split(',').map((f) => f.trim()).filter(Boolean));
    const local = [...flagSet].find((f) => f.startsWith('local:'))?.slice(6) as LocalScope | undefined;
    organizations.add(form!, {
      kind: kind as OrgKind,
      expansion: expansion || null,
      needsName: flagSet.has('needs-name'),
      local: local ?? null,
    }, flagSet.has('exact'));
  }

  const places = new PhraseTrie<Province>();
  const provinces: Province[] = [];
  const provinceByName = new Map<string, Province>();
  const provinceBySlug = new Map<string, Province>();
  for (const [name, type, since = '', until = '', successor = '', aliases = ''] of readTsv('provinces.tsv')) {
    const p: Province = { name: name!, type: type as PlaceType, since: since || null, until: until || null, successor: successor || null };
    provinces.push(p);
    provinceByName.set(keyOf(p.name), p);
    for (const form of [p.name, ...aliases.split('|').filter(Boolean)]) {
      places.add(form, p);
      if (!provinceBySlug.has(asciiSlug(form))) provinceBySlug.set(asciiSlug(form), p);
    }
  }

  const countries = new PhraseTrie<Country>();
  for (const [written, full] of readTsv('countries.tsv')) countries.add(written!, { full: full || written! });

  const honorifics = new PhraseTrie<Honorific>();
  for (const [form, gender, kind] of readTsv('honorifics.tsv')) {
    honorifics.add(form!, { gender: gender === 'male' || gender === 'female' ? gender : null, kind: kind as Honorific['kind'] });
  }

  const surnames = new Set(readTsv('surnames.tsv').map(([s]) => keyOf(s!)));
  const namesakes = new Set(readTsv('namesakes.tsv').map(([s]) => keyOf(s!)));
  const clauseVerbs = new PhraseTrie<true>();
  for (const [verb] of readTsv('clause-verbs.tsv')) clauseVerbs.add(verb!, true);
  const formerMarkers = new Set(readTsv('former.tsv').map(([w]) => keyOf(w!)));
  // the form's last word, with the words before it: "ứng cử viên" → "viên" after "cử", "ứng"
  const candidateMarkers = new Set(readTsv('candidates.tsv').map(([w]) => keyOf(w!)));
  return { titles, organizations, places, countries, honorifics, surnames, namesakes, clauseVerbs, formerMarkers, candidateMarkers, provinces, provinceByName, provinceBySlug };
}

let cache: OfficialsLexicon | null = null;

/** The lexicons, loaded on first use. */
export function officialsLexicon(): OfficialsLexicon {
  cache ??= loadLexicon();
  return cache;
}

/** The body an office implies when none is written ("Thủ tướng" → "Chính phủ"), or null. */
export function impliedBody(title: string): string | null {
  const { titles } = officialsLexicon();
  const tokens = tokenize(title);
  const m = titles.match(tokens, 0);
  return m && m.end === tokens.length ? m.value.implied : null;
}
