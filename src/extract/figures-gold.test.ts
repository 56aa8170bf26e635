/**
 * findFigures over the shared gold (../shared/corpus/gold): its title, lead and paragraphs (joined
 * with "\n\n" as the gold spans are) are read at test time, never copied. Matching is the one of
 * ../shared/tools/score.mjs (value and unit) within each field.
 */
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../testing/shared.js';
import { findFigures } from './figures.js';
import type { Figure } from '../record.js';

interface Gold {
  kind: string;
  title: string | null;
  lead: string | null;
  publishedAt: string | null;
  paragraphs?: string[];
  figures?: (Figure & { field: 'text' | 'title' | 'lead' })[];
}

const goldDir = sharedPath('corpus', 'gold');
const seedPath = sharedPath('corpus', 'gold', 'seed-sct-bacninh-2021.json');

function figuresOfGold(g: Gold): Figure[] {
  const out: Figure[] = [];
  const opts = { publishedAt: g.publishedAt };
  if (g.title) for (const f of findFigures(g.title, opts)) out.push({ ...f, field: 'title' });
  if (g.lead) for (const f of findFigures(g.lead, opts)) out.push({ ...f, field: 'lead' });
  for (const f of findFigures((g.paragraphs ?? []).join('\n\n'), opts)) out.push({ ...f, field: 'text' });
  return out;
}

(seedPath ? test : test.skip)('the seed: its 11 figures exactly, with metric, status, change and period', (t) => {
  const g = JSON.parse(readFileSync(seedPath!, 'utf8')) as Gold;
  const found = figuresOfGold(g);
  const pick = (f: Figure) => ({ text: f.text.replace(/\s+/g, ' '), value: f.value, unit: f.unit, approx: f.approx, range: f.range, metric: f.metric, status: f.status, change: f.change, period: f.period });
  t.is(g.figures!.length, 11);
  t.deepEqual(found.map(pick), g.figures!.map(pick));
});

(goldDir ? test : test.skip)('figures F1 ≥ 0.95 over all gold articles (value and unit per field)', (t) => {
  let tp = 0, np = 0, ng = 0;
  for (const file of readdirSync(goldDir!).filter((f) => f.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(join(goldDir!, file), 'utf8')) as Gold;
    if (g.kind !== 'article') continue;
    const pred = figuresOfGold(g);
    const gold = g.figures ?? [];
    const used = new Set<number>();
    for (const p of pred) {
      const i = gold.findIndex((x, j) => !used.has(j) && x.field === (p.field ?? 'text') && x.unit === p.unit && Math.abs(x.value - p.value) <= 1e-9 * Math.max(1, Math.abs(x.value)));
      if (i >= 0) { used.add(i); tp++; }
    }
    np += pred.length;
    ng += gold.length;
  }
  const precision = tp / np, recall = tp / ng;
  const f1 = (2 * precision * recall) / (precision + recall);
  t.log(`figures P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (${tp}/${np} predicted, ${ng} gold)`);
  t.true(f1 >= 0.95);
});
