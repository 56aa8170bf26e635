/**
 * No figure off by a scale word: every figure of the English sample pages against the values written by
 * hand in fixtures/english/samples-figures.json, and every figure found on ../shared/corpus/english
 * against the gold figure at the same place (skipped when the shared corpus is absent).
 */
import test from 'ava';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract, validateRecord } from '../../index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const expected = JSON.parse(readFileSync(`${root}fixtures/english/samples-figures.json`, 'utf8')) as Record<string, unknown>;

for (const [file, rows] of Object.entries(expected)) {
  if (file.startsWith('$')) continue;
  test(`every figure of corpus/samples/${file} has its hand-written value and unit`, (t) => {
    const r = extract({ html: readFileSync(`${root}corpus/samples/${file}`), source: file });
    if (r.kind === 'error') return t.fail(r.error);
    t.is(r.language, 'en');
    t.deepEqual(validateRecord(r).errors, []);
    const got = r.figures.map((f) => [f.field ?? 'text', f.text, f.value, f.unit]);
    t.deepEqual(got, rows as unknown[]);
  });
}

const shared = `${root}../shared/corpus/english`;
(existsSync(shared) ? test : test.skip)('shared english/: a figure found where the gold has one has the gold value (no scale-word slips)', (t) => {
  let compared = 0;
  for (const f of readdirSync(`${shared}/pages`)) {
    const gold = JSON.parse(readFileSync(`${shared}/gold/${f.replace(/\.html$/, '.json')}`, 'utf8')) as {
      figures: Array<{ field: string; span: [number, number]; value: number; unit: string }>;
    };
    const r = extract({ html: readFileSync(`${shared}/pages/${f}`), source: f });
    if (r.kind === 'error') return t.fail(r.error);
    for (const p of r.figures) {
      const field = p.field ?? 'text';
      const g = gold.figures.find((x) => x.field === field && x.span[0] < p.span[1] && p.span[0] < x.span[1]);
      if (!g) continue;
      compared++;
      t.is(p.value, g.value, `${f}: ${p.text}`);
    }
  }
  t.true(compared >= 50, `compared ${compared}`);
});
