/**
 * Batch throughput, memory and scaling, with peers in the same run:
 *   npx tsx scripts/bench-batch.ts [--records 2000] [--reps 3] [--loop-pages 600] [--peer-pages 300] [--workers 1,2] [--pages DIR] [--dist] [--no-segment]
 *   npx tsx scripts/bench-batch.ts --records 500 --warc-only DIR   (only write DIR/bench.warc.gz)
 *
 * Builds a .warc.gz in os.tmpdir() from the shared article pages (../shared/corpus/pages/*article*),
 * repeated to --records response records (each copy made unique by a trailing comment, so dedupe
 * does not skip it), then, each in its own child process so peak RSS is its own, --reps rounds of:
 *   - `runBatch` (WARC → worker pool → JSONL) with 1 worker, then 2 workers (interleaved, so that a
 *     machine whose speed drifts affects both alike), then 1 worker with `--segment` (its cost);
 *   - the machine's own ceiling for two threads of this work: `extractRaw` in a plain loop over
 *     pages already in memory, one process alone, then two such processes at once. Their ratio is
 *     what two cores give two independent copies of the extraction here (shared caches, memory
 *     bandwidth, and whatever the host does with its virtual CPUs), with no engine at all.
 * and once: Mozilla Readability + linkedom alone over the same pages (--peer-pages of them).
 * Prints every run, then the medians: pages, seconds, articles/s, MB/s (HTML bytes), CPU seconds of
 * the process and articles per CPU-second (the per-core rate, robust to a busy machine), peak RSS,
 * and the ratios. The WARC and outputs are deleted at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);

interface Result {
  label: string;
  pages: number;
  articles: number;
  seconds: number;
  bytes: number;
  /** CPU time of the whole process (all threads): throughput per core even on a busy machine. */
  cpuSeconds: number;
  peakRssMb: number;
}

/**
 * Peak RSS of this process since it started, in MB. Linux's ru_maxrss (process.resourceUsage) is
 * no good here: it survives exec, so a child reports at least what the bench parent held when it
 * forked (the WARC it just built). VmHWM belongs to the process's own memory map.
 */
function peakRssMb(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Child modes: run one measurement and print its Result as JSON. */
async function child(mode: string): Promise<void> {
  const warc = opt('--warc', '');
  if (mode === 'batch') {
    // --dist measures the compiled build (npm run build): workers then skip tsx's start-up compile.
    const { runBatch } = (await import(args.includes('--dist') ? '../dist/batch/run-batch.js' : '../src/batch/run-batch.js')) as
      typeof import('../src/batch/run-batch.js');
    const workers = Number(opt('--n', '1'));
    const out = join(opt('--dir', tmpdir()), `bench-${workers}.jsonl`);
    const segment = args.includes('--segment');
    const cpu0 = cpuSeconds();
    const s = await runBatch({ inputs: [warc], out, format: 'jsonl', workers, ...(segment ? { extract: { segment: true } } : {}) });
    const result: Result = {
      label: `baochi run, ${workers} worker${workers > 1 ? 's' : ''}${segment ? ', --segment' : ''}`, pages: s.documents, articles: s.articles, seconds: s.seconds,
      bytes: s.bytes, cpuSeconds: cpuSeconds() - cpu0, peakRssMb: peakRssMb(),
    };
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const { readWarc } = await import('../src/ingest/warc.js');
  if (mode === 'loop') {
    // The ceiling: extraction alone, in this thread, over pages already in memory.
    const { extractRaw } = (await import(args.includes('--dist') ? '../dist/pipeline/extract-raw.js' : '../src/pipeline/extract-raw.js')) as
      typeof import('../src/pipeline/extract-raw.js');
    const docs = [];
    for await (const doc of readWarc(warc)) {
      if (doc.bytes) docs.push(doc);
      if (docs.length >= 50) break;
    }
    const n = Number(opt('--loop-pages', '600'));
    const started = performance.now();
    const cpu0 = cpuSeconds();
    let articles = 0;
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const doc = docs[i % docs.length]!;
      if (extractRaw(doc).kind === 'article') articles++;
      bytes += doc.bytes!.byteLength;
    }
    const result: Result = {
      label: 'extractRaw loop', pages: n, articles, seconds: (performance.now() - started) / 1000,
      bytes, cpuSeconds: cpuSeconds() - cpu0, peakRssMb: peakRssMb(),
    };
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  // The peer: Readability over linkedom, one thread, over the first --peer-pages records of the WARC.
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  const limit = Number(opt('--peer-pages', '300'));
  const pages: string[] = [];
  for await (const doc of readWarc(warc)) {
    if (doc.bytes) pages.push(Buffer.from(doc.bytes).toString('utf8'));
    if (pages.length >= limit) break;
  }
  const started = performance.now();
  const cpu0 = cpuSeconds();
  let articles = 0;
  let bytes = 0;
  for (const html of pages) {
    const { document } = parseHTML(html);
    // linkedom's Document is not the DOM lib's type (no DOM lib here); Readability only walks it.
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    if (parsed?.textContent) articles++;
    bytes += Buffer.byteLength(html);
  }
  const result: Result = {
    label: 'Readability + linkedom, 1 thread', pages: pages.length, articles, seconds: (performance.now() - started) / 1000,
    bytes, cpuSeconds: cpuSeconds() - cpu0, peakRssMb: peakRssMb(),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

function buildWarc(pagesDir: string, records: number, dir: string): { path: string; pages: number } {
  const files = readdirSync(pagesDir).filter((f) => /article.*\.html?$/.test(f)).sort();
  if (files.length === 0) throw new Error(`no *article*.html in ${pagesDir}`);
  const sources = files.map((f) => readFileSync(join(pagesDir, f)));
  const members: Buffer[] = [];
  const head = (fields: Record<string, string>, len: number): string =>
    ['WARC/1.0', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${len}`].join('\r\n') + '\r\n\r\n';
  for (let i = 0; i < records; i++) {
    const html = Buffer.concat([sources[i % sources.length]!, Buffer.from(`\n<!-- bench copy ${i} -->\n`)]);
    const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${html.length}\r\n\r\n`), html]);
    const record = Buffer.concat([
      Buffer.from(head({
        'WARC-Type': 'response', 'WARC-Target-URI': `https://bench.example/${files[i % files.length]}?copy=${i}`,
        'WARC-Date': '2026-03-07T01:02:03Z', 'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}>`,
        'Content-Type': 'application/http; msgtype=response',
      }, http.length)),
      http, Buffer.from('\r\n\r\n'),
    ]);
    members.push(gzipSync(record));
  }
  const path = join(dir, 'bench.warc.gz');
  writeFileSync(path, Buffer.concat(members));
  return { path, pages: files.length };
}

function childArgs(mode: string, extra: string[]): string[] {
  return [...process.execArgv, fileURLToPath(import.meta.url), '--child', mode, ...extra];
}

const parseResult = (stdout: string): Result => JSON.parse(stdout.trim().split('\n').pop()!) as Result;

function runChild(mode: string, extra: string[]): Result {
  const r = spawnSync(process.execPath, childArgs(mode, extra), { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench child ${mode} failed: ${r.stderr}`);
  return parseResult(r.stdout);
}

/** Two children at once; their combined rate (pages of both over the longer of the two). */
async function runPair(mode: string, extra: string[]): Promise<Result> {
  const one = (): Promise<Result> => new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, childArgs(mode, extra), { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('close', (code) => (code === 0 ? resolvePromise(parseResult(out)) : reject(new Error(`bench child ${mode} failed: ${err}`))));
  });
  const [a, b] = await Promise.all([one(), one()]);
  return {
    label: `${a.label}, 2 processes at once`, pages: a.pages + b.pages, articles: a.articles + b.articles,
    seconds: Math.max(a.seconds, b.seconds), bytes: a.bytes + b.bytes, cpuSeconds: a.cpuSeconds + b.cpuSeconds,
    peakRssMb: a.peakRssMb + b.peakRssMb,
  };
}

function median(values: number[]): number {
  const v = [...values].sort((x, y) => x - y);
  return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
}

async function main(): Promise<void> {
  if (args.includes('--child')) { await child(opt('--child', '')); return; }
  const pagesDir = resolve(opt('--pages', fileURLToPath(new URL('../../shared/corpus/pages', import.meta.url))));
  const records = Number(opt('--records', '2000'));
  if (args.includes('--warc-only')) {
    // Only build the WARC (for profiling a run by hand): --warc-only DIR
    const warc = buildWarc(pagesDir, records, resolve(opt('--warc-only', tmpdir())));
    console.log(warc.path);
    return;
  }
  const workerCounts = opt('--workers', '1,2').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'baochi-bench-'));
  try {
    const warc = buildWarc(pagesDir, records, dir);
    const mb = readFileSync(warc.path).length / 1048576;
    console.log(`WARC: ${records} response records from ${warc.pages} article pages, ${mb.toFixed(1)} MB gzip, ${cpus().length} cores`);
    const reps = Number(opt('--reps', '3'));
    const dist = args.includes('--dist') ? ['--dist'] : [];
    const runs: Result[] = [];
    /** The runs of each round, which ran close together in time. */
    const rounds: Result[][] = [];
    for (let rep = 0; rep < reps; rep++) {
      const first = runs.length;
      for (const n of workerCounts) runs.push(runChild('batch', ['--warc', warc.path, '--n', String(n), '--dir', dir, ...dist]));
      // the cost of --segment (issue #15): the same run with word-segmented fields
      if (!args.includes('--no-segment')) runs.push(runChild('batch', ['--warc', warc.path, '--n', '1', '--dir', dir, '--segment', ...dist]));
      const loop = ['--warc', warc.path, '--loop-pages', opt('--loop-pages', '600'), ...dist];
      runs.push(runChild('loop', loop));
      runs.push(await runPair('loop', loop));
      rounds.push(runs.slice(first));
    }
    runs.push(runChild('peer', ['--warc', warc.path, '--peer-pages', opt('--peer-pages', '300')]));
    const labels = [...new Set(runs.map((r) => r.label))];
    // The median run of each kind (by pages/s), so that every column of a row is one real run.
    const rate = (r: Result): number => r.pages / r.seconds;
    const medianRun = (label: string): Result => {
      const of = runs.filter((r) => r.label === label).sort((x, y) => rate(x) - rate(y));
      return of[(of.length - 1) >> 1]!;
    };
    const row = (r: Result): string[] => [
      r.label, String(r.pages), r.seconds.toFixed(2), (r.articles / r.seconds).toFixed(1), rate(r).toFixed(1),
      (r.bytes / 1048576 / r.seconds).toFixed(2), r.cpuSeconds.toFixed(1), (r.articles / r.cpuSeconds).toFixed(1), r.peakRssMb.toFixed(0),
    ];
    const header = ['run', 'pages', 'seconds', 'articles/s', 'pages/s', 'MB/s', 'CPU s', 'articles/CPU-s', 'peak RSS MB'];
    const print = (title: string, rows: string[][]): void => {
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
      console.log(`\n${title}`);
      console.log(line(header));
      console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
      for (const r of rows) console.log(line(r));
    };
    print('every run, in order:', runs.map(row));
    const medians = labels.map(medianRun);
    print(`median run of each kind (${reps} rounds):`, medians.map(row));
    const byLabel = (label: string): Result | undefined => medians.find((r) => r.label === label);
    const one = byLabel('baochi run, 1 worker');
    const two = byLabel('baochi run, 2 workers');
    const peer = byLabel('Readability + linkedom, 1 thread');
    console.log('');
    // Per-round ratios, then their median: each round's runs ran close together in time.
    const roundRatio = (a: string, b: string): number[] => rounds.map((rs) => {
      const x = rs.find((r) => r.label === a);
      const y = rs.find((r) => r.label === b);
      return x && y ? rate(x) / rate(y) : NaN;
    }).filter((v) => !Number.isNaN(v));
    const scaling = roundRatio('baochi run, 2 workers', 'baochi run, 1 worker');
    const ceiling = roundRatio('extractRaw loop, 2 processes at once', 'extractRaw loop');
    if (scaling.length) {
      console.log(`scaling 2 workers / 1 worker: ${median(scaling).toFixed(2)}× (median of ${scaling.map((v) => v.toFixed(2)).join(', ')})`);
    }
    if (ceiling.length) {
      console.log(`ceiling, 2 independent extraction processes / 1: ${median(ceiling).toFixed(2)}× (median of ${ceiling.map((v) => v.toFixed(2)).join(', ')})`);
    }
    if (scaling.length && ceiling.length) console.log(`engine scaling / machine ceiling: ${(median(scaling) / median(ceiling) * 100).toFixed(0)}%`);
    const segmentCost = roundRatio('baochi run, 1 worker, --segment', 'baochi run, 1 worker');
    if (segmentCost.length) {
      console.log(`--segment, 1 worker: ${(median(segmentCost) * 100).toFixed(0)}% of the articles/s without it (median of ${segmentCost.map((v) => v.toFixed(2)).join(', ')})`);
    }
    if (one && two) console.log(`RSS added by the second worker: ${(two.peakRssMb - one.peakRssMb).toFixed(0)} MB`);
    if (peer) for (const r of [one, two]) if (r) console.log(`${r.label} / Readability pages/s: ${(rate(r) / rate(peer)).toFixed(2)}× (median runs)`);
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (wall-clock rates are only meaningful on an idle machine)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
