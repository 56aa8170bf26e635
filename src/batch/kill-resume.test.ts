/**
 * kill -9 in the middle of `baochi run`, then `--resume`: every input appears exactly once in the
 * output and no torn line remains. The CLI runs as a child process (tsx loads the TypeScript).
 */
import test from 'ava';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

const MAIN = new URL('../cli/main.ts', import.meta.url).href;
const TSX = import.meta.resolve('tsx');
// Enough pages that a run lasts well past the first flush (500 records or 1 s), so the kill lands mid-run.
const PAGES = 1500;

function makeInputs(): { dir: string; pages: string } {
  const dir = tempDir('baochi-kill-');
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  for (let i = 0; i < PAGES; i++) {
    writeFileSync(join(pages, `tin-${String(i).padStart(4, '0')}.html`), `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hà Nội: giải ngân vốn đầu tư công đạt ${i % 90}% kế hoạch (bản tin số ${i})</title></head><body><article>
<h1>Hà Nội: giải ngân vốn đầu tư công đạt ${i % 90}% kế hoạch</h1>
<p>Ngày ${(i % 28) + 1}/5/2026, Sở Tài chính cho biết thành phố đã giải ngân ${1000 + i} tỷ đồng vốn đầu tư công, tăng ${i % 30}% so với cùng kỳ.</p>
<p>Bà Lê Thị Thu, Giám đốc Sở Tài chính, đề nghị các chủ đầu tư đẩy nhanh ${i + 3} dự án trọng điểm trước ngày 30/6.</p>
</article></body></html>`);
  }
  const wrapper = join(dir, 'cli.mts');
  writeFileSync(wrapper, `import { main } from ${JSON.stringify(MAIN)};\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  return { dir, pages };
}

function startCli(dir: string, args: string[]): ReturnType<typeof spawn> {
  return spawn(process.execPath, ['--import', TSX, join(dir, 'cli.mts'), 'run', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

function exitOf(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Wait until `done()` holds, then SIGKILL the child. Returns false if the run ended first. */
async function killWhen(child: ReturnType<typeof spawn>, done: () => boolean): Promise<boolean> {
  const exited = exitOf(child);
  let ended = false;
  void exited.then(() => { ended = true; });
  while (!ended) {
    if (done()) {
      child.kill('SIGKILL');
      await exited;
      return true;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

const expectedSources = (pages: string): string[] =>
  Array.from({ length: PAGES }, (_, i) => join(pages, `tin-${String(i).padStart(4, '0')}.html`));

test('jsonl: kill -9 mid-run, --resume: every input exactly once, every line whole', async (t) => {
  const { dir, pages } = makeInputs();
  const out = join(dir, 'out.jsonl');
  const args = [pages, '--out', out, '--format', 'jsonl', '--workers', '1', '--quiet'];
  const lines = (): number => (existsSync(out) ? readFileSync(out, 'utf8').split('\n').length - 1 : 0);
  const killed = await killWhen(startCli(dir, args), () => lines() >= 40);
  t.true(killed, 'the run was killed before it finished');
  const before = lines();
  t.true(before < PAGES, `killed with ${before} of ${PAGES} lines`);
  t.is(await exitOf(startCli(dir, [...args, '--resume'])), 0);
  const text = readFileSync(out, 'utf8');
  t.true(text.endsWith('\n'));
  const records = text.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; kind: string });
  t.deepEqual(records.map((r) => r.source), expectedSources(pages));
  t.is(records.filter((r) => r.kind === 'error').length, 0);
});

test('csv: kill -9 mid-run, --resume: one articles row per input, no torn row', async (t) => {
  const { dir, pages } = makeInputs();
  const out = join(dir, 'tables');
  const args = [pages, '--out', out, '--format', 'csv', '--workers', '2', '--quiet'];
  const articles = join(out, 'articles.csv');
  const killed = await killWhen(startCli(dir, args), () => existsSync(articles) && statSync(articles).size > 20_000);
  t.true(killed);
  t.is(await exitOf(startCli(dir, [...args, '--resume'])), 0);
  const body = readFileSync(articles, 'utf8');
  // Sources are the second column and hold no comma or quote here: a plain split is exact.
  const rows = body.split('\r\n').slice(1).filter((l) => /^[0-9a-f]{64},/.test(l));
  t.deepEqual(rows.map((l) => l.split(',')[1]), expectedSources(pages));
});

test('sqlite: kill -9 mid-run, --resume: one articles row per input', async (t) => {
  const { dir, pages } = makeInputs();
  const out = join(dir, 'store.db');
  const args = [pages, '--out', out, '--format', 'sqlite', '--workers', '1', '--quiet'];
  const ledger = `${out}.ledger.db`;
  const committed = (): number => {
    if (!existsSync(ledger)) return 0;
    try {
      const db = new Database(ledger, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM inputs').get() as { n: number }).n;
      } finally {
        db.close();
      }
    } catch {
      return 0; // not created yet
    }
  };
  const killed = await killWhen(startCli(dir, args), () => committed() >= 1);
  t.true(killed);
  t.is(await exitOf(startCli(dir, [...args, '--resume'])), 0);
  const db = new Database(out, { readonly: true });
  const sources = (db.prepare('SELECT source FROM articles ORDER BY source').all() as { source: string }[]).map((r) => r.source);
  t.deepEqual(sources, expectedSources(pages));
  t.is((db.prepare('SELECT count(*) AS n FROM errors').get() as { n: number }).n, 0);
  db.close();
});

test('parquet: kill -9 mid-run, --resume: one articles row per input across the part files', async (t) => {
  const { dir, pages } = makeInputs();
  const out = join(dir, 'store.parquet');
  const args = [pages, '--out', out, '--format', 'parquet', '--part-records', '100', '--workers', '1', '--quiet'];
  const partsOf = (table: string): string[] => {
    const tableDir = join(out, table);
    return existsSync(tableDir) ? readdirSync(tableDir).filter((f) => f.endsWith('.parquet')).sort() : [];
  };
  const killed = await killWhen(startCli(dir, args), () => partsOf('articles').length >= 2);
  t.true(killed);
  t.true(partsOf('articles').length < PAGES / 100, 'killed before the last part');
  t.is(await exitOf(startCli(dir, [...args, '--resume'])), 0);
  const sources: string[] = [];
  for (const part of partsOf('articles')) {
    const file = readFileSync(join(out, 'articles', part));
    const rows = await parquetReadObjects({ file: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer, columns: ['source'] });
    for (const row of rows) sources.push(String(row.source));
  }
  t.deepEqual(sources, expectedSources(pages));
});
