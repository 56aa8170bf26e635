import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { main } from './main.js';
import { memoryIO } from '../testing/memory-io.js';
import { writeBadInputs } from '../testing/bad-inputs.js';
import { validateRecord } from '../schema/validate.js';
import type { OutputRecord } from '../record.js';

const dir = mkdtempSync(join(tmpdir(), 'baochi-cli-'));
const bad = writeBadInputs(join(dir, 'bad'));
test.after.always(() => rmSync(dir, { recursive: true, force: true }));

const parse = (out: string): OutputRecord[] => out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutputRecord);

const page = (title: string, body: string): string =>
  `<html><head><meta charset="utf-8"><title>${title} - Báo Tỉnh</title><meta property="og:type" content="article"></head>` +
  `<body><article><h1>${title}</h1>${body}</article></body></html>`;
const para = [
  '<p>Năm 2023, giá trị sản xuất nông nghiệp của tỉnh đạt 18.450 tỷ đồng, tăng 3,2% so với năm 2022, vượt kế hoạch đề ra.</p>',
  '<p>Toàn tỉnh có 126 hợp tác xã nông nghiệp đang hoạt động, trong đó 38 hợp tác xã ứng dụng công nghệ cao vào sản xuất.</p>',
  '<p>Năm 2024, ngành nông nghiệp phấn đấu tốc độ tăng trưởng đạt 3,5%, tỷ lệ xã đạt chuẩn nông thôn mới nâng cao đạt 60%.</p>',
].join('\n');

test('every bad input plus a missing path gives exactly one record, in order, and exit 0', async (t) => {
  const io = memoryIO();
  const inputs = [...bad.map((b) => join(dir, 'bad', b.name)), join(dir, 'does-not-exist.html')];
  const code = await main(['extract', ...inputs], io);
  t.is(code, 0);
  const records = parse(io.out());
  t.is(records.length, inputs.length);
  t.deepEqual(records.map((r) => r.source), inputs);
  for (const r of records) t.deepEqual(validateRecord(r).errors, [], r.source);
  const byName = (n: string): OutputRecord => records.find((r) => r.source.endsWith(n))!;
  t.is(byName('does-not-exist.html').kind, 'error');
  t.is((byName('does-not-exist.html') as { error: string }).error, 'no such file or directory');
  t.is((byName('truncated.html.gz') as { error: string }).error, 'truncated gzip data (unexpected end of file)');
  t.regex(io.err(), /8 records \(\d+ articles, \d+ listings, 5 errors\)/);
});

test('a directory is walked recursively in name order, .gz pages decompressed, other files ignored', async (t) => {
  const d = join(dir, 'tree');
  mkdirSync(join(d, 'b'), { recursive: true });
  writeFileSync(join(d, 'a.html'), page('Tin A', para));
  writeFileSync(join(d, 'b', 'c.html.gz'), gzipSync(page('Tin C', para)));
  writeFileSync(join(d, 'b', 'notes.pdf'), 'not a page');
  writeFileSync(join(d, 'z.txt'), 'Hội nghị tổng kết công tác năm 2023 của ngành nông nghiệp\nSáng 10/1, Sở Nông nghiệp tổ chức hội nghị.');
  const io = memoryIO();
  t.is(await main(['extract', d], io), 0);
  const records = parse(io.out());
  t.deepEqual(records.map((r) => r.source), [join(d, 'a.html'), join(d, 'b', 'c.html.gz'), join(d, 'z.txt')]);
  t.deepEqual(records.map((r) => (r.kind === 'error' ? null : r.title)), ['Tin A', 'Tin C', 'Hội nghị tổng kết công tác năm 2023 của ngành nông nghiệp']);
});

test('an empty directory is an error record, not silence', async (t) => {
  const d = join(dir, 'empty-dir');
  mkdirSync(d, { recursive: true });
  const io = memoryIO();
  t.is(await main(['extract', d], io), 0);
  const [rec] = parse(io.out());
  t.is(rec?.kind, 'error');
  t.is(rec?.source, d);
});

test('JSONL input: one record per line, source FILE#LINE or the given id, bad lines become error records', async (t) => {
  const f = join(dir, 'dump.jsonl');
  writeFileSync(f, [
    JSON.stringify({ id: 'bai-1', url: 'https://baotinh.vn/kinh-te/gia-tri-san-xuat-nong-nghiep-dat-18450-ty-dong-20240105123456.html', html: page('Tin một', para) }),
    JSON.stringify({ text: 'Tỉnh họp báo thường kỳ quý I năm 2024 về kinh tế xã hội\nChiều 5/4, UBND tỉnh họp báo.', publishedAt: '2024-04-05T15:00:00+07:00' }),
    '{"html": "<p>cắt ngang',
    '',
    JSON.stringify({ url: 'https://x.vn' }),
  ].join('\n'));
  const io = memoryIO();
  t.is(await main(['extract', f], io), 0);
  const records = parse(io.out());
  t.deepEqual(records.map((r) => r.source), ['bai-1', `${f}#2`, `${f}#3`, `${f}#5`]);
  t.deepEqual(records.map((r) => r.kind), ['article', 'article', 'error', 'error']);
  const first = records[0]!;
  t.is(first.kind !== 'error' ? first.site : null, 'baotinh.vn');
  const second = records[1]!;
  t.is(second.kind !== 'error' ? second.publishedAt : null, '2024-04-05T15:00:00+07:00');
});

test('stdin: "-" reads one HTML page', async (t) => {
  const io = memoryIO(page('Tin từ stdin', para));
  t.is(await main(['extract', '-'], io), 0);
  const [rec] = parse(io.out());
  t.is(rec?.source, '-');
  t.is(rec?.kind !== 'error' ? rec?.title : null, 'Tin từ stdin');
});

test('--out writes the records to a file; --published-at is checked', async (t) => {
  const f = join(dir, 'one.html');
  writeFileSync(f, page('Tin có ngày', para));
  const out = join(dir, 'out.jsonl');
  const io = memoryIO();
  t.is(await main(['extract', '--out', out, '--published-at', '2024-01-15T09:00:00+07:00', f], io), 0);
  const [rec] = parse(readFileSync(out, 'utf8'));
  t.is(rec?.kind !== 'error' ? rec?.publishedAt : null, '2024-01-15T09:00:00+07:00');
  t.is(await main(['extract', '--published-at', 'hôm qua', f], memoryIO()), 2);
});

test('--max-bytes: a larger page or .gz is a limit record, read no further', async (t) => {
  const big = join(dir, 'big.html');
  const bigGz = join(dir, 'big.html.gz');
  const html = page('Tin dài', para.repeat(40));
  writeFileSync(big, html);
  writeFileSync(bigGz, gzipSync(html));
  const io = memoryIO();
  t.is(await main(['extract', '--max-bytes', '4096', big, bigGz], io), 0);
  const records = parse(io.out());
  t.deepEqual(records.map((r) => (r.kind === 'error' ? [r.stage, r.error] : r.kind)), [
    ['limit', `document too large: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB > 4.0 KiB limit`],
    ['limit', 'document too large: more than 4.0 KiB after gunzip'],
  ]);
  // The same files under the default limit are articles.
  const ok = memoryIO();
  await main(['extract', big, bigGz], ok);
  t.deepEqual(parse(ok.out()).map((r) => r.kind), ['article', 'article']);
});

test('usage errors exit 2; --help exits 0 and shows examples', async (t) => {
  t.is(await main(['extract'], memoryIO()), 2);
  t.is(await main(['extract', '--bogus', 'x'], memoryIO()), 2);
  t.is(await main(['frobnicate'], memoryIO()), 2);
  const io = memoryIO();
  t.is(await main(['extract', '--help'], io), 0);
  t.regex(io.out(), /Examples:/);
  const top = memoryIO();
  t.is(await main(['--help'], top), 0);
  t.regex(top.out(), /baochi extract/);
});
