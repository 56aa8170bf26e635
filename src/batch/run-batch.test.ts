import test from 'ava';
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { emptyWarcCounts, formatHttpResponse, formatWarcRecord, readWarc } from '../ingest/warc.js';
import type { OutputRecord } from '../record.js';
import { runBatch, ResumeMismatchError } from './run-batch.js';

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

const PROVINCES = ['Bắc Ninh', 'Nghệ An', 'Cần Thơ', 'Quảng Ninh', 'Đồng Nai', 'Lâm Đồng'];

/** A small news page we wrote ourselves; `i` changes its province, figures and date. */
function articlePage(i: number): string {
  const p = PROVINCES[i % PROVINCES.length]!;
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>${p}: thu ngân sách quý I tăng ${10 + i}% - Báo Địa phương</title>
<meta property="article:published_time" content="2026-04-0${(i % 9) + 1}T08:00:00+07:00"></head>
<body><article><h1>${p}: thu ngân sách quý I tăng ${10 + i}%</h1>
<p class="sapo">Thu ngân sách nhà nước quý I/2026 của tỉnh ${p} ước đạt ${1000 + i * 37} tỷ đồng.</p>
<p>Ngày ${i + 2}/4, ông Nguyễn Văn ${String.fromCharCode(65 + i)}, Phó Chủ tịch UBND tỉnh ${p}, cho biết thu nội địa đạt ${800 + i} tỷ đồng, tăng ${10 + i}% so với cùng kỳ năm 2025.</p>
<p>Tỉnh phấn đấu cả năm thu ${4000 + i * 100} tỷ đồng, giải ngân vốn đầu tư công đạt ${60 + i}% kế hoạch.</p>
</article></body></html>`;
}

interface Fixture {
  dir: string;
  pages: string;
  warc: string;
}

/** pages/: 4 articles, a copy of the first under another name, an empty file; crawl.warc.gz beside. */
function fixture(): Fixture {
  const dir = tempDir('baochi-batch-');
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  for (let i = 0; i < 4; i++) writeFileSync(join(pages, `bai-${i}.html`), articlePage(i));
  copyFileSync(join(pages, 'bai-0.html'), join(pages, 'bai-0-ban-sao.html'));
  writeFileSync(join(pages, 'rong.html'), '');
  const html = 'Content-Type: text/html; charset=utf-8';
  const records = [
    formatWarcRecord({ type: 'warcinfo', date: '2026-04-10T00:00:00Z', contentType: 'application/warc-fields' }, 'software: test\r\n'),
    formatWarcRecord({ type: 'response', uri: 'https://baodiaphuong.vn/a.html', date: '2026-04-10T00:00:01Z', contentType: 'application/http; msgtype=response' },
      formatHttpResponse('200 OK', [html], articlePage(4))),
    formatWarcRecord({ type: 'response', uri: 'https://baodiaphuong.vn/logo.png', date: '2026-04-10T00:00:02Z', contentType: 'application/http; msgtype=response' },
      formatHttpResponse('200 OK', ['Content-Type: image/png'], Buffer.from([0x89, 0x50, 0x4e, 0x47]))),
    formatWarcRecord({ type: 'response', uri: 'https://baodiaphuong.vn/rong.html', date: '2026-04-10T00:00:03Z', contentType: 'application/http; msgtype=response' }, ''),
    formatWarcRecord({ type: 'response', uri: 'https://baodiaphuong.vn/b.html', date: '2026-04-10T00:00:04Z', contentType: 'application/http; msgtype=response' },
      formatHttpResponse('200 OK', [html], articlePage(5))),
  ].map((r) => gzipSync(r));
  // The last member is cut short: a download that died.
  const last = records.pop()!;
  const warc = join(dir, 'crawl.warc.gz');
  writeFileSync(warc, Buffer.concat([...records, last.subarray(0, last.length - 25)]));
  return { dir, pages, warc };
}

const readJsonl = (path: string): OutputRecord[] =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l).map((l) => JSON.parse(l) as OutputRecord);

test('jsonl: every input once, in input order; duplicates, empty and damaged inputs reported and counted', async (t) => {
  const f = fixture();
  const out = join(f.dir, 'out.jsonl');
  const summary = await runBatch({ inputs: [f.pages, f.warc], out, format: 'jsonl', workers: 2 });
  const records = readJsonl(out);
  const warcMembers = readFileSync(f.warc);
  t.deepEqual(records.map((r) => r.source), [
    join(f.pages, 'bai-0-ban-sao.html'), join(f.pages, 'bai-0.html'), join(f.pages, 'bai-1.html'), join(f.pages, 'bai-2.html'),
    join(f.pages, 'bai-3.html'), join(f.pages, 'rong.html'),
    records[6]!.source, records[7]!.source,
  ]);
  t.regex(records[6]!.source, new RegExp(`^warc:${f.warc}#\\d+$`));
  t.true(Number(records[7]!.source.split('#')[1]) < warcMembers.length);
  const dup = records[1]!;
  t.is(dup.kind, 'error');
  t.like(dup, { stage: 'duplicate', error: `same bytes as ${join(f.pages, 'bai-0-ban-sao.html')}` });
  t.is(dup.id, records[0]!.id);
  t.like(records[5], { kind: 'error', stage: 'decode' });
  t.like(records[7], { kind: 'error', stage: 'ingest' });
  // Article or listing is the cleaner's call; the WARC's URL reaching the record is ours.
  t.like(records[6], { url: 'https://baodiaphuong.vn/a.html', site: 'baodiaphuong.vn' });
  t.like(records[2], { title: 'Nghệ An: thu ngân sách quý I tăng 11%' });
  t.is(summary.documents, 8);
  t.is(summary.duplicates, 1);
  t.deepEqual(summary.errorsByStage, { decode: 1, ingest: 1 });
  t.is(summary.articles + summary.listings, 5);
  t.deepEqual(summary.warc, { records: 4, documents: 1, damaged: 1, skipped: { 'not-response': 1, 'not-html': 1, empty: 1, 'http-status': 0 } });
});

test('resume: a finished run skips everything; a new input is the only addition; identical bytes seen before stay duplicates', async (t) => {
  const f = fixture();
  const out = join(f.dir, 'out.jsonl');
  await runBatch({ inputs: [f.pages], out, format: 'jsonl', workers: 1 });
  const first = readFileSync(out, 'utf8');
  const again = await runBatch({ inputs: [f.pages], out, format: 'jsonl', workers: 1, resume: true });
  t.is(again.documents, 0);
  t.is(again.resumed, 6);
  t.is(readFileSync(out, 'utf8'), first);
  writeFileSync(join(f.pages, 'bai-9.html'), articlePage(9));
  writeFileSync(join(f.pages, 'bai-2-lai.html'), articlePage(2));
  const more = await runBatch({ inputs: [f.pages], out, format: 'jsonl', workers: 2, resume: true });
  t.is(more.documents, 2);
  t.is(more.duplicates, 1);
  const records = readJsonl(out);
  t.is(records.length, 8);
  t.is(new Set(records.map((r) => r.source)).size, 8);
  t.like(records.find((r) => r.source.endsWith('bai-2-lai.html')), { stage: 'duplicate', error: `same bytes as ${join(f.pages, 'bai-2.html')}` });
});

test('resume refuses a different format than the ledger was written for', async (t) => {
  const f = fixture();
  const out = join(f.dir, 'out');
  await runBatch({ inputs: [join(f.pages, 'bai-1.html')], out, format: 'csv', workers: 1 });
  await t.throwsAsync(runBatch({ inputs: [f.pages], out, format: 'parquet', workers: 1, resume: true }), { instanceOf: ResumeMismatchError });
});

test('sqlite through the engine: one row per input, articles joined to their figures', async (t) => {
  const f = fixture();
  const out = join(f.dir, 'store.db');
  const summary = await runBatch({ inputs: [f.pages, f.warc], out, format: 'sqlite', workers: 2, unordered: true });
  const db = new Database(out, { readonly: true });
  const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  t.is(n('SELECT count(*) AS n FROM articles') + n('SELECT count(*) AS n FROM errors'), 8);
  t.is(n("SELECT count(*) AS n FROM errors WHERE stage = 'duplicate'"), 1);
  t.is(n('SELECT count(*) AS n FROM figures'), summary.figures);
  t.is(n('SELECT count(*) AS n FROM dates'), summary.dates);
  t.is(n('SELECT count(*) AS n FROM officials'), summary.officials);
  t.is(n('SELECT count(*) AS n FROM figures f LEFT JOIN articles a ON a.id = f.article_id WHERE a.id IS NULL'), 0);
  db.close();
});

/**
 * A .warc.gz with what archives really hold: a page whose member is stored (its bytes show a gzip
 * header inside: a false member candidate), a corrupt member, junk between members, and a last
 * member cut short.
 */
function damagedWarc(dir: string): string {
  const html = 'Content-Type: text/html; charset=utf-8';
  const response = (i: number, body: string | Buffer): Buffer => formatWarcRecord(
    { type: 'response', uri: `https://baodiaphuong.vn/${i}.html`, date: '2026-04-10T00:00:01Z', contentType: 'application/http; msgtype=response' },
    formatHttpResponse('200 OK', [html], body));
  // A gzip header inside the page's bytes (the magic 1f 8b 08 and a flag byte), kept as is by a stored block.
  const [head, tail] = articlePage(0).split('</article>') as [string, string];
  const withMagic = Buffer.concat([Buffer.from(`${head}<!-- tệp đính kèm: `), Buffer.from([0x1f, 0x8b, 0x08, 0x08]), Buffer.from(` --></article>${tail}`)]);
  const stored = gzipSync(response(0, withMagic), { level: 0 });
  const corrupt = Buffer.from(gzipSync(response(1, articlePage(1))));
  for (let i = 40; i < 60; i++) corrupt[i] = 0xff;
  const last = gzipSync(response(4, articlePage(4)));
  const path = join(dir, 'hong.warc.gz');
  writeFileSync(path, Buffer.concat([
    stored, corrupt, gzipSync(response(2, articlePage(2))), Buffer.from('rác'), gzipSync(response(3, articlePage(3))),
    last.subarray(0, last.length - 30),
  ]));
  return path;
}

test('a damaged .warc.gz: the engine (2 workers, ordered or not) reports exactly what readWarc reads in one thread', async (t) => {
  const dir = tempDir('baochi-batch-');
  const warc = damagedWarc(dir);
  const expected: [string, string][] = [];
  const counts = emptyWarcCounts();
  for await (const doc of readWarc(warc, { counts })) expected.push([doc.source, doc.failure ? `error ${doc.failure.stage}` : 'page']);
  t.is(expected.length, 6, 'pages 0, 2, 3; the corrupt member, the junk, the cut member… and nothing from the false candidate');
  t.is(expected.filter(([, what]) => what === 'page').length, 3);
  t.is(counts.damaged, 3);
  for (const unordered of [false, true]) {
    const out = join(dir, `out-${unordered}.jsonl`);
    const summary = await runBatch({ inputs: [warc], out, format: 'jsonl', workers: 2, unordered });
    const got = readJsonl(out).map((r): [string, string] => [r.source, r.kind === 'error' ? `error ${r.stage}` : 'page']);
    t.like(readJsonl(out)[0], { title: 'Bắc Ninh: thu ngân sách quý I tăng 10%' }, 'the page that holds the magic bytes is read');
    t.deepEqual(got, expected);
    t.deepEqual(summary.warc, counts);
  }
});

test('resume over a .warc.gz: a finished run skips every record, by source and content hash', async (t) => {
  const f = fixture();
  const out = join(f.dir, 'out.jsonl');
  const first = await runBatch({ inputs: [f.warc], out, format: 'jsonl', workers: 2 });
  const bytes = readFileSync(out, 'utf8');
  const again = await runBatch({ inputs: [f.warc], out, format: 'jsonl', workers: 2, resume: true });
  t.is(first.documents, 2);
  t.is(again.documents, 0);
  t.is(again.resumed, 2);
  t.is(readFileSync(out, 'utf8'), bytes);
});

test('identical pages: the copies are not extracted, each names the first in input order, whatever the workers', async (t) => {
  const dir = tempDir('baochi-batch-');
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  // 30 copies of one page among 30 distinct ones: with 2 workers the copies race each other.
  for (let i = 0; i < 60; i++) writeFileSync(join(pages, `bai-${String(i).padStart(2, '0')}.html`), i % 2 ? articlePage(7) : articlePage(100 + i));
  const out = join(dir, 'out.jsonl');
  const summary = await runBatch({ inputs: [pages], out, format: 'jsonl', workers: 2 });
  const records = readJsonl(out);
  t.is(records.length, 60);
  t.is(summary.duplicates, 29);
  const first = join(pages, 'bai-01.html');
  t.true(records.filter((r) => r.kind === 'error').every((r) => r.kind === 'error' && r.stage === 'duplicate' && r.error === `same bytes as ${first}`));
  t.not(records[1]!.kind, 'error');
  // The gate lets a copy through only when it was hashed before the first copy was asked about,
  // which the two workers' look-ahead allows for a few of them at most.
  t.true(summary.extracted >= 31 && summary.extracted <= 35, `${summary.extracted - 31} copies extracted`);
});
