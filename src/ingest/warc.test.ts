import test from 'ava';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RawDocument } from './raw-document.js';
import { emptyWarcCounts, parseContentType, readWarc, type WarcCounts } from './warc.js';

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

/** One WARC record, bytes written by hand (WARC/1.0: headers, blank line, block, two CRLF). */
function warcRecord(type: string, uri: string | null, date: string, block: string | Buffer, contentType?: string): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block, 'utf8') : block;
  const headers = [
    'WARC/1.0', `WARC-Type: ${type}`, ...(uri ? [`WARC-Target-URI: ${uri}`] : []), `WARC-Date: ${date}`,
    `WARC-Record-ID: <urn:uuid:${Math.random().toString(16).slice(2).padEnd(12, '0')}>`,
    ...(contentType ? [`Content-Type: ${contentType}`] : []), `Content-Length: ${body.length}`,
  ];
  return Buffer.concat([Buffer.from(headers.join('\r\n') + '\r\n\r\n'), body, Buffer.from('\r\n\r\n')]);
}

function httpResponse(status: string, headers: string[], body: string | Buffer): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([Buffer.from([`HTTP/1.1 ${status}`, ...headers, `Content-Length: ${b.length}`].join('\r\n') + '\r\n\r\n'), b]);
}

const HTTP = 'application/http; msgtype=response';
const page = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Giá lúa gạo tăng mạnh</title></head>' +
  '<body><article><p>Ngày 15/3, giá gạo xuất khẩu tăng 12 USD/tấn so với tuần trước.</p></article></body></html>';
const page1258 = Buffer.from('<html><head><title>Tin</title></head><body><p>Gia g?o</p></body></html>', 'latin1');

/** The records of the test archive, in order, and what each should become. */
function archiveRecords(): Buffer[] {
  return [
    warcRecord('warcinfo', null, '2026-03-07T01:00:00Z', 'software: baochi-test\r\nformat: WARC File Format 1.0\r\n', 'application/warc-fields'),
    warcRecord('request', 'https://thanhnien.vn/gia-gao.htm', '2026-03-07T01:02:03Z', 'GET /gia-gao.htm HTTP/1.1\r\nHost: thanhnien.vn\r\n\r\n', 'application/http; msgtype=request'),
    warcRecord('response', 'https://thanhnien.vn/gia-gao.htm', '2026-03-07T01:02:03Z',
      httpResponse('200 OK', ['Content-Type: text/html; charset=UTF-8'], page), HTTP),
    warcRecord('response', 'https://thanhnien.vn/style.css', '2026-03-07T01:02:04Z',
      httpResponse('200 OK', ['Content-Type: text/css'], 'body { color: #333 }'), HTTP),
    warcRecord('response', 'https://thanhnien.vn/khong-co.htm', '2026-03-07T01:02:05Z',
      httpResponse('404 Not Found', ['Content-Type: text/html'], '<html><body>Không tìm thấy</body></html>'), HTTP),
    // A 0-length record: no HTTP message at all.
    warcRecord('response', 'https://thanhnien.vn/rong.htm', '2026-03-07T01:02:06Z', '', HTTP),
    warcRecord('response', 'https://vietnamnet.vn/tin.html', '2026-03-07T01:02:07Z',
      httpResponse('200 OK', ['Content-Type: text/html; charset="windows-1258"'], page1258), HTTP),
    warcRecord('metadata', 'https://thanhnien.vn/gia-gao.htm', '2026-03-07T01:02:08Z', 'outlinks: 3\r\n', 'application/warc-fields'),
  ];
}

async function readAll(path: string, counts: WarcCounts): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for await (const d of readWarc(path, { counts })) docs.push(d);
  return docs;
}

const offsetsOf = (parts: Buffer[]): number[] => parts.reduce<number[]>((acc, p, i) => [...acc, i === 0 ? 0 : acc[i - 1]! + parts[i - 1]!.length], []);

for (const gzip of [false, true]) {
  test(`${gzip ? '.warc.gz' : '.warc'}: only 2xx HTML responses become documents, the rest is counted`, async (t) => {
    const parts = archiveRecords().map((r) => (gzip ? gzipSync(r) : r));
    const path = join(tempDir('baochi-warc-'), gzip ? 'crawl.warc.gz' : 'crawl.warc');
    writeFileSync(path, Buffer.concat(parts));
    const offsets = offsetsOf(parts);
    const counts = emptyWarcCounts();
    const docs = await readAll(path, counts);
    t.deepEqual(docs.map((d) => d.source), [`warc:${path}#${offsets[2]}`, `warc:${path}#${offsets[6]}`]);
    t.is(docs[0]!.url, 'https://thanhnien.vn/gia-gao.htm');
    t.is(docs[0]!.fetchedAt, '2026-03-07T01:02:03Z');
    t.is(docs[0]!.charset, 'utf-8');
    t.is(Buffer.from(docs[0]!.bytes!).toString('utf8'), page);
    t.is(docs[1]!.charset, 'windows-1258');
    t.deepEqual(Buffer.from(docs[1]!.bytes!), page1258);
    t.deepEqual(counts, {
      records: 8, documents: 2, damaged: 0,
      skipped: { 'not-response': 3, 'not-html': 1, empty: 1, 'http-status': 1 },
    });
  });
}

test('.warc.gz with a truncated last gzip member: earlier records read, one failure at the damaged offset', async (t) => {
  const parts = archiveRecords().slice(0, 3).map((r) => gzipSync(r));
  const whole = Buffer.concat(parts);
  const cut = whole.subarray(0, whole.length - 40);
  const path = join(tempDir('baochi-warc-'), 'cut.warc.gz');
  writeFileSync(path, cut);
  const counts = emptyWarcCounts();
  const docs = await readAll(path, counts);
  const damagedAt = parts[0]!.length + parts[1]!.length;
  t.is(docs.length, 1);
  t.is(docs[0]!.source, `warc:${path}#${damagedAt}`);
  t.is(docs[0]!.failure?.stage, 'ingest');
  t.regex(docs[0]!.failure!.reason, /truncated|corrupt/);
  t.is(counts.damaged, 1);
  t.is(counts.skipped['not-response'], 2);
});

test('.warc cut inside a record body: the record becomes an ingest failure naming the missing bytes', async (t) => {
  const parts = archiveRecords().slice(0, 3);
  const whole = Buffer.concat(parts);
  const path = join(tempDir('baochi-warc-'), 'cut.warc');
  writeFileSync(path, whole.subarray(0, whole.length - 54));
  const counts = emptyWarcCounts();
  const docs = await readAll(path, counts);
  t.is(docs.length, 1);
  t.is(docs[0]!.source, `warc:${path}#${parts[0]!.length + parts[1]!.length}`);
  t.is(docs[0]!.failure?.reason, 'WARC record truncated: 50 bytes missing (damaged or cut-off file)');
  t.is(counts.damaged, 1);
});

test('a record over the size limit is not read into memory: a "limit" failure', async (t) => {
  const big = warcRecord('response', 'https://dantri.com.vn/lon.htm', '2026-03-07T02:00:00Z',
    httpResponse('200 OK', ['Content-Type: text/html'], `<html><body>${'<p>Bài dài.</p>'.repeat(200)}</body></html>`), HTTP);
  const path = join(tempDir('baochi-warc-'), 'big.warc');
  writeFileSync(path, big);
  const docs: RawDocument[] = [];
  for await (const d of readWarc(path, { maxBytes: 1000 })) docs.push(d);
  t.is(docs.length, 1);
  t.is(docs[0]!.failure?.stage, 'limit');
  t.is(docs[0]!.url, 'https://dantri.com.vn/lon.htm');
});

test('parseContentType', (t) => {
  t.deepEqual(parseContentType('text/html; charset=Windows-1258'), { mime: 'text/html', charset: 'windows-1258' });
  t.deepEqual(parseContentType('application/xhtml+xml'), { mime: 'application/xhtml+xml', charset: null });
  t.deepEqual(parseContentType(null), { mime: null, charset: null });
});
