/**
 * The officials registry: who held which office when, across the articles of a store. One row per
 * person and position (title + organization + former), with the first and last publication dates it
 * was seen on, the number of articles and the sites. Syndicated copies (table `duplicates`) count once.
 *
 * Who is one person:
 *   1. a position's context is its organization (organizationFull, normalized), or its title alone
 *      when no organization is written;
 *   2. within one context, names are one name when their shadows agree or one drops diacritics of the
 *      other (names.ts, Jaro–Winkler ≥ NAME_SIMILARITY): "Nguyễn Văn Hoà" / "Nguyễn Văn Hòa";
 *   3. a person is a name in a context; the positions one article gives one official join their
 *      contexts (the article links them), and a promotion in the same organization stays in its
 *      context ("Phó Chủ tịch UBND tỉnh X" → "Chủ tịch UBND tỉnh X");
 *   4. a position written without organization joins the one person of that name who holds that title
 *      in an organization, when exactly one does.
 * Namesakes in other provinces or offices are other contexts, so they stay apart unless an article
 * links them.
 */
import { normalizeKey } from '../text/normalize.js';
import { bareLetters, markCount, nameKey, sameName } from './names.js';
import { provinceIn } from './places.js';
import type { Store } from './store.js';

export interface OfficialRow {
  /** Person number in this registry (rows of one person share it). */
  person: number;
  name: string;
  title: string;
  organizationFull: string | null;
  province: string | null;
  former: boolean;
  /** Dates (YYYY-MM-DD) of the first and last article that states it; null when none is dated. */
  firstSeen: string | null;
  lastSeen: string | null;
  articles: number;
  sources: string[];
}

export interface Person {
  person: number;
  name: string;
  /** Every way the name was written, most frequent first. */
  variants: string[];
  /** Positions held, in order: "Phó Chủ tịch UBND tỉnh (2019–2021) → Chủ tịch UBND tỉnh (2022–)". */
  career: string;
  rows: OfficialRow[];
}

export interface OfficialsQuery {
  /** Part of the name, any tone style, with or without diacritics. */
  name?: string;
  /** Part of the organization (full or as written). */
  org?: string;
  /** A province name or alias ("Bắc Ninh", "TP.HCM"). */
  province?: string;
}

interface Mention {
  article: string;
  official: number;
  name: string;
  nameKey: string;
  title: string;
  titleKey: string;
  organization: string | null;
  organizationFull: string | null;
  orgKey: string;
  text: string | null;
  former: boolean;
  date: string | null;
  site: string | null;
  context: string;
}

interface MentionRow {
  article_id: string; official_index: number; name: string; title: string | null; organization: string | null;
  organization_full: string | null; text: string | null; former: number; published_at: string | null; site: string | null;
}

/**
 * The matching key of an organization: shadow, single spaces, and no level word before the province
 * it names ("Sở Y tế tỉnh Nghệ An" and "Sở Y tế Nghệ An" agree; "Tỉnh ủy" keeps its word).
 */
export function organizationKey(org: string | null): string {
  if (!org) return '';
  let key = normalizeKey(org).replace(/\s+/g, ' ').trim();
  const province = provinceIn(org);
  if (province) {
    const place = normalizeKey(province);
    for (const level of ['tỉnh', 'thành phố', 'tp.', 'tp']) key = key.replace(`${level} ${place}`, place);
  }
  return key;
}

function loadMentions(store: Store): Mention[] {
  const rows = store.db.prepare(`
    SELECT o.article_id, o.official_index, o.name, p.title, p.organization, p.organization_full, p.text, p.former,
           a.published_at, a.site
    FROM officials o
    JOIN positions p ON p.article_id = o.article_id AND p.official_index = o.official_index
    JOIN articles a ON a.id = o.article_id
    WHERE a.id NOT IN (SELECT article_id FROM duplicates)
    ORDER BY a.published_at, a.source, o.official_index, p.position_index`).all() as MentionRow[];
  const out: Mention[] = [];
  for (const r of rows) {
    if (!r.name || !r.title) continue;
    const key = nameKey(r.name);
    if (!key) continue;
    const orgKey = organizationKey(r.organization_full ?? r.organization);
    const titleKey = normalizeKey(r.title).replace(/\s+/g, ' ').trim();
    out.push({
      article: r.article_id, official: r.official_index, name: r.name, nameKey: key, title: r.title, titleKey,
      organization: r.organization, organizationFull: r.organization_full, orgKey, text: r.text, former: r.former === 1,
      date: r.published_at ? r.published_at.slice(0, 10) : null, site: r.site,
      context: orgKey ? `o:${orgKey}` : `t:${titleKey}`,
    });
  }
  return out;
}

/** The most frequent value; ties go to the one `better` prefers, then the first seen. */
function mostFrequent<T>(values: T[], better: (a: T, b: T) => number = () => 0): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] as T;
  for (const [v, n] of counts) {
    const m = counts.get(best)!;
    if (n > m || (n === m && better(v, best) < 0)) best = v;
  }
  return best;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let r = x;
    for (let p = this.parent.get(r); p !== undefined && p !== r; p = this.parent.get(r)) r = p;
    if (!this.parent.has(x)) this.parent.set(x, x);
    else this.parent.set(x, r);
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** Within each context, each name key → the key of its best-written variant (most marks, then most mentions). */
function canonicalNames(mentions: Mention[]): Map<string, string> {
  const byContext = new Map<string, Map<string, { marks: number; count: number }>>();
  for (const m of mentions) {
    let names = byContext.get(m.context);
    if (!names) byContext.set(m.context, (names = new Map()));
    const e = names.get(m.nameKey);
    if (e) e.count++; else names.set(m.nameKey, { marks: markCount(m.nameKey), count: 1 });
  }
  const canon = new Map<string, string>();
  for (const [context, names] of byContext) {
    const keys = [...names.keys()].sort((a, b) => names.get(b)!.marks - names.get(a)!.marks || names.get(b)!.count - names.get(a)!.count || (a < b ? -1 : 1));
    // Bucketed by bare letters: only names that agree without marks can be one name.
    const byBare = new Map<string, string[]>();
    for (const k of keys) {
      const bare = bareLetters(k);
      const bucket = byBare.get(bare) ?? [];
      const target = bucket.find((c) => sameName(c, k));
      canon.set(`${context}\u0001${k}`, target ?? k);
      if (!target) bucket.push(k);
      byBare.set(bare, bucket);
    }
  }
  return canon;
}

function yearOf(date: string | null): string | null {
  return date ? date.slice(0, 4) : null;
}

/** "Phó Chủ tịch UBND tỉnh (2019–2021) → Chủ tịch UBND tỉnh (2022–)" from a person's rows and mentions. */
export function careerOf(positions: { label: string; firstSeen: string | null; lastSeen: string | null }[]): string {
  const sorted = [...positions].sort((a, b) =>
    (a.firstSeen ?? '\uffff').localeCompare(b.firstSeen ?? '\uffff') || (a.lastSeen ?? '').localeCompare(b.lastSeen ?? ''));
  // offices seen over exactly the same dates were held together: one step, joined by " + "
  const steps: { label: string; firstSeen: string | null; lastSeen: string | null }[] = [];
  for (const p of sorted) {
    const prev = steps.at(-1);
    if (prev && p.firstSeen && prev.firstSeen === p.firstSeen && prev.lastSeen === p.lastSeen) prev.label += ` + ${p.label}`;
    else steps.push({ ...p });
  }
  let lastDated = -1;
  steps.forEach((p, i) => { if (p.firstSeen) lastDated = i; });
  return steps.map((p, i) => {
    const from = yearOf(p.firstSeen);
    const to = yearOf(p.lastSeen);
    if (!from) return p.label;
    if (i === lastDated) return `${p.label} (${from}–)`;
    return `${p.label} (${from === to ? from : `${from}–${to}`})`;
  }).join(' → ');
}

function byName(a: string, b: string): number {
  return a.localeCompare(b, 'vi');
}

/** Every person of the store with their positions (see the module comment for who is one person). */
export function officialsRegistry(store: Store): Person[] {
  const mentions = loadMentions(store);
  const canon = canonicalNames(mentions);
  const nodeOf = (m: Mention): string => `${canon.get(`${m.context}\u0001${m.nameKey}`)!}\u0001${m.context}`;
  const uf = new UnionFind();

  // 3. one official of one article: its positions are one person
  const byOfficial = new Map<string, string[]>();
  for (const m of mentions) {
    const node = nodeOf(m);
    uf.find(node);
    const k = `${m.article}\u0001${m.official}`;
    const list = byOfficial.get(k);
    if (list) list.push(node); else byOfficial.set(k, [node]);
  }
  for (const nodes of byOfficial.values()) for (let i = 1; i < nodes.length; i++) uf.union(nodes[0]!, nodes[i]!);

  // 4. a title without organization joins the one person of that name holding it in an organization
  const holders = new Map<string, Set<string>>(); // name + title → roots
  for (const m of mentions) {
    if (!m.orgKey) continue;
    const k = `${canon.get(`${m.context}\u0001${m.nameKey}`)!}\u0001${m.titleKey}`;
    const set = holders.get(k) ?? new Set<string>();
    set.add(uf.find(nodeOf(m)));
    holders.set(k, set);
  }
  for (const m of mentions) {
    if (m.orgKey) continue;
    const set = holders.get(`${canon.get(`${m.context}\u0001${m.nameKey}`)!}\u0001${m.titleKey}`);
    if (!set) continue;
    const roots = new Set([...set].map((r) => uf.find(r)));
    if (roots.size === 1) uf.union([...roots][0]!, nodeOf(m));
  }

  // rows: person × position
  const people = new Map<string, Mention[]>();
  for (const m of mentions) {
    const root = uf.find(nodeOf(m));
    const list = people.get(root);
    if (list) list.push(m); else people.set(root, [m]);
  }
  const persons: Person[] = [];
  for (const list of people.values()) {
    const variants = [...new Set(list.map((m) => m.name))];
    const name = mostFrequent(list.map((m) => m.name), (a, b) => markCount(b) - markCount(a));
    variants.sort((a, b) => (a === name ? -1 : b === name ? 1 : 0));
    const byPosition = new Map<string, Mention[]>();
    for (const m of list) {
      const k = `${m.titleKey}\u0001${m.orgKey}\u0001${m.former ? 1 : 0}`;
      const l = byPosition.get(k);
      if (l) l.push(m); else byPosition.set(k, [m]);
    }
    const rows: OfficialRow[] = [];
    const labels: { label: string; title: string; organizationFull: string | null; firstSeen: string | null; lastSeen: string | null }[] = [];
    for (const ms of byPosition.values()) {
      const dates = ms.map((m) => m.date).filter((d): d is string => d !== null).sort();
      const organizationFull = mostFrequent(ms.map((m) => m.organizationFull ?? m.organization));
      const row: OfficialRow = {
        person: 0, name, title: mostFrequent(ms.map((m) => m.title)), organizationFull,
        province: provinceIn(organizationFull), former: ms[0]!.former,
        firstSeen: dates[0] ?? null, lastSeen: dates.at(-1) ?? null,
        articles: new Set(ms.map((m) => m.article)).size,
        sources: [...new Set(ms.map((m) => m.site).filter((s): s is string => !!s))].sort(),
      };
      rows.push(row);
      if (!row.former) {
        const text = mostFrequent(ms.map((m) => m.text ?? m.title));
        const org = ms.find((m) => m.organization)?.organization;
        const label = normalizeKey(text) === normalizeKey(row.title) && org ? `${text} ${org}` : text;
        labels.push({ label, title: row.title, organizationFull: row.organizationFull, firstSeen: row.firstSeen, lastSeen: row.lastSeen });
      }
    }
    // two offices written alike ("Giám đốc Sở Tài chính" of two provinces) are told apart by the full name
    const seen = new Map<string, number>();
    for (const l of labels) seen.set(l.label, (seen.get(l.label) ?? 0) + 1);
    labels.forEach((l, i) => { if (seen.get(l.label)! > 1) labels[i] = { ...l, label: `${l.title} ${l.organizationFull ?? ''}`.trim() }; });
    rows.sort((a, b) => (a.firstSeen ?? '\uffff').localeCompare(b.firstSeen ?? '\uffff') || byName(a.title, b.title));
    persons.push({ person: 0, name, variants, career: careerOf(labels), rows });
  }
  persons.sort((a, b) => byName(a.name, b.name) || (a.rows[0]!.firstSeen ?? '').localeCompare(b.rows[0]!.firstSeen ?? '') ||
    byName(a.rows[0]!.organizationFull ?? '', b.rows[0]!.organizationFull ?? ''));
  persons.forEach((p, i) => {
    p.person = i + 1;
    for (const r of p.rows) r.person = i + 1;
  });
  return persons;
}

function matches(haystack: string | null, needle: string): boolean {
  if (!haystack) return false;
  const h = nameKey(haystack);
  return h.includes(needle) || bareLetters(h).includes(bareLetters(needle));
}

/** The persons a query selects, each with only the rows it selects. */
export function findPersons(store: Store, query: OfficialsQuery = {}): Person[] {
  const name = query.name ? nameKey(query.name) : null;
  const org = query.org ? nameKey(query.org) : null;
  const province = query.province ? provinceIn(query.province) ?? query.province : null;
  const out: Person[] = [];
  for (const p of officialsRegistry(store)) {
    if (name && !p.variants.some((v) => matches(v, name))) continue;
    const rows = p.rows.filter((r) => (!org || matches(r.organizationFull, org)) && (!province || (r.province !== null && nameKey(r.province) === nameKey(province))));
    if (rows.length) out.push({ ...p, rows });
  }
  return out;
}

/**
 * One row per person and position.
 * @example
 *   listOfficials(store, { province: 'Bắc Ninh' })
 *   // [{ person: 3, name: 'Nguyễn Văn Hòa', title: 'Chủ tịch', organizationFull: 'Ủy ban nhân dân tỉnh Bắc Ninh', … }]
 */
export function listOfficials(store: Store, query: OfficialsQuery = {}): OfficialRow[] {
  return findPersons(store, query).flatMap((p) => p.rows);
}
