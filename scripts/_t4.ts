import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
for (const f of ['en-vnexpress-seafood-exports', 'en-vietnamnews-industrial-parks', 'en-vietnamplus-hanoi-tourism']) {
  const r: any = extract({ html: readFileSync(`corpus/samples/${f}.html`), source: f });
  console.log('=====', f, r.kind, r.language, r.title, '|', r.publishedAt, r.authors, r.warnings);
  console.log('LEAD', r.lead); console.log('CAP', r.captions); console.log(r.text.split('\n\n').map((p: string) => p.slice(0, 50) + '…' + p.slice(-30)).join('\n'));
  for (const x of r.figures) console.log('F', x.field ?? 'text', JSON.stringify(x.text), x.value, x.unit, x.approx, JSON.stringify(x.range), JSON.stringify(x.change), x.status, x.period, '|', x.metric);
  for (const x of r.dates) console.log('D', x.field ?? 'text', JSON.stringify(x.text), x.value, x.grain, x.to, x.inferred.join(','), x.partOfDay);
  for (const x of r.officials) console.log('O', x.name, x.gender, JSON.stringify(x.positions.map((p: any) => [p.title, p.organization, p.organizationFull, p.text])), x.mentions.length);
}
