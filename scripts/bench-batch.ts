/**
 * Batch throughput, memory and scaling, with a peer in the same run:
 *   npx tsx scripts/bench-batch.ts [--records 2000] [--peer-pages 300] [--workers 1,2] [--pages DIR] [--dist] [--single-threaded-gc]
 *   npx tsx scripts/bench-batch.ts --records 500 --warc-only DIR   (only write DIR/bench.warc.gz)
 *
 * Builds a .warc.gz in os.tmpdir() from the shared article pages (../shared/corpus/pages/*article*),
 * repeated to --records response records (each copy made unique by a trailing comment, so dedupe
 * does not skip it), then, each in its own child process so peak RSS is its own:
 *   - `runBatch` (WARC → worker pool → JSONL) with 1 worker, then 2 workers;
 *   - Mozilla Readability + linkedom alone over the same pages (--peer-pages of them).
 * Prints a table: pages, seconds, articles/s, MB/s (HTML bytes), CPU seconds of the process and
 * articles per CPU-second (the per-core rate, robust to a busy machine), peak RSS. The
 * WARC and outputs are deleted at the end.
 */
import { spawnSync } from 'node:child_process';
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
    const cpu0 = cpuSeconds();
    const s = await runBatch({ inputs: [warc], out, format: 'jsonl', workers });
    const result: Result = {
      label: `baochi run, ${workers} worker${workers > 1 ? 's' : ''}`, pages: s.documents, articles: s.articles, seconds: s.seconds,
      bytes: s.bytes, cpuSeconds: cpuSeconds() - cpu0, peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  // The peer: Readability over linkedom, one thread, over the first --peer-pages records of the WARC.
  const { readWarc } = await import('../src/ingest/warc.js');
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
    bytes, cpuSeconds: cpuSeconds() - cpu0, peakRssMb: process.resourceUsage().maxRSS / 1024,
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

function runChild(mode: string, extra: string[], nodeFlags: string[] = []): Result {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...nodeFlags, ...process.execArgv, self, '--child', mode, ...extra], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Result;
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
    const results: Result[] = [];
    const dist = args.includes('--dist') ? ['--dist'] : [];
    for (const n of workerCounts) results.push(runChild('batch', ['--warc', warc.path, '--n', String(n), '--dir', dir, ...dist]));
    // V8's parallel GC helper threads compete with the workers once every core runs one: measure
    // the same runs with one GC thread per isolate (node --single-threaded-gc).
    if (args.includes('--single-threaded-gc')) {
      for (const n of workerCounts) {
        const r = runChild('batch', ['--warc', warc.path, '--n', String(n), '--dir', dir, ...dist], ['--single-threaded-gc']);
        results.push({ ...r, label: `${r.label}, single-threaded GC` });
      }
    }
    results.push(runChild('peer', ['--warc', warc.path, '--peer-pages', opt('--peer-pages', '300')]));
    const rows = results.map((r) => [
      r.label, String(r.pages), r.seconds.toFixed(2), (r.articles / r.seconds).toFixed(1), (r.pages / r.seconds).toFixed(1),
      (r.bytes / 1048576 / r.seconds).toFixed(2), r.cpuSeconds.toFixed(1), (r.articles / r.cpuSeconds).toFixed(1), r.peakRssMb.toFixed(0),
    ]);
    const header = ['run', 'pages', 'seconds', 'articles/s', 'pages/s', 'MB/s', 'CPU s', 'articles/CPU-s', 'peak RSS MB'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
    console.log(line(header));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const r of rows) console.log(line(r));
    const peer = results.find((r) => r.label.startsWith('Readability'));
    const rate = (r: Result): number => r.pages / r.seconds;
    for (const gc of ['', ', single-threaded GC']) {
      const one = results.find((r) => r.label === `baochi run, 1 worker${gc}`);
      const two = results.find((r) => r.label === `baochi run, 2 workers${gc}`);
      if (one && two) {
        console.log(`scaling 2 workers / 1 worker${gc}: ${(rate(two) / rate(one)).toFixed(2)}× (wall clock)`);
        console.log(`RSS added by the second worker${gc}: ${(two.peakRssMb - one.peakRssMb).toFixed(0)} MB`);
      }
      if (peer) for (const r of [one, two]) if (r) console.log(`${r.label} / Readability pages/s: ${(rate(r) / rate(peer)).toFixed(2)}×`);
    }
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (wall-clock rates are only meaningful on an idle machine)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
