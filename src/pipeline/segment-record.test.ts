import test from 'ava';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetReadObjects } from 'hyparquet';
import { runBatch } from '../batch/run-batch.js';
import type { ArticleRecord } from '../record.js';
import type { SinkKind } from '../sinks/index.js';
import { extract } from './extract.js';
import { segmentRecord } from './segment-record.js';

// Our own text in the style of a provincial news brief.
const story = 'Sáng 12/3, Sở Giao thông vận tải tỉnh Bà Rịa-Vũng Tàu cho biết dự án đường ven biển giai đoạn 2021-2025 đã giải ngân 1.250 tỷ đồng.\n\n'
  + 'Ông Lê Văn Hùng, Giám đốc Sở, nói công trình sẽ thông xe trong tháng 6.';
const segmentedStory = 'Sáng 12/3 , Sở Giao_thông vận_tải tỉnh Bà_Rịa-Vũng_Tàu cho biết dự_án đường ven biển giai_đoạn 2021-2025 đã giải_ngân 1.250_tỷ đồng .\n\n'
  + 'Ông Lê_Văn_Hùng , Giám_đốc Sở , nói công_trình sẽ thông xe trong tháng 6 .';
// A bundled sample page (written for this project, corpus/samples).
const samplePath = fileURLToPath(new URL('../../corpus/samples/portal-soct-tinh.html', import.meta.url));
const page = readFileSync(samplePath);

test('extract with segment: title, lead and text segmented, paragraphs kept, words joined by "_"', (t) => {
  const r = extract({ text: story, options: { segment: true } }) as ArticleRecord;
  t.is(r.segmented!.text, segmentedStory);
  t.is(r.segmented!.text.replace(/_/g, ' ').replace(/ ([,.])/g, '$1'), r.text, 'the same string once joins and split-off marks are undone');
  const h = extract({ html: page, source: 'portal-soct-tinh.html', options: { segment: true } }) as ArticleRecord;
  t.is(h.segmented!.title, 'Ngành Công_Thương triển_khai nhiệm_vụ năm 2025');
  t.true(h.segmented!.lead!.startsWith('Sáng 13/1 , Sở Công_Thương tổ_chức hội_nghị đánh_giá kết_quả'));
  t.is(h.segmented!.text.split('\n\n').length, h.text.split('\n\n').length, 'one segmented paragraph per paragraph');
  t.is(h.segmented!.text.replace(/[_\s]/g, ''), h.text.replace(/\s/g, ''), 'the same characters, only spaces and "_" differ');
  // the lead as the cleaner finds it, segmented the same way
  const withLead = { ...r, title: 'Giải ngân vốn đường ven biển', lead: 'Dự án đường ven biển đã giải ngân hơn một nửa số vốn được giao.', segmented: null };
  segmentRecord(withLead);
  t.deepEqual(withLead.segmented, {
    title: 'Giải_ngân vốn đường ven biển',
    lead: 'Dự_án đường ven biển đã giải_ngân hơn một nửa số vốn được giao .',
    text: segmentedStory,
  });
});

test('segment is off by default and never runs the Vietnamese model on English', (t) => {
  t.is((extract({ text: story }) as ArticleRecord).segmented, null);
  const en = extract({ html: '<html lang="en"><head><title>Exports rise</title></head><body><article><h1>Exports rise</h1><p>Vietnam\'s exports reached $369.9 billion in the first 11 months, the General Statistics Office said on Friday, up 14.4 percent year-on-year.</p><p>The trade surplus was estimated at $22 billion, according to the office, which publishes its figures at the start of each month.</p></article></body></html>', options: { segment: true } }) as ArticleRecord;
  t.is(en.language, 'en');
  t.is(en.segmented, null);
  t.true(en.warnings.some((w) => w.startsWith('segment: not done')));
});

const dirs: string[] = [];
test.after.always(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** `baochi run --segment` over two documents of ours into FORMAT; the output path. */
async function runTo(format: SinkKind): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `baochi-seg-${format}-`));
  dirs.push(dir);
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'portal-soct-tinh.html'), page);
  writeFileSync(join(dir, 'in', 'ban-tin.txt'), story);
  const out = join(dir, format === 'csv' || format === 'parquet' ? 'out' : `out.${format === 'sqlite' ? 'db' : 'jsonl'}`);
  const summary = await runBatch({ inputs: [join(dir, 'in')], out, format, workers: 1, extract: { segment: true } });
  if (summary.documents !== 2) throw new Error(`${format}: ${summary.documents} documents, expected 2`);
  return out;
}

test('--segment round-trips through every sink: segmented_text read back equals the record', async (t) => {
  const expected = (extract({ html: page, source: 'x', options: { segment: true } }) as ArticleRecord).segmented!;

  const jsonl = await runTo('jsonl');
  const recs = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ArticleRecord);
  const fromHtml = recs.find((r) => r.source.endsWith('portal-soct-tinh.html'))!;
  t.deepEqual(fromHtml.segmented, expected);
  t.is(recs.find((r) => r.source.endsWith('ban-tin.txt'))!.segmented!.text, segmentedStory);

  const db = new Database(await runTo('sqlite'), { readonly: true });
  const row = db.prepare("SELECT segmented_title, segmented_lead, segmented_text FROM articles WHERE source LIKE '%portal-soct-tinh.html'").get() as Record<string, string>;
  db.close();
  t.deepEqual(row, { segmented_title: expected.title, segmented_lead: expected.lead, segmented_text: expected.text });

  const csvDir = await runTo('csv');
  const csv = readFileSync(join(csvDir, 'articles.csv'), 'utf8');
  const header = csv.split(/\r?\n/)[0]!.split(',');
  t.true(header.includes('segmented_text'));
  t.true(csv.includes(segmentedStory.split('\n\n')[0]!));
  t.true(csv.includes(expected.title!));

  const pqDir = await runTo('parquet');
  const part = readdirSync(join(pqDir, 'articles')).sort()[0]!;
  const buf = readFileSync(join(pqDir, 'articles', part));
  const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
  const pq = rows.find((r) => String(r.source).endsWith('portal-soct-tinh.html'))!;
  t.is(pq.segmented_text, expected.text);
  t.is(pq.segmented_lead, expected.lead);
});
