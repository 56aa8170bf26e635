/**
 * The dates finder against the shared gold (../shared/corpus/gold): title, lead and body of each gold
 * article, as the analyse stage runs it (publishedAt as reference, else the context year). The gold
 * texts are read in place, never copied. Matching is tools/score.mjs's: value, grain and to.
 */
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DateMention } from '../record.js';
import { deriveContextYear, findDates } from './dates.js';
import { sharedPath } from '../testing/shared.js';

const dir = sharedPath('corpus', 'gold');

interface Gold {
  kind: string;
  title: string | null;
  lead: string | null;
  publishedAt: string | null;
  paragraphs?: string[];
  dates: (Pick<DateMention, 'text' | 'value' | 'grain' | 'to' | 'inferred' | 'span'> & { field: string })[];
}

function datesOf(g: Gold): (Omit<DateMention, 'field'> & { field: string })[] {
  const text = (g.paragraphs ?? []).join('\n\n');
  const options = { reference: g.publishedAt, contextYear: g.publishedAt ? null : deriveContextYear({ title: g.title, lead: g.lead, text }) };
  const fields: [string, string | null][] = [['title', g.title], ['lead', g.lead], ['text', text]];
  return fields.flatMap(([field, s]) => (s ? findDates(s, options).map((m) => ({ ...m, field })) : []));
}

const golds = (): [string, Gold][] => readdirSync(dir!)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(dir!, f), 'utf8')) as Gold] as [string, Gold])
  .filter(([, g]) => g.kind === 'article');

(dir ? test : test.skip)('dates F1 ≥ 0.95 over the shared gold articles', (t) => {
  let tp = 0, np = 0, ng = 0;
  for (const [, g] of golds()) {
    const pred = datesOf(g);
    const used = g.dates.map(() => false);
    for (const p of pred) {
      const i = g.dates.findIndex((d, j) => !used[j] && d.value === p.value && d.grain === p.grain && (d.to ?? null) === (p.to ?? null));
      if (i >= 0) { used[i] = true; tp++; }
    }
    np += pred.length;
    ng += g.dates.length;
  }
  const p = tp / np, r = tp / ng, f1 = (2 * p * r) / (p + r);
  t.log(`gold dates: ${ng} · P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`);
  t.true(f1 >= 0.95);
});

(dir ? test : test.skip)('the seed article: every date exact (text, value, grain, to, inferred, field, span)', (t) => {
  const seed = golds().find(([f]) => f.startsWith('seed-'));
  t.truthy(seed, 'the seed gold file is present');
  const shape = (m: Gold['dates'][number]) => [m.field, m.span, m.text, m.value, m.grain, m.to ?? null, m.inferred];
  t.deepEqual(datesOf(seed![1]).map(shape), seed![1].dates.map(shape));
});
