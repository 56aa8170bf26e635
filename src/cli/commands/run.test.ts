import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIO } from '../../testing/memory-io.js';
import { EXIT } from '../io.js';
import { RUN_HELP, parseRunArgs, runRun } from './run.js';

const tempDirs: string[] = [];
/** A fresh folder under the OS temp dir, removed when this file's tests are done. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
test.after.always(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

test('parseRunArgs: format from --out, workers, limits; usage errors named', (t) => {
  const ok = parseRunArgs(['tin/', '--out', 'kho.db', '-w', '3', '--time-limit', '5000', '--resume']);
  t.true('options' in ok);
  if ('options' in ok) {
    t.like(ok.options, { inputs: ['tin/'], out: 'kho.db', format: 'sqlite', workers: 3, timeLimitMs: 5000, resume: true, unordered: false });
  }
  const csv = parseRunArgs(['a.warc.gz', '-o', 'bang/', '-f', 'csv']);
  t.true('options' in csv && csv.options.format === 'csv');
  t.deepEqual(parseRunArgs(['a.html']), { usage: '--out PATH is required' });
  t.deepEqual(parseRunArgs(['--out', 'x.jsonl']), { usage: 'no INPUT given' });
  const pg = parseRunArgs(['a.warc.gz', '-o', 'postgres://baochi@db.example/news']);
  t.true('options' in pg && pg.options.format === 'postgres');
  t.deepEqual(parseRunArgs(['a.html', '--out', 'x', '--format', 'xlsx']), { usage: '--format wants one of jsonl, csv, sqlite, parquet, postgres, got "xlsx"' });
  t.deepEqual(parseRunArgs(['a.html', '--out', 'x', '--workers', '0']), { usage: '--workers wants a positive whole number, got "0"' });
  t.deepEqual(parseRunArgs(['--help']), { help: true });
});

test('--help states the defaults, the duplicate records and the exit codes', async (t) => {
  const io = memoryIO();
  t.is(await runRun(['--help'], io), EXIT.ok);
  const help = io.out();
  t.is(help, RUN_HELP);
  t.regex(help, /--time-limit MS\s+per-document time limit \(default 30000\)/);
  t.regex(help, /"stage":"duplicate","error":"same bytes as FIRST-SOURCE"/);
  t.regex(help, /Exit status: 0 when the run completed/);
});

test('a bad option is a usage error (exit 2) with the help on stderr', async (t) => {
  const io = memoryIO();
  t.is(await runRun(['x.html', '--out', 'y.jsonl', '--workers', 'hai'], io), EXIT.usage);
  t.regex(io.err(), /^baochi run: --workers wants a positive whole number, got "hai"/);
});

test('runs a folder to JSONL and prints the summary (--json on stdout)', async (t) => {
  const dir = tempDir('baochi-run-');
  mkdirSync(join(dir, 'tin'));
  writeFileSync(join(dir, 'tin', 'a.html'), '<html><head><title>Giá xăng giảm 500 đồng/lít từ 15 giờ chiều nay</title></head><body><article><p>Từ 15h ngày 12/6, giá xăng RON 95 giảm 500 đồng/lít, còn 22.870 đồng/lít.</p></article></body></html>');
  writeFileSync(join(dir, 'tin', 'b.txt'), 'Ngày 12/6, Bộ Công Thương điều chỉnh giá xăng dầu. Giá dầu diesel tăng 120 đồng/lít.');
  const out = join(dir, 'out.jsonl');
  const io = memoryIO();
  t.is(await runRun([join(dir, 'tin'), '--out', out, '--workers', '1', '--json'], io), EXIT.ok);
  const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string });
  t.deepEqual(lines.map((r) => r.source), [join(dir, 'tin', 'a.html'), join(dir, 'tin', 'b.txt')]);
  const summary = JSON.parse(io.out()) as { documents: number; duplicates: number; errors: number };
  t.like(summary, { documents: 2, duplicates: 0, errors: 0 });
  t.regex(io.err(), /baochi: 2 documents \(/);
});
