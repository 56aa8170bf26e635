// Times the figures finder, old copy (/tmp/fig-old) vs current, in one process; checks outputs are deep-equal.
// Usage: npx tsx scripts/_tmp-bench-figures.mts [reps=30] [only=new|old]
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { findFigures as findNew } from '../src/extract/figures.js';
// @ts-ignore -- the frozen copy lives outside the project
import { findFigures as findOld } from '/tmp/fig-old/src/extract/figures.ts';

interface Input { source: string; title: string | null; lead: string | null; text: string; captions: string[]; publishedAt: string | null }
const inputs: Input[] = JSON.parse(readFileSync('/tmp/fig-inputs.json', 'utf8'));
const reps = Number(process.argv[2] ?? 30);
const only = process.argv[3];
type Find = typeof findNew;
// equality: every field, every paragraph alone, every caption
let checked = 0, diffs = 0;
const variants = (x: Input): string[] => [x.text, x.title ?? '', x.lead ?? '', ...x.captions, ...x.text.split('\n\n'), x.text.toUpperCase(), x.text.replace(/\n\n/g, ' ')];
for (const x of inputs) for (const s of variants(x)) for (const pa of [x.publishedAt, null]) {
  for (const spelled of ['money', 'all', 'none'] as const) {
    const a = (findOld as Find)(s, { publishedAt: pa, spelledNumbers: spelled });
    const b = findNew(s, { publishedAt: pa, spelledNumbers: spelled });
    checked++;
    if (!isDeepStrictEqual(a, b)) { diffs++; if (diffs < 4) console.log('DIFF', x.source, JSON.stringify(a).slice(0, 300), '\n   ', JSON.stringify(b).slice(0, 300)); }
  }
}
console.log(`equality: ${checked} calls, ${diffs} differ`);
const shared = inputs.filter((x) => x.source.startsWith('/work/shared/'));
// CPU time of this thread (user + system), steadier than wall time on a shared, loaded machine
const time = (f: Find): number => {
  const t0 = process.cpuUsage();
  for (let r = 0; r < reps; r++) for (const x of shared) f(x.text, { publishedAt: x.publishedAt });
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000 / (reps * shared.length);
};
const olds: number[] = [], news: number[] = [];
const rounds = Number(process.argv[4] ?? 8);
for (let round = 0; round < rounds; round++) {
  if (only !== 'new') olds.push(time(findOld as Find));
  if (only !== 'old') news.push(time(findNew));
}
const stat = (a: number[]): string => { const s = [...a].sort((x, y) => x - y); return `min ${s[0]?.toFixed(3)} median ${s[s.length >> 1]?.toFixed(3)}`; };
const min = (a: number[]): number => Math.min(...a);
console.log(`old CPU ms/article: ${stat(olds)} · new CPU ms/article: ${stat(news)} · speed-up (min/min) ${(min(olds) / min(news)).toFixed(2)}× (${shared.length} articles × ${reps} × ${rounds} rounds, interleaved)`);
