/**
 * The queue against real servers (no mocks): a Redis and a PostgreSQL started for this file on free
 * ports in temp folders (src/testing/servers.ts), stopped at the end. Worker processes are the CLI,
 * run by tsx, killed with SIGKILL mid-run and restarted; PostgreSQL is stopped for a few seconds
 * mid-run. Skips only when the server binaries cannot be found.
 */
import test from 'ava';
import Database from 'better-sqlite3';
import pg from 'pg';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch } from '../batch/run-batch.js';
import { writeBadInputs } from '../testing/bad-inputs.js';
import { missingServers, startPostgres, startRedis, type PostgresServer, type RedisServer } from '../testing/servers.js';
import { enqueue } from './enqueue.js';
import { queueStatus } from './status.js';

const missing = missingServers();
const serverTest = missing ? test.skip : test.serial;
if (missing) test('queue tests need Redis and PostgreSQL', (t) => { t.log(`skipped: ${missing}`); t.pass(); });

let redis: RedisServer | null = null;
let postgres: PostgresServer | null = null;
const tempDirs: string[] = [];
const children = new Set<ChildProcess>();

test.before(async () => {
  if (missing) return;
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
});
test.after.always(async () => {
  for (const c of children) c.kill('SIGKILL');
  await Promise.all([redis?.stop(), postgres?.stop()]);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

const TABLE_NAMES = ['articles', 'errors', 'officials', 'positions', 'figures', 'dates'] as const;

/** `count` news pages of our own, all different, plus one page saved twice under two names. */
function writePages(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const page = (i: number): string => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Đồng Nai: thu ngân sách quý ${(i % 4) + 1} đạt ${1200 + i} tỷ đồng (tin số ${i})</title>
<link rel="canonical" href="https://baodongnai.example.vn/kinh-te/thu-ngan-sach-dong-nai-tang-manh-${i}.html">
<meta property="article:published_time" content="2026-0${(i % 9) + 1}-15T07:30:00+07:00"></head><body><article>
<h1>Đồng Nai: thu ngân sách quý ${(i % 4) + 1} đạt ${1200 + i} tỷ đồng</h1>
<p>Sáng ${(i % 27) + 1}/${(i % 12) + 1}, Cục Thuế tỉnh Đồng Nai cho biết tổng thu ngân sách đạt ${1200 + i} tỷ đồng, tăng ${i % 25}% so với cùng kỳ năm 2025.</p>
<p>Ông Trần Văn Minh, Phó Chủ tịch UBND tỉnh Đồng Nai, yêu cầu các sở ngành hoàn thành ${i % 40 + 2} công trình trước ngày 31/12.</p>
${i % 3 === 0 ? '<p>Theo kế hoạch giai đoạn 2026 - 2030, tỉnh phấn đấu tăng trưởng khoảng 10%/năm.</p>' : ''}
</article></body></html>`;
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `tin-${String(i).padStart(4, '0')}.html`), page(i));
  writeFileSync(join(dir, 'zz-ban-sao.html'), page(7));
}

const TSX = import.meta.resolve('tsx');
const MAIN = new URL('../cli/main.ts', import.meta.url).href;

function cliWrapper(dir: string): string {
  const wrapper = join(dir, 'cli.mts');
  writeFileSync(wrapper, `import { main } from ${JSON.stringify(MAIN)};\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  return wrapper;
}

function startWorker(wrapper: string, args: string[]): { child: ChildProcess; exit: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', TSX, wrapper, 'worker', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  let err = '';
  child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => { children.delete(child); resolve(code); }));
  return { child, exit, stderr: () => err };
}

async function rowCounts(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of TABLE_NAMES) counts[t] = Number((await client.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  return counts;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Rows in articles ∪ errors (one per input written), 0 while the tables do not exist yet. */
async function written(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  try {
    await client.connect();
    const r = await client.query('SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM errors) AS n');
    return Number(r.rows[0].n);
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => {});
  }
}

async function waitFor(what: string, cond: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

serverTest('2,000 documents, 3 workers, one killed twice and restarted: every document exactly once, counts as `run --format sqlite`', async (t) => {
  const dir = tempDir('baochi-queue-');
  const pages = join(dir, 'pages');
  const bad = join(dir, 'bad');
  const expectations = writeBadInputs(bad);
  // 1992 pages + a copy of one of them + the 7 bad inputs = 2000 documents.
  writePages(pages, 2000 - 1 - expectations.length);
  const inputs = [pages, bad];

  const sqlitePath = join(dir, 'run.db');
  const runSummary = await runBatch({ inputs, out: sqlitePath, format: 'sqlite', workers: 2 });
  t.is(runSummary.documents, 2000);
  const sqlite = new Database(sqlitePath, { readonly: true });
  const expected: Record<string, number> = {};
  for (const table of TABLE_NAMES) expected[table] = (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const expectedSources = (sqlite.prepare('SELECT source FROM articles UNION ALL SELECT source FROM errors').all() as { source: string }[])
    .map((r) => r.source).sort();
  sqlite.close();
  t.is(expected.errors, expectations.filter((e) => e.expect.startsWith('error')).length + 1, 'the bad inputs and the copy are error rows');

  const name = 'kill';
  const first = await enqueue({ inputs, queue: redis!.url, name });
  t.deepEqual([first.documents, first.added, first.existing], [2000, 2000, 0]);
  const again = await enqueue({ inputs, queue: redis!.url, name });
  t.deepEqual([again.added, again.existing], [0, 2000], 'enqueueing twice adds nothing');

  await postgres!.createDatabase('kill');
  const url = postgres!.urlFor('kill');
  const wrapper = cliWrapper(dir);
  const args = ['--queue', redis!.url, '--name', name, '--out', url, '--drain', '--lock-ms', '2000', '--quiet'];
  const workers = [startWorker(wrapper, args), startWorker(wrapper, args), startWorker(wrapper, args)];

  // kill -9 the first worker twice, mid-run, and restart it each time.
  let victim = workers[0]!;
  for (const mark of [300, 900]) {
    await waitFor(`${mark} rows`, async () => (await written(url)) >= mark);
    victim.child.kill('SIGKILL');
    t.is(await victim.exit, null, 'killed by the signal');
    victim = startWorker(wrapper, args);
    workers.push(victim);
  }
  t.true((await written(url)) < 2000, 'the second kill landed before the end');
  const live = workers.filter((w) => w !== workers[0] && w !== workers[3]);
  const codes = await Promise.all(live.map((w) => w.exit));
  t.deepEqual(codes, [0, 0, 0], live.map((w) => w.stderr()).join('\n'));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    t.deepEqual(await rowCounts(client), expected, 'row counts equal those of run --format sqlite');
    const sources = (await client.query('SELECT source FROM articles UNION ALL SELECT source FROM errors')).rows.map((r: { source: string }) => r.source).sort();
    t.is(sources.length, 2000);
    t.is(new Set(sources).size, 2000, 'no input twice');
    t.deepEqual(sources, expectedSources, 'the same inputs as the sqlite run');
    for (const e of expectations) {
      const source = join(bad, e.name);
      const row = (await client.query('SELECT stage FROM errors WHERE source = $1', [source])).rows[0] as { stage: string } | undefined;
      if (e.expect === 'record') t.is(row, undefined, `${e.name} is a record`);
      else t.is(row?.stage, e.expect.slice('error:'.length), `${e.name}: ${e.expect}`);
    }
    // The page and its copy: whichever committed first keeps the article, the other is the duplicate.
    const dup = (await client.query("SELECT source, error FROM errors WHERE stage = 'duplicate'")).rows as { source: string; error: string }[];
    const pair = [join(pages, 'tin-0007.html'), join(pages, 'zz-ban-sao.html')];
    t.is(dup.length, 1);
    t.true(pair.includes(dup[0]!.source));
    t.is(dup[0]!.error, `same bytes as ${pair.find((p) => p !== dup[0]!.source)}`);
  } finally {
    await client.end();
  }
  const status = await queueStatus(redis!.url, name);
  t.deepEqual([status.waiting, status.delayed, status.active, status.done, status.failed], [0, 0, 0, 2000, 0]);
  t.true(status.lastMinute > 0 && status.lastMinute <= 2000);
});

serverTest('PostgreSQL stopped for a few seconds mid-run: workers retry, nothing is lost', async (t) => {
  const dir = tempDir('baochi-queue-pg-');
  const pages = join(dir, 'pages');
  writePages(pages, 399);
  const name = 'outage';
  const queued = await enqueue({ inputs: [pages], queue: redis!.url, name });
  t.is(queued.added, 400);
  await postgres!.createDatabase('outage');
  const url = postgres!.urlFor('outage');
  const wrapper = cliWrapper(dir);
  const args = ['--queue', redis!.url, '--name', name, '--out', url, '--drain', '--quiet'];
  const workers = [startWorker(wrapper, args), startWorker(wrapper, args)];
  await waitFor('50 rows', async () => (await written(url)) >= 50);
  postgres!.pause();
  await sleep(4000);
  const during = await queueStatus(redis!.url, name);
  postgres!.resume();
  t.true(during.delayed + during.waiting > 0, 'jobs waited for the store');
  const codes = await Promise.all(workers.map((w) => w.exit));
  t.deepEqual(codes, [0, 0], workers.map((w) => w.stderr()).join('\n'));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts = await rowCounts(client);
    t.is(counts.articles, 399);
    t.is(counts.errors, 1, 'the copy');
    const distinct = Number((await client.query('SELECT count(DISTINCT source) AS n FROM (SELECT source FROM articles UNION ALL SELECT source FROM errors) s')).rows[0].n);
    t.is(distinct, 400);
  } finally {
    await client.end();
  }
  const status = await queueStatus(redis!.url, name);
  t.deepEqual([status.done, status.failed], [400, 0]);
});

serverTest('SIGTERM: the worker finishes the jobs in hand and exits 0; a --drain worker does the rest', async (t) => {
  const dir = tempDir('baochi-queue-term-');
  const pages = join(dir, 'pages');
  writePages(pages, 299);
  const name = 'term';
  t.is((await enqueue({ inputs: [pages], queue: redis!.url, name })).added, 300);
  await postgres!.createDatabase('term');
  const url = postgres!.urlFor('term');
  const wrapper = cliWrapper(dir);
  const base = ['--queue', redis!.url, '--name', name, '--out', url];
  const worker = startWorker(wrapper, [...base, '--json']);
  await waitFor('30 rows', async () => (await written(url)) >= 30);
  worker.child.kill('SIGTERM');
  t.is(await worker.exit, 0, worker.stderr());
  const summary = /baochi: (\d+) documents \((\d+) articles/.exec(worker.stderr());
  t.truthy(summary, `the summary as run prints it:\n${worker.stderr()}`);
  const after = await queueStatus(redis!.url, name);
  t.is(after.active, 0, 'no job left holding a lock');
  t.is(await written(url), after.done, 'every finished job has its row, and only those');
  t.is(Number(summary![1]), after.done);
  t.true(after.done < 300, `stopped before the end (${after.done} done)`);
  const rest = startWorker(wrapper, [...base, '--drain', '--quiet']);
  t.is(await rest.exit, 0, rest.stderr());
  t.is(await written(url), 300);
  t.is((await queueStatus(redis!.url, name)).done, 300);
});

serverTest('a document over the time limit becomes an error record (stage limit) and its job completes, no retry', async (t) => {
  const dir = tempDir('baochi-queue-limit-');
  const pages = join(dir, 'pages');
  writePages(pages, 1);
  const name = 'limit';
  t.is((await enqueue({ inputs: [pages], queue: redis!.url, name })).added, 2);
  await postgres!.createDatabase('limit');
  const url = postgres!.urlFor('limit');
  // 1 ms: no page can be extracted in time; the thread is replaced, the job is done with its error record.
  const worker = startWorker(cliWrapper(dir), ['--queue', redis!.url, '--name', name, '--out', url, '--drain', '--quiet', '--time-limit', '1']);
  t.is(await worker.exit, 0, worker.stderr());
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (await client.query('SELECT stage, error FROM errors ORDER BY source')).rows as { stage: string; error: string }[];
    t.deepEqual(rows.map((r) => r.stage), ['limit', 'limit']);
    t.regex(rows[0]!.error, /1 ms limit/);
    t.is(Number((await client.query('SELECT count(*) AS n FROM articles')).rows[0].n), 0);
  } finally {
    await client.end();
  }
  const status = await queueStatus(redis!.url, name);
  t.deepEqual([status.done, status.failed, status.delayed], [2, 0, 0]);
});

serverTest('queue retry: jobs that used up their tries go back to waiting, bytes and all', async (t) => {
  const dir = tempDir('baochi-queue-retry-');
  const pages = join(dir, 'pages');
  writePages(pages, 2);
  const name = 'retry';
  t.is((await enqueue({ inputs: [pages], queue: redis!.url, name, attempts: 1 })).added, 3);
  // A consumer that always fails, as a worker does while the store is down for longer than its tries.
  const { Worker } = await import('bullmq');
  const { redisClient } = await import('./connection.js');
  const conn = redisClient(redis!.url);
  let failures = 0;
  const allFailed = new Promise<void>((resolve) => {
    const w = new Worker(name, async () => { throw new Error('store down'); }, { connection: conn });
    w.on('failed', () => { if (++failures === 3) void w.close().then(resolve); });
  });
  await allFailed;
  conn.disconnect();
  t.is((await queueStatus(redis!.url, name)).failed, 3);
  const { retryFailed } = await import('./status.js');
  t.is(await retryFailed(redis!.url, name), 3);
  const after = await queueStatus(redis!.url, name);
  t.deepEqual([after.failed, after.waiting], [0, 3]);
  await postgres!.createDatabase('retry');
  const worker = startWorker(cliWrapper(dir), ['--queue', redis!.url, '--name', name, '--out', postgres!.urlFor('retry'), '--drain', '--quiet']);
  t.is(await worker.exit, 0, worker.stderr());
  t.is(await written(postgres!.urlFor('retry')), 3, 'the retried jobs still had their bytes');
});
