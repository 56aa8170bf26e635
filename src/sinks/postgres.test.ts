/**
 * The PostgreSQL store on a real server (started for this file, stopped at the end): baochi_put's
 * rules (one row per source, duplicates, refused values) and `baochi run --out postgres://…`.
 * Skips only when the PostgreSQL binaries cannot be found.
 */
import test from 'ava';
import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch } from '../batch/run-batch.js';
import { extract } from '../pipeline/extract.js';
import { errorRecord, type OutputRecord } from '../record.js';
import { writeBadInputs } from '../testing/bad-inputs.js';
import { findServers, startPostgres, type PostgresServer } from '../testing/servers.js';
import { PgStore } from './postgres-store.js';

const missing = findServers().pgBin ? null : 'PostgreSQL binaries (initdb, pg_ctl) not found (apt-get install postgresql)';
const pgTest = missing ? test.skip : test.serial;
if (missing) test('postgres tests need PostgreSQL', (t) => { t.log(`skipped: ${missing}`); t.pass(); });

let server: PostgresServer | null = null;
const tempDirs: string[] = [];
test.before(async () => { if (!missing) server = await startPostgres(); });
test.after.always(async () => {
  await server?.stop();
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

const TABLES = ['articles', 'errors', 'officials', 'positions', 'figures', 'dates'] as const;

async function counts(url: string): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, number> = {};
    for (const t of TABLES) out[t] = Number((await c.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    return out;
  } finally {
    await c.end();
  }
}

const html = (n: number): string => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cần Thơ khởi công cầu Trần Hoàng Na ${n}</title>
<link rel="canonical" href="https://tin.example.vn/thoi-su/can-tho-khoi-cong-cau-tran-hoang-na-${n}.html">
<meta property="article:published_time" content="2026-03-12T09:15:00+07:00"></head>
<body><article><h1>Cần Thơ khởi công cầu Trần Hoàng Na ${n}</h1>
<p>Sáng 12/3/2026, UBND TP Cần Thơ khởi công dự án cầu với tổng vốn ${600 + n} tỷ đồng, dự kiến hoàn thành trong quý IV/2027.</p>
<p>Ông Nguyễn Thực Hiện, Phó Chủ tịch UBND TP Cần Thơ, đề nghị nhà thầu bảo đảm tiến độ và chất lượng công trình.</p>
<p>Cầu dài 1,2 km, rộng 20,5 m, nối quận Ninh Kiều với quận Cái Răng, giúp giảm ùn tắc cho quốc lộ 1 vào giờ cao điểm.</p>
<p>Theo Sở Giao thông vận tải, năm 2025 thành phố đã giải ngân 4.350 tỷ đồng vốn đầu tư công, đạt 95% kế hoạch được giao.</p>
<p>Người dân hai bên bờ sông mong công trình sớm hoàn thành để việc đi lại, buôn bán thuận tiện hơn trước.</p></article></body></html>`;

pgTest('baochi_put: one row per source, the second source of the same bytes a duplicate, a refused value an error row', async (t) => {
  await server!.createDatabase('put');
  const url = server!.urlFor('put');
  const store = new PgStore(url);
  try {
    await store.ensureSchema();
    const a = extract({ html: html(1), source: 'a.html' });
    t.is(a.kind, 'article');
    t.is(await store.put(a), 'article');
    t.is(await store.put(a), 'article', 'written again: replaced');
    const once = await counts(url);
    t.is(once.articles, 1);
    t.true(once.figures >= 1 && once.dates >= 1, JSON.stringify(once));
    t.is(await store.put({ ...a, source: 'copy-of-a.html' }), 'duplicate');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const dup = (await c.query("SELECT source, stage, error FROM errors")).rows;
    t.deepEqual(dup, [{ source: 'copy-of-a.html', stage: 'duplicate', error: 'same bytes as a.html' }]);
    // The same source now fails: its article row goes, an error row takes its place.
    t.is(await store.put(errorRecord(a.id, 'a.html', 'decode', 'gone bad')), 'error');
    t.is(Number((await c.query("SELECT count(*) AS n FROM articles WHERE source = 'a.html'")).rows[0].n), 0);
    t.is(Number((await c.query('SELECT count(*) AS n FROM figures')).rows[0].n), 0, 'its children went with it');
    // PostgreSQL text cannot hold U+0000: the record becomes an error row (stage sink), not a crash.
    const b = extract({ html: html(2), source: 'b.html' }) as OutputRecord & { kind: 'article' };
    t.is(await store.put({ ...b, title: 'nul\u0000byte' }), 'error');
    const refused = (await c.query("SELECT stage FROM errors WHERE source = 'b.html'")).rows;
    t.deepEqual(refused, [{ stage: 'sink' }]);
    await c.end();
  } finally {
    await store.close();
  }
});

pgTest('run --out postgres://: the same rows as --format sqlite; run again: still one row per input', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'baochi-pgsink-'));
  tempDirs.push(dir);
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  for (let i = 0; i < 120; i++) writeFileSync(join(pages, `bai-${String(i).padStart(3, '0')}.html`), html(i));
  writeFileSync(join(pages, 'zz-trung.html'), html(5));
  writeBadInputs(join(dir, 'bad'));
  const inputs = [pages, join(dir, 'bad')];
  await runBatch({ inputs, out: join(dir, 'run.db'), format: 'sqlite', workers: 2 });
  const db = new Database(join(dir, 'run.db'), { readonly: true });
  const expected: Record<string, number> = {};
  for (const t of TABLES) expected[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  db.close();

  await server!.createDatabase('sink');
  const url = server!.urlFor('sink');
  const ledgerPath = join(dir, 'pg.ledger.db');
  const s = await runBatch({ inputs, out: url, format: 'postgres', workers: 2, ledgerPath });
  t.is(s.documents, 128);
  t.deepEqual(await counts(url), expected);
  await runBatch({ inputs, out: url, format: 'postgres', workers: 2, ledgerPath });
  t.deepEqual(await counts(url), expected, 'a second fresh run replaces, never adds');
});

test('a database URL gets its ledger in the working directory, named after host and database', async (t) => {
  const { ledgerPathFor } = await import('../batch/ledger.js');
  t.is(ledgerPathFor('postgres://baochi@db.example:5432/news'), 'baochi-db.example_5432-news.ledger.db');
  t.is(ledgerPathFor('postgresql://u:secret@10.0.0.5/archive?sslmode=require'), 'baochi-10.0.0.5-archive.ledger.db');
  t.is(ledgerPathFor('out/records.jsonl'), 'out/records.jsonl.ledger.db');
});
