/**
 * Per-class error counts of the finders against a gold folder (issue #13): what is missed, what is
 * extra, and what is found with the wrong value, unit, grain or position, grouped into classes, so a
 * change shows which class it moved. Matching is score.mjs's (figures: value + unit; dates: value +
 * grain + to; officials: name; positions: the gold phrase inside a found position's text).
 *
 *   npx tsx scripts/eval-finders.ts [--gold DIR]... [--list] [--json]
 * Default gold folders: ../shared/corpus/text-gold/gold (records from its input.jsonl) and
 * ../shared/corpus/gold (records from its pages); records are extracted in this process from src/.
 * --list prints every error line under its class; --json one object per folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extract } from '../src/index.js';
import type { ArticleRecord, DateMention, Figure, Official, OutputRecord } from '../src/record.js';

const args = process.argv.slice(2);
const shared = resolve(import.meta.dirname, '../../shared');
const list = args.includes('--list');
const asJson = args.includes('--json');
const golds = args.flatMap((a, i) => (args[i - 1] === '--gold' ? [resolve(a)] : []));
const folders = golds.length ? golds : [join(shared, 'corpus/text-gold/gold'), join(shared, 'corpus/gold')];

const fold = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const stem = (p: string): string => basename(p).replace(/\.[^.]*$/, '');
const sameNumber = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

interface GoldFigure { text: string; value: number; unit: string | null; field?: string }
interface GoldDate { text: string; value: string | null; grain: string; to?: string | null; field?: string; partOfDay?: string | null }
interface GoldOfficial { name: string; positions?: string[] }
interface Gold { kind: string; figures?: GoldFigure[]; dates?: GoldDate[]; officials?: GoldOfficial[] }

/** Records for a gold folder: text-gold's input.jsonl, or the pages folder beside the gold. */
function recordsFor(goldDir: string): Map<string, ArticleRecord> {
  const out = new Map<string, ArticleRecord>();
  const add = (r: OutputRecord): void => { if (r.kind !== 'error') out.set(stem(r.source), r); };
  const input = join(goldDir, '../input.jsonl');
  if (existsSync(input)) {
    for (const line of readFileSync(input, 'utf8').split('\n').filter(Boolean)) {
      const o = JSON.parse(line) as { id: string; text: string; publishedAt?: string | null; url?: string };
      add(extract({ text: o.text, source: `${o.id}.txt`, publishedAt: o.publishedAt ?? null, url: o.url ?? null }));
    }
    return out;
  }
  const pages = join(goldDir, '../pages');
  for (const f of readdirSync(pages).sort()) {
    const bytes = readFileSync(join(pages, f));
    add(f.endsWith('.txt') ? extract({ text: bytes.toString('utf8'), source: f }) : extract({ html: new Uint8Array(bytes), source: f }));
  }
  return out;
}

/** Unit classes: money, percent, counted nouns, durations, measures. */
function unitClass(unit: string | null): string {
  if (unit === null) return 'no unit';
  if (/^[A-Z]{3}(\/|$)/.test(unit)) return unit.includes('/') ? 'money rate' : 'money';
  if (unit === '%' || unit === 'pp') return 'percent';
  if (['ngày', 'tháng', 'năm', 'giờ', 'phút', 'tuần', 'tuổi', 'giây'].includes(unit)) return 'duration/age';
  if (/^(t|kg|g|tạ|ha|m2|km2|m|km|m3|l|kWh|MW|MWh|GW|cm|mm)(\/|$)/.test(unit)) return 'measure';
  return 'counted noun';
}

type Tally = Map<string, string[]>;
const bump = (t: Tally, cls: string, line: string): void => { t.set(cls, [...(t.get(cls) ?? []), line]); };

function matchFigures(page: string, pred: Figure[], gold: GoldFigure[], t: Tally): void {
  const used = new Set<number>();
  const unmatched: Figure[] = [];
  for (const p of pred) {
    const i = gold.findIndex((g, j) => !used.has(j) && sameNumber(p.value, g.value) && p.unit === g.unit);
    if (i >= 0) used.add(i); else unmatched.push(p);
  }
  const missed = gold.filter((_, j) => !used.has(j));
  for (const p of unmatched) {
    // The same mention text in the gold: found, but read wrong.
    const g = missed.find((m) => fold(m.text) === fold(p.text) || fold(m.text).includes(fold(p.text)) || fold(p.text).includes(fold(m.text)));
    if (g) {
      missed.splice(missed.indexOf(g), 1);
      const what = !sameNumber(p.value, g.value) ? (p.unit === g.unit ? 'wrong value' : 'wrong value and unit') : 'wrong unit';
      bump(t, `figures: ${what} (${unitClass(g.unit)})`, `${page}: "${p.text}" → ${p.value} ${p.unit} · gold "${g.text}" ${g.value} ${g.unit}`);
    } else bump(t, `figures: extra (${unitClass(p.unit)})`, `${page}: "${p.text}" → ${p.value} ${p.unit}`);
  }
  for (const g of missed) bump(t, `figures: missed (${unitClass(g.unit)})`, `${page}: "${g.text}" ${g.value} ${g.unit}`);
}

function matchDates(page: string, pred: DateMention[], gold: GoldDate[], t: Tally): void {
  const same = (p: DateMention, g: GoldDate): boolean => p.value === g.value && p.grain === g.grain && (p.to ?? null) === (g.to ?? null);
  const used = new Set<number>();
  const unmatched: DateMention[] = [];
  for (const p of pred) {
    const i = gold.findIndex((g, j) => !used.has(j) && same(p, g));
    if (i >= 0) used.add(i); else unmatched.push(p);
  }
  const missed = gold.filter((_, j) => !used.has(j));
  const show = (d: { value: string | null; grain: string; to?: string | null }): string => `${d.value} ${d.grain}${d.to ? `→${d.to}` : ''}`;
  for (const p of unmatched) {
    const g = missed.find((m) => fold(m.text).includes(fold(p.text)) || fold(p.text).includes(fold(m.text)));
    if (g) {
      missed.splice(missed.indexOf(g), 1);
      const what = fold(g.text) !== fold(p.text) ? 'other span' : p.grain !== g.grain ? 'wrong grain' : (p.to ?? null) !== (g.to ?? null) ? 'wrong range end' : 'wrong value';
      bump(t, `dates: ${what} (gold ${g.grain})`, `${page}: "${p.text}" → ${show(p)} · gold "${g.text}" ${show(g)}`);
    } else bump(t, `dates: extra (${p.grain})`, `${page}: "${p.text}" → ${show(p)}`);
  }
  for (const g of missed) bump(t, `dates: missed (${g.grain})`, `${page}: "${g.text}" ${show(g)}`);
}

function matchOfficials(page: string, pred: Official[], gold: GoldOfficial[], t: Tally): void {
  const goldNames = new Set(gold.map((g) => fold(g.name)));
  for (const p of pred) if (!goldNames.has(fold(p.name))) bump(t, 'officials: extra person', `${page}: ${p.name} · ${p.positions.map((x) => x.text).join('; ')}`);
  for (const g of gold) {
    const p = pred.find((o) => fold(o.name) === fold(g.name));
    if (!p) { bump(t, 'officials: missed person', `${page}: ${g.name} · ${(g.positions ?? []).join('; ')}`); continue; }
    const phrases = p.positions.map((x) => fold(x.text));
    for (const pos of g.positions ?? []) {
      if (phrases.some((ph) => ph === fold(pos) || ph.includes(fold(pos)))) continue;
      const cut = phrases.some((ph) => fold(pos).startsWith(ph));
      bump(t, `officials: position ${cut ? 'cut short' : phrases.length ? 'other' : 'none found'}`, `${page}: ${g.name} · gold "${pos}" · found ${p.positions.map((x) => `"${x.text}"`).join(', ') || '—'}`);
    }
  }
}

const report: Record<string, Record<string, number>> = {};
for (const dir of folders) {
  if (!existsSync(dir)) { console.log(`no gold at ${dir}: skipped`); continue; }
  const records = recordsFor(dir);
  const tally: Tally = new Map();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
    if (gold.kind !== 'article' || (!gold.figures && !gold.dates && !gold.officials)) continue;
    const page = stem(f);
    const rec = records.get(page);
    if (!rec) { bump(tally, 'missing record', page); continue; }
    const scored = <T extends { field?: string }>(xs: T[]): T[] => xs.filter((m) => m.field !== 'captions');
    matchFigures(page, scored(rec.figures), scored(gold.figures ?? []), tally);
    matchDates(page, scored(rec.dates), scored(gold.dates ?? []), tally);
    matchOfficials(page, rec.officials, gold.officials ?? [], tally);
  }
  const name = dir.replace(`${shared}/`, '');
  report[name] = Object.fromEntries([...tally].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => [k, v.length]));
  if (asJson) continue;
  console.log(`\n== ${name}: ${[...tally.values()].reduce((n, v) => n + v.length, 0)} errors`);
  for (const [cls, lines] of [...tally].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`${String(lines.length).padStart(4)}  ${cls}`);
    if (list) for (const l of lines) console.log(`        ${l}`);
  }
}
if (asJson) console.log(JSON.stringify(report));
