/**
 * The queue's cost against the one-machine engine, in the same script:
 *   npx tsx scripts/bench-queue.ts [--records 1000] [--reps 3] [--pages DIR]
 *
 * Builds the WARC bench input as bench-batch does (scripts/bench-batch.ts --warc-only: the shared
 * article pages repeated to --records response records, each copy unique), starts its own Redis and
 * PostgreSQL (src/testing/servers.ts), builds dist/ (npm run build) and then, for --reps rounds,
 * interleaved so that a machine whose speed drifts affects all alike:
 *
 *   - `baochi run WARC --format sqlite --workers 1`, then the queue with 1 worker process:
 *     `baochi enqueue WARC` into a fresh queue, then `baochi worker --drain --concurrency 1` into
 *     a fresh PostgreSQL database;
 *   - the same with 2 (`run --workers 2`; 2 worker processes of concurrency 1 at once).
 *
 * Each command's own summary gives its seconds (from the engine's or worker's start, so process
 * start-up is left out of both alike; a worker's seconds include connecting to Redis and
 * PostgreSQL and noticing the queue is empty). CPU seconds too, because wall-clock rates mean
 * little on a shared machine: of the `run` process (all its threads, SQLite included), and for the
 * queue of the worker processes plus what Redis and PostgreSQL (postmaster, backends, background
 * processes) used meanwhile, so the store's and the queue's cost is counted wherever it runs.
 * Prints every run, then medians: articles/s, articles per CPU-second, and the queue's overhead
 * per document = (queue − run) / documents, in ms and % of run's, for wall and CPU time; also
 * enqueue's rate and CPU (it runs before the workers here; on a real deployment it overlaps them).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, startRedis } from '../src/testing/servers.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const root = fileURLToPath(new URL('..', import.meta.url));
/** The CLI from dist/, printing the CPU seconds of its whole process (all threads) last on stderr. */
let bin = '';
function writeWrapper(dir: string): void {
  bin = join(dir, 'cli-cpu.mjs');
  writeFileSync(bin, `import { main } from ${JSON.stringify(new URL('../dist/cli/main.js', import.meta.url).href)};
const code = await main(process.argv.slice(2));
const u = process.cpuUsage();
process.stderr.write('\\nCPU ' + (u.user + u.system) / 1e6 + '\\n');
process.exitCode = code;
`);
}

interface Summary { documents: number; articles: number; seconds: number; cpu: number }

function parseOut(stdout: string, stderr: string): Summary {
  const s = JSON.parse(stdout.trim().split('\n').pop()!) as Summary;
  s.cpu = Number(/CPU ([\d.]+)\s*$/.exec(stderr)?.[1] ?? NaN);
  return s;
}

function cli(argv: string[]): Summary {
  const r = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8', maxBuffer: 1 << 24, cwd: root });
  if (r.status !== 0) throw new Error(`baochi ${argv[0]} failed (${r.status}): ${r.stderr}`);
  return parseOut(r.stdout, r.stderr);
}

function cliAsync(argv: string[]): Promise<Summary> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [bin, ...argv], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('close', (code) => (code === 0 ? res(parseOut(out, err)) : rej(new Error(`baochi ${argv[0]} failed: ${err}`))));
  });
}

const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface Row { label: string; documents: number; articles: number; seconds: number; cpu: number; serversCpu?: number }

async function main(): Promise<void> {
  const records = opt('--records', '1000');
  const reps = Number(opt('--reps', '3'));
  const pages = resolve(opt('--pages', join(root, '..', 'shared', 'corpus', 'pages')));
  const dir = mkdtempSync(join(tmpdir(), 'baochi-bench-queue-'));
  writeWrapper(dir);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
  const made = spawnSync(process.execPath, [...process.execArgv, join(root, 'scripts', 'bench-batch.ts'), '--records', records, '--pages', pages, '--warc-only', dir],
    { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`building the WARC failed: ${made.stderr}`);
  const warc = made.stdout.trim().split('\n').pop()!;
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const rows: Row[] = [];
  const rounds: Row[][] = [];
  const enqueueRates: number[] = [];
  const enqueueCpuMs: number[] = [];
  const serversCpu = (): number => redis.cpuSeconds() + postgres.cpuSeconds();
  try {
    console.log(`WARC: ${records} records (${warc}), ${cpus().length} cores, ${reps} rounds`);
    for (let rep = 0; rep < reps; rep++) {
      const round: Row[] = [];
      for (const n of [1, 2]) {
        const run = cli(['run', warc, '--out', join(dir, `run-${rep}-${n}.db`), '--format', 'sqlite', '--workers', String(n), '--json', '--quiet']);
        round.push({ label: `run --workers ${n} → sqlite`, ...run });
        const name = `bench-${rep}-${n}`;
        const db = `bench_${rep}_${n}`;
        await postgres.createDatabase(db);
        const e0 = serversCpu();
        const q = cli(['enqueue', warc, '--queue', redis.url, '--name', name, '--json', '--quiet']);
        enqueueRates.push(q.documents / q.seconds);
        enqueueCpuMs.push(((q.cpu + serversCpu() - e0) / q.documents) * 1000);
        const s0 = serversCpu();
        const workerArgs = ['worker', '--queue', redis.url, '--name', name, '--out', postgres.urlFor(db), '--concurrency', '1', '--drain', '--json', '--quiet'];
        const ws = await Promise.all(Array.from({ length: n }, () => cliAsync(workerArgs)));
        // Backends exit once their clients are gone; the postmaster then counts their CPU.
        await new Promise((r) => setTimeout(r, 500));
        const servers = serversCpu() - s0;
        round.push({
          cpu: ws.reduce((a, w) => a + w.cpu, 0) + servers,
          serversCpu: servers,
          label: `queue, ${n} worker process${n > 1 ? 'es' : ''} → postgres`,
          documents: ws.reduce((a, w) => a + w.documents, 0), articles: ws.reduce((a, w) => a + w.articles, 0),
          seconds: Math.max(...ws.map((w) => w.seconds)),
        });
      }
      for (const r of round) {
        console.log(`round ${rep + 1}: ${r.label}: ${r.documents} docs, ${r.articles} articles, ${r.seconds.toFixed(2)} s, ` +
          `${(r.articles / r.seconds).toFixed(1)} articles/s, ${r.cpu.toFixed(1)} CPU s` +
          `${r.serversCpu !== undefined ? ` (Redis + PostgreSQL ${r.serversCpu.toFixed(1)})` : ''}, ${(r.articles / r.cpu).toFixed(1)} articles/CPU-s`);
      }
      rows.push(...round);
      rounds.push(round);
    }
    console.log('\n| run | docs | seconds (median) | articles/s (median) | CPU s (median) | articles/CPU-s (median) |\n|---|---|---|---|---|---|');
    const labels = [...new Set(rows.map((r) => r.label))];
    for (const label of labels) {
      const of = rows.filter((r) => r.label === label);
      console.log(`| ${label} | ${of[0]!.documents} | ${median(of.map((r) => r.seconds)).toFixed(2)} | ${median(of.map((r) => r.articles / r.seconds)).toFixed(1)} | ` +
        `${median(of.map((r) => r.cpu)).toFixed(1)} | ${median(of.map((r) => r.articles / r.cpu)).toFixed(1)} |`);
    }
    console.log('');
    for (const n of [1, 2]) {
      // Per round (its runs ran close together in time), then the median.
      const pairs = rounds.map((rs) => [rs.find((r) => r.label.startsWith(`run --workers ${n}`))!, rs.find((r) => r.label.startsWith(`queue, ${n} `))!] as const);
      const perDocMs = pairs.map(([run, q]) => ((q.seconds - run.seconds) / run.documents) * 1000);
      const percent = pairs.map(([run, q]) => (q.seconds / run.seconds - 1) * 100);
      const cpuMs = pairs.map(([run, q]) => ((q.cpu - run.cpu) / run.documents) * 1000);
      const cpuPercent = pairs.map(([run, q]) => (q.cpu / run.cpu - 1) * 100);
      const list = (v: number[]): string => v.map((p) => `${p.toFixed(1)} %`).join(', ');
      console.log(`${n} worker${n > 1 ? 's' : ''}: queue overhead, wall: ${median(perDocMs).toFixed(2)} ms/document, ${median(percent).toFixed(1)} % of run's time ` +
        `(rounds: ${list(percent)}); CPU: ${median(cpuMs).toFixed(2)} ms/document, ${median(cpuPercent).toFixed(1)} % of run's (rounds: ${list(cpuPercent)})`);
    }
    console.log(`enqueue (one process, before the workers): ${median(enqueueRates).toFixed(0)} docs/s, ${median(enqueueCpuMs).toFixed(2)} CPU ms/document with Redis's (medians)`);
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await Promise.all([redis.stop(), postgres.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
