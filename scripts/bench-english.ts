/**
 * English extraction speed beside the Vietnamese path (issue #14), in one process, rounds interleaved,
 * medians reported. Each round extracts every English page and every Vietnamese article page once
 * (whole pipeline: decode → clean → analyse), then runs only the finders over their cleaned fields.
 *
 *   npx tsx scripts/bench-english.ts [--rounds 7] [--repeat 5]
 *
 * Input: English pages = corpus/samples/en-*.html plus ../shared/corpus/english/pages (when present);
 * Vietnamese pages = the other corpus/samples/*.html plus ../shared/corpus/pages. `--repeat` runs each
 * page that many times per round. Rates are articles per CPU-second of this process (steadier than wall
 * time on a shared machine) and per wall second.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../src/index.js';
import { analyse } from '../src/pipeline/analyse.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const rounds = Number(opt('--rounds', '7'));
const repeat = Number(opt('--repeat', '5'));
const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared/corpus');

const html = (dir: string, keep: (f: string) => boolean): Array<{ name: string; bytes: Uint8Array }> =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /\.html?$/.test(f) && keep(f)).sort().map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) })) : [];

const english = [...html(join(root, 'corpus/samples'), (f) => f.startsWith('en-')), ...html(join(shared, 'english/pages'), () => true)];
const vietnamese = [...html(join(root, 'corpus/samples'), (f) => !f.startsWith('en-')), ...html(join(shared, 'pages'), () => true)];

type Rec = ReturnType<typeof extract>;
const articlesOf = (pages: typeof english): Rec[] => pages.map((p) => extract({ html: p.bytes, source: p.name })).filter((r) => r.kind === 'article');
const enArticles = articlesOf(english).filter((r) => r.kind === 'article' && r.language === 'en');
const viArticles = articlesOf(vietnamese).filter((r) => r.kind === 'article' && r.language === 'vi');

function timed(fn: () => number): { cpu: number; wall: number; n: number } {
  const c0 = process.cpuUsage(), w0 = performance.now();
  const n = fn();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6, wall: (performance.now() - w0) / 1000, n };
}

const pipeline = (pages: typeof english) => () => {
  let n = 0;
  for (let i = 0; i < repeat; i++) for (const p of pages) if (extract({ html: p.bytes, source: p.name }).kind === 'article') n++;
  return n;
};
const finders = (records: Rec[]) => () => {
  let n = 0;
  for (let i = 0; i < repeat; i++) {
    for (const r of records) {
      if (r.kind !== 'article') continue;
      analyse({ title: r.title, lead: r.lead, text: r.text, captions: r.captions, publishedAt: r.publishedAt, site: r.site, language: r.language });
      n++;
    }
  }
  return n;
};

const jobs = {
  'en pipeline': pipeline(english.filter((p) => enArticles.some((r) => r.source === p.name))),
  'vi pipeline': pipeline(vietnamese.filter((p) => viArticles.some((r) => r.source === p.name))),
  'en finders': finders(enArticles),
  'vi finders': finders(viArticles),
};
const results = new Map<string, Array<{ cpu: number; wall: number }>>();
for (const fn of Object.values(jobs)) fn(); // warm-up: lexicons, compromise, JIT
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of Object.entries(jobs)) {
    const t = timed(fn);
    const list = results.get(name) ?? [];
    list.push({ cpu: t.n / t.cpu, wall: t.n / t.wall });
    results.set(name, list);
  }
}
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
console.log(`pages: ${enArticles.length} English articles, ${viArticles.length} Vietnamese articles; ${rounds} interleaved rounds × ${repeat} repeats; medians`);
console.log('path'.padEnd(14), 'articles/CPU-s'.padStart(15), 'articles/wall-s'.padStart(16));
for (const [name, list] of results) {
  console.log(name.padEnd(14), median(list.map((x) => x.cpu)).toFixed(1).padStart(15), median(list.map((x) => x.wall)).toFixed(1).padStart(16));
}
