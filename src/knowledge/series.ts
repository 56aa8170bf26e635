/**
 * Indicator series across articles: one row per (metric, place, period, status, unit, level/change)
 * with the value the most sources give, the sources that agree with it, and a flag when others give
 * another value. Values are never added up: not across units, statuses, places or periods. A change
 * ("tăng 16% so với năm 2019") is its own series beside the level, signed (down → negative).
 * Syndicated copies (table `duplicates`) count once.
 *
 * Place: the province the figure's sentence names, else the one the title names, else the one the
 * publisher's host names ("baobacninh.vn"), else none (a national or unplaced figure).
 */
import { provinceOfSite } from '../extract/officials/places.js';
import { nameKey } from './names.js';
import { metricKey, metricLabel } from './metrics.js';
import { provinceIn } from './places.js';
import type { Store } from './store.js';

export interface SeriesQuery {
  /** The indicator, any way it is written ("kim ngạch xuất khẩu", "KNXK"). */
  metric?: string;
  province?: string;
  /** A canonical unit ("USD", "VND", "%", "t"…). */
  unit?: string;
  /** "actual" | "estimate" | "target". */
  status?: string;
}

export interface SeriesRow {
  metric: string;
  place: string | null;
  period: string;
  /** The value most sources give (a change is signed: down is negative). */
  value: number;
  unit: string | null;
  status: string | null;
  change: { direction: 'up' | 'down'; reference: string | null } | null;
  /** Sites that give this value. */
  sources: string[];
  /** Another source gives another value for the same metric, place, period and status. */
  disagree: boolean;
  /** The other values, with their sites. */
  others: { value: number; sources: string[] }[];
  /** The sentence of the first source that gives the value, and where it came from. */
  sentence: string;
  source: string;
}

interface FigureRow {
  article_id: string; metric: string | null; value: number | null; unit: string | null; status: string | null; period: string | null;
  change_direction: string | null; change_reference: string | null; field: string | null; caption_index: number | null;
  span_start: number; span_end: number; published_at: string | null; site: string | null; source: string; url: string | null;
}

interface ArticleFields { title: string | null; lead: string | null; text: string | null; captions: string | null }

interface Observation {
  value: number;
  site: string;
  sentence: string;
  source: string;
  published: string;
  change: SeriesRow['change'];
}

/** Relative tolerance within which two sources give the same value (rounding in print). */
const SAME_VALUE = 0.005;

const BOUNDARY = /[.!?…]["”’)]*\s|\n/g;

/** The sentence around [start, end) in a field text. */
export function sentenceAt(text: string, start: number, end: number): string {
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m && m.index + m[0].length <= start; m = BOUNDARY.exec(text)) from = m.index + m[0].length;
  BOUNDARY.lastIndex = end;
  const next = BOUNDARY.exec(text);
  const to = next ? next.index + (next[0].startsWith('\n') ? 0 : 1) : text.length;
  const s = text.slice(from, to).trim();
  return s.length > 400 ? `${text.slice(Math.max(from, start - 180), Math.min(to, end + 180)).trim()}…` : s;
}

function fieldText(r: FigureRow & ArticleFields): string {
  switch (r.field) {
    case 'title': return r.title ?? '';
    case 'lead': return r.lead ?? '';
    case 'captions': {
      try { return (JSON.parse(r.captions ?? '[]') as string[])[r.caption_index ?? 0] ?? ''; } catch { return ''; }
    }
    default: return r.text ?? '';
  }
}

/** A sortable start of an ISO-like period: "2021" < "2021-H1" = "2021-Q1" = "2021-01" < "2021-Q2"… */
export function periodStart(period: string): string {
  const p = period.split('/')[0]!;
  let m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (m) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  m = /^(\d{4})-H([12])$/.exec(p);
  if (m) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
  m = /^(\d{4})-W(\d\d)$/.exec(p);
  if (m) return `${m[1]}-${String(Math.min(12, Math.floor((Number(m[2]) - 1) / 4.35) + 1)).padStart(2, '0')}-01`;
  if (/^\d{4}$/.test(p)) return `${p}-01-01`;
  if (/^\d{4}-\d\d$/.test(p)) return `${p}-01`;
  return p;
}

export function comparePeriods(a: string, b: string): number {
  const x = periodStart(a);
  const y = periodStart(b);
  if (x !== y) return x < y ? -1 : 1;
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0); // a year before its first quarter
}

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= SAME_VALUE * Math.max(Math.abs(a), Math.abs(b));
}

function placeOf(r: FigureRow & ArticleFields, sentence: string): string | null {
  return provinceIn(sentence) ?? provinceIn(r.title) ?? provinceOfSite(r.site)?.name ?? null;
}

/** Every series row of the store (unfiltered), sorted by metric, place, unit, status, period. */
export function allSeriesRows(store: Store): SeriesRow[] {
  const rows = store.db.prepare(`
    SELECT f.article_id, f.metric, f.value, f.unit, f.status, f.period, f.change_direction, f.change_reference, f.field,
           f.caption_index, f.span_start, f.span_end, a.published_at, a.site, a.source, a.url
    FROM figures f JOIN articles a ON a.id = f.article_id
    WHERE f.metric IS NOT NULL AND f.period IS NOT NULL AND f.value IS NOT NULL
      AND a.id NOT IN (SELECT article_id FROM duplicates)
    ORDER BY a.published_at, a.source, f.figure_index`).all() as FigureRow[];
  // The texts are read once per article, not carried through the sort with every figure row.
  const fieldsOf = store.db.prepare('SELECT title, lead, text, captions FROM articles WHERE id = ?');
  let lastId = '';
  let last: ArticleFields = { title: null, lead: null, text: null, captions: null };
  const groups = new Map<string, { metric: string; place: string | null; period: string; unit: string | null; status: string | null; obs: Observation[] }>();
  for (const figure of rows) {
    const metric = metricKey(figure.metric);
    if (!metric) continue;
    if (figure.article_id !== lastId) {
      last = fieldsOf.get(figure.article_id) as ArticleFields;
      lastId = figure.article_id;
    }
    const r = { ...figure, ...last };
    const sentence = sentenceAt(fieldText(r), r.span_start, r.span_end);
    const place = placeOf(r, sentence);
    const direction = r.change_direction === 'up' || r.change_direction === 'down' ? r.change_direction : null;
    const kind = direction ? 'change' : 'level';
    const key = [metric, place ?? '', r.period, r.status ?? '', r.unit ?? '', kind].join('\u0001');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { metric, place, period: r.period!, unit: r.unit, status: r.status, obs: [] }));
    g.obs.push({
      value: direction === 'down' ? -r.value! : r.value!,
      site: r.site ?? r.source,
      sentence,
      source: r.url ?? r.source,
      published: r.published_at ?? '',
      change: direction ? { direction, reference: r.change_reference } : null,
    });
  }
  const out: SeriesRow[] = [];
  for (const g of groups.values()) {
    // distinct values (within rounding), each with the sites that give it, in first-seen order
    const values: { value: number; sites: Set<string>; first: Observation }[] = [];
    for (const o of g.obs) {
      const v = values.find((x) => sameValue(x.value, o.value));
      if (v) v.sites.add(o.site); else values.push({ value: o.value, sites: new Set([o.site]), first: o });
    }
    const ranked = [...values].sort((a, b) => b.sites.size - a.sites.size); // stable: ties keep the earliest
    const chosen = ranked[0]!;
    out.push({
      metric: metricLabel(g.metric), place: g.place, period: g.period, value: chosen.value, unit: g.unit, status: g.status,
      change: chosen.first.change, sources: [...chosen.sites].sort(), disagree: values.length > 1,
      others: ranked.slice(1).map((v) => ({ value: v.value, sources: [...v.sites].sort() })),
      sentence: chosen.first.sentence, source: chosen.first.source,
    });
  }
  out.sort((a, b) => a.metric.localeCompare(b.metric, 'vi') || (a.place ?? '').localeCompare(b.place ?? '', 'vi') ||
    (a.unit ?? '').localeCompare(b.unit ?? '') || (a.status ?? '').localeCompare(b.status ?? '') ||
    Number(a.change !== null) - Number(b.change !== null) || comparePeriods(a.period, b.period));
  return out;
}

/** The identity of the series a row belongs to (everything but the period). */
export function seriesId(r: SeriesRow): string {
  return [r.metric, r.place ?? '', r.unit ?? '', r.status ?? '', r.change ? 'change' : 'level'].join(' · ');
}

/**
 * Series rows. With `metric`, every row of that indicator; without it, the rows of every series that
 * has at least two periods.
 * @example
 *   series(store, { metric: 'KNXK', province: 'Bắc Ninh', unit: 'USD', status: 'actual' })
 *   // [{ metric: 'kim ngạch xuất khẩu', place: 'Bắc Ninh', period: '2023', value: 5.1e9, unit: 'USD', … }, …]
 */
export function series(store: Store, query: SeriesQuery = {}): SeriesRow[] {
  const metric = query.metric ? metricKey(query.metric) : null;
  const province = query.province ? provinceIn(query.province) ?? query.province : null;
  let rows = allSeriesRows(store).filter((r) =>
    (!metric || metricKey(r.metric) === metric) &&
    (!province || (r.place !== null && nameKey(r.place) === nameKey(province))) &&
    (!query.unit || r.unit === query.unit) &&
    (!query.status || r.status === query.status));
  if (!metric) {
    const periods = new Map<string, Set<string>>();
    for (const r of rows) {
      const id = seriesId(r);
      const set = periods.get(id) ?? new Set<string>();
      set.add(r.period);
      periods.set(id, set);
    }
    rows = rows.filter((r) => periods.get(seriesId(r))!.size >= 2);
  }
  return rows;
}
