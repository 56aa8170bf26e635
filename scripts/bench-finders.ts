/**
 * The finders' speed against a baseline build of baochi in the same run (issue #13: "keep the
 * finders' speed within 2× of today's"). Both sides are compiled builds (`dist/`): this checkout's
 * (run `npm run build` first) and the baseline's, a git worktree of `--baseline-commit` built once into
 * a temp folder (or `--baseline DIR`, a checkout with dist/). Rounds are interleaved; medians reported.
 *
 *   npx tsx scripts/bench-finders.ts [--baseline-commit 69d09d8] [--baseline DIR] [--texts 600] [--rounds 5]
 *
 * Input: the first N texts of ../shared/corpus/news-text (real 2016 articles). Each round runs
 * findFigures, findDates and findOfficials over every text and its title, then the whole analyse
 * stage through extract() on plain text; rates are texts per CPU-second of this process (steadier
 * than wall time on a shared machine) and per wall second.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const newsText = join(shared, 'corpus/news-text/articles.jsonl');
const textCount = Number(opt('--texts', '600'));
const rounds = Number(opt('--rounds', '5'));
if (!existsSync(newsText)) {
  console.log(`no news-text at ${newsText}: nothing to measure`);
  process.exit(0);
}

/** A built checkout of the baseline commit, made once per commit under the temp folder. */
function baselineDir(): string {
  if (args.includes('--baseline')) return resolve(opt('--baseline', ''));
  const commit = opt('--baseline-commit', '69d09d8');
  const dir = join(tmpdir(), `baochi-baseline-${commit}`);
  if (!existsSync(join(dir, 'dist/index.js'))) {
    if (!existsSync(dir)) execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', dir, commit], { stdio: 'inherit' });
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.build.json')], { stdio: 'inherit' });
  }
  return dir;
}

interface Finders {
  extract: (input: { text: string; source?: string; publishedAt?: string | null }) => unknown;
  findFigures: (text: string, options?: object) => unknown[];
  findDates: (text: string, options?: object) => unknown[];
  findOfficials: (text: string, options?: object) => unknown[];
}
const load = async (dir: string): Promise<Finders> => (await import(pathToFileURL(join(dir, 'dist/index.js')).href)) as Finders;

const texts = readFileSync(newsText, 'utf8').split('\n').filter(Boolean).slice(0, textCount)
  .map((l) => JSON.parse(l) as { id: string; text: string; publishedAt: string | null });
const reference = '2016-11-30T08:00:00+07:00';

type Stage = 'figures' | 'dates' | 'officials' | 'extract';
const STAGES: Stage[] = ['figures', 'dates', 'officials', 'extract'];
function runStage(f: Finders, stage: Stage): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) {
    const publishedAt = t.publishedAt ?? reference;
    if (stage === 'figures') f.findFigures(t.text, { publishedAt });
    else if (stage === 'dates') f.findDates(t.text, { reference: publishedAt });
    else if (stage === 'officials') f.findOfficials(t.text, {});
    else f.extract({ text: t.text, source: t.id, publishedAt });
  }
  const c = process.cpuUsage(c0);
  return { cpu: texts.length / ((c.user + c.system) / 1e6), wall: texts.length / ((performance.now() - t0) / 1000) };
}

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

const sides = { current: await load(root), baseline: await load(baselineDir()) };
// Warm-up: load lexicons and models, let the JIT settle.
for (const f of Object.values(sides)) for (const s of STAGES) runStage(f, s);
const rates: Record<string, Record<Stage, number[]>> = { current: { figures: [], dates: [], officials: [], extract: [] }, baseline: { figures: [], dates: [], officials: [], extract: [] } };
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? (['current', 'baseline'] as const) : (['baseline', 'current'] as const);
  for (const side of order) for (const s of STAGES) rates[side]![s].push(runStage(sides[side], s).cpu);
}
console.log(`${texts.length} news-text articles, ${rounds} interleaved rounds, texts per CPU-second (median)`);
console.log('stage       current   baseline   current/baseline');
for (const s of STAGES) {
  const c = median(rates.current![s]), b = median(rates.baseline![s]);
  console.log(`${s.padEnd(10)} ${c.toFixed(0).padStart(8)} ${b.toFixed(0).padStart(10)}   ${(c / b).toFixed(2)}×`);
}
