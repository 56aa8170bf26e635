// Freeze the finder inputs (fields of every article) of the shared pages, samples and fixtures.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
const dirs = ['/work/shared/corpus/pages', '/work/main/corpus/samples', '/work/main/fixtures/html'];
const out: unknown[] = [];
for (const dir of dirs) for (const f of readdirSync(dir).sort()) {
  if (f.endsWith('.md')) continue;
  const bytes = readFileSync(join(dir, f));
  const r = f.endsWith('.txt') ? extract({ text: bytes.toString('utf8'), options: { analyse: false } }) : extract({ html: new Uint8Array(bytes), options: { analyse: false } });
  if (r.kind !== 'article') continue;
  out.push({ source: `${dir}/${f}`, title: r.title, lead: r.lead, text: r.text, captions: r.captions, publishedAt: r.publishedAt });
}
writeFileSync('/tmp/fig-inputs.json', JSON.stringify(out));
console.log(out.length, 'articles');
