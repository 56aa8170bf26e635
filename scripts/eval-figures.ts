/**
 * Figures beyond score.mjs: on figures matched to the gold (same field, value and unit; overlapping
 * spans preferred), how often metric, status, change, approx, range and period agree; then the misses
 * and the extra figures, for reading.
 *   npx tsx scripts/eval-figures.ts [RECORDS.jsonl] [--gold DIR] [--list]
 * RECORDS defaults to /tmp/figures.jsonl (write it with `npx tsx scripts/eval.ts --out /tmp/figures.jsonl`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Figure } from '../src/record.js';

interface GoldFigure extends Figure { field: 'text' | 'title' | 'lead' }

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const recordsPath = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--gold') ?? '/tmp/figures.jsonl';
const goldDir = opt('--gold', resolve(import.meta.dirname, '../../shared/corpus/gold'));
const list = args.includes('--list');

const stem = (p: string): string => basename(p).replace(/\.[^.]*$/, '');
const records = new Map<string, { figures?: Figure[] }>();
for (const line of readFileSync(recordsPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { source: string; figures?: Figure[] };
  records.set(stem(r.source), r);
}
const fold = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const fieldOf = (f: Figure): string => f.field ?? 'text';
const overlap = (a: Figure, b: Figure): boolean => a.span[0] < b.span[1] && b.span[0] < a.span[1];

const attrs = ['metric', 'status', 'change', 'approx', 'range', 'period'] as const;
const agree: Record<(typeof attrs)[number], number> = { metric: 0, status: 0, change: 0, approx: 0, range: 0, period: 0 };
let matched = 0, gold = 0, pred = 0;
const misses: string[] = [], extras: string[] = [], diffs: string[] = [];

for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
  const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { figures?: GoldFigure[] };
  const rec = records.get(stem(f));
  const golds = g.figures ?? [];
  const preds = (rec?.figures ?? []).filter((x) => fieldOf(x) !== 'captions');
  gold += golds.length; pred += preds.length;
  const used = new Set<number>();
  for (const gf of golds) {
    const candidates = preds.map((p, i) => ({ p, i })).filter(({ p, i }) => !used.has(i) && fieldOf(p) === gf.field && same(p.value, gf.value) && p.unit === gf.unit);
    const hit = candidates.find(({ p }) => overlap(p, gf)) ?? candidates[0];
    if (!hit) { misses.push(`${stem(f)} [${gf.field}] "${gf.text}" ${gf.value} ${gf.unit}`); continue; }
    used.add(hit.i);
    matched++;
    const p = hit.p;
    const eq = {
      metric: fold(p.metric) === fold(gf.metric),
      status: p.status === gf.status,
      change: (p.change?.direction ?? null) === (gf.change?.direction ?? null) && fold(p.change?.reference) === fold(gf.change?.reference),
      approx: p.approx === gf.approx,
      range: JSON.stringify(p.range) === JSON.stringify(gf.range),
      period: (p.period ?? null) === (gf.period ?? null),
    };
    for (const a of attrs) if (eq[a]) agree[a]++;
    const bad = attrs.filter((a) => !eq[a]);
    if (bad.length) diffs.push(`${stem(f)} "${gf.text}": ` + bad.map((a) => `${a} ${JSON.stringify(p[a])} ≠ gold ${JSON.stringify(gf[a])}`).join(' · '));
  }
  preds.forEach((p, i) => { if (!used.has(i)) extras.push(`${stem(f)} [${fieldOf(p)}] "${p.text}" ${p.value} ${p.unit}`); });
}
const pct = (n: number): string => (matched ? ((100 * n) / matched).toFixed(1) : '-') + '%';
console.log(`figures: gold ${gold} · predicted ${pred} · matched ${matched} (P ${(matched / pred).toFixed(3)} R ${(matched / gold).toFixed(3)})`);
console.log('on matched figures, agreement with gold: ' + attrs.map((a) => `${a} ${pct(agree[a])} (${agree[a]}/${matched})`).join(' · '));
if (list) {
  console.log(`\nmissed (${misses.length}):\n  ` + misses.join('\n  '));
  console.log(`\nextra (${extras.length}):\n  ` + extras.join('\n  '));
  console.log(`\nattribute differences (${diffs.length}):\n  ` + diffs.join('\n  '));
}
