import test from 'ava';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, readdirSync, appendFileSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { PIPELINE, errorRecord, type ArticleRecord, type OutputRecord } from '../record.js';
import { csvCell } from './csv.js';
import { openSink, type SinkKind } from './index.js';

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

// A record written by hand: the values the read-back checks are exact.
const text = 'Năm 2023, giá trị sản xuất công nghiệp của tỉnh Bắc Ninh đạt 1.520 nghìn tỷ đồng, tăng 3,5%. ' +
  'Ông Trần Đức Minh, Phó Chủ tịch UBND tỉnh, cho biết ngày 15/1 tỉnh tổng kết.';
const article: ArticleRecord = {
  kind: 'article', id: 'a'.repeat(64), source: 'pages/bac-ninh.html', url: 'https://baobacninh.vn/kinh-te/a.html',
  site: 'baobacninh.vn', language: 'vi', title: 'Bắc Ninh: công nghiệp "tăng tốc", vượt kế hoạch',
  lead: 'Sản xuất công nghiệp năm 2023 vượt kế hoạch, dòng 1\ndòng 2', publishedAt: '2024-01-16T08:00:00+07:00',
  modifiedAt: null, authors: ['Nguyễn Thu Hà'], section: 'Kinh tế', tags: [], text, captions: ['Khu công nghiệp Yên Phong, ảnh: N.H'], segmented: null,
  officials: [{
    name: 'Trần Đức Minh', gender: 'male',
    positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh', organizationFull: 'Ủy ban nhân dân tỉnh Bắc Ninh', text: 'Phó Chủ tịch UBND tỉnh', former: false }],
    mentions: [{ span: [text.indexOf('Trần Đức Minh'), text.indexOf('Trần Đức Minh') + 13] }],
  }],
  figures: [
    {
      text: '1.520 nghìn tỷ đồng', value: 1.52e15, unit: 'VND', approx: null, range: null,
      metric: 'giá trị sản xuất công nghiệp', change: null, status: 'actual', period: '2023',
      span: [text.indexOf('1.520'), text.indexOf('1.520') + 19],
    },
    {
      text: '3,5%', value: 3.5, unit: '%', approx: null, range: null, metric: null,
      change: { direction: 'up', reference: null }, status: 'actual', period: null,
      span: [text.indexOf('3,5%'), text.indexOf('3,5%') + 4],
    },
  ],
  dates: [
    { text: 'ngày 15/1', value: '2024-01-15', grain: 'day', to: null, partOfDay: null, inferred: ['year'], span: [text.indexOf('ngày 15/1'), text.indexOf('ngày 15/1') + 9] },
    { text: 'Năm 2023', value: '2023', grain: 'year', to: null, partOfDay: null, inferred: [], span: [0, 8], field: 'text' },
  ],
  warnings: [], pipeline: { ...PIPELINE },
};
const listing: ArticleRecord = {
  ...article, kind: 'listing', id: 'b'.repeat(64), source: 'pages/trang-chu.html', title: 'Trang chủ', lead: null, text: '',
  captions: [], officials: [], figures: [], dates: [], authors: [],
};
const failed = errorRecord('c'.repeat(64), 'pages/rong.html', 'decode', 'empty document (0 bytes)', null);
const records: OutputRecord[] = [article, failed, listing];

const tmp = (): string => tempDir('baochi-sinks-');

function writeAll(kind: SinkKind, path: string): void {
  const sink = openSink(kind, path);
  for (const r of records) sink.write(r);
  sink.close();
}

test('csvCell quotes per RFC 4180: quotes doubled, commas and line breaks quoted, null empty', (t) => {
  t.is(csvCell('Bắc Ninh: công nghiệp "tăng tốc"'), '"Bắc Ninh: công nghiệp ""tăng tốc"""');
  t.is(csvCell('1.520, tăng'), '"1.520, tăng"');
  t.is(csvCell('dòng 1\ndòng 2'), '"dòng 1\ndòng 2"');
  t.is(csvCell(null), '');
  t.is(csvCell(''), '""');
  t.is(csvCell(1520000000000000), '1520000000000000');
  t.is(csvCell('Kinh tế'), 'Kinh tế');
});

test('jsonl: one line per record, read back equal', (t) => {
  const path = join(tmp(), 'out.jsonl');
  writeAll('jsonl', path);
  const lines = readFileSync(path, 'utf8').split('\n');
  t.is(lines.pop(), '');
  t.deepEqual(lines.map((l) => JSON.parse(l) as unknown), records);
});

test('jsonl: resume cuts a torn last line back to the checkpoint', (t) => {
  const path = join(tmp(), 'out.jsonl');
  const sink = openSink('jsonl', path);
  sink.write(article);
  const checkpoint = sink.flush();
  sink.close();
  t.is(checkpoint.bytes, statSync(path).size);
  appendFileSync(path, '{"kind":"article","id":"torn');
  const resumed = openSink('jsonl', path, { resumeFrom: checkpoint });
  resumed.write(listing);
  resumed.close();
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as OutputRecord);
  t.deepEqual(lines.map((r) => r.source), ['pages/bac-ninh.html', 'pages/trang-chu.html']);
});

/** Minimal RFC 4180 reader for the read-back (quoted fields may hold commas, quotes, line breaks). */
function parseCsv(data: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (quoted) {
      if (c === '"' && data[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && data[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

test('csv: one file per table, joinable on article_id, values read back', (t) => {
  const dir = tmp();
  writeAll('csv', dir);
  t.deepEqual(readdirSync(dir).sort(), ['articles.csv', 'dates.csv', 'errors.csv', 'figures.csv', 'officials.csv', 'positions.csv']);
  const table = (name: string): Record<string, string>[] => {
    const [header, ...rows] = parseCsv(readFileSync(join(dir, `${name}.csv`), 'utf8'));
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
  };
  const articles = table('articles');
  t.deepEqual(articles.map((a) => a.kind), ['article', 'listing']);
  t.is(articles[0]!.title, 'Bắc Ninh: công nghiệp "tăng tốc", vượt kế hoạch');
  t.is(articles[0]!.lead, 'Sản xuất công nghiệp năm 2023 vượt kế hoạch, dòng 1\ndòng 2');
  t.is(articles[0]!.text, text);
  t.deepEqual(JSON.parse(articles[0]!.authors!), ['Nguyễn Thu Hà']);
  t.is(articles[1]!.lead, '', 'null is an empty cell');
  const figures = table('figures');
  t.is(figures.length, 2);
  t.is(figures[0]!.article_id, articles[0]!.id);
  t.is(Number(figures[0]!.value), 1.52e15);
  t.is(figures[0]!.unit, 'VND');
  t.is(figures[1]!.change_direction, 'up');
  const positions = table('positions');
  const officials = table('officials');
  t.is(officials[0]!.name, 'Trần Đức Minh');
  t.is(positions[0]!.article_id, officials[0]!.article_id);
  t.is(positions[0]!.organization_full, 'Ủy ban nhân dân tỉnh Bắc Ninh');
  t.deepEqual(table('dates').map((d) => d.value), ['2024-01-15', '2023']);
  t.deepEqual(table('errors').map((e) => [e.source, e.stage]), [['pages/rong.html', 'decode']]);
});

test('sqlite: tables, keys, indexes and values read back; joins by article id', (t) => {
  const path = join(tmp(), 'store.db');
  writeAll('sqlite', path);
  const db = new Database(path, { readonly: true });
  t.is((db.pragma('journal_mode') as { journal_mode: string }[])[0]!.journal_mode, 'wal');
  t.deepEqual(db.prepare('SELECT source, kind FROM articles ORDER BY source').all(), [
    { source: 'pages/bac-ninh.html', kind: 'article' }, { source: 'pages/trang-chu.html', kind: 'listing' },
  ]);
  t.deepEqual(
    db.prepare('SELECT o.name, p.title, p.organization FROM officials o JOIN positions p USING (article_id, official_index)').all(),
    [{ name: 'Trần Đức Minh', title: 'Phó Chủ tịch', organization: 'UBND tỉnh' }],
  );
  t.deepEqual(db.prepare("SELECT f.value, a.site FROM figures f JOIN articles a ON a.id = f.article_id WHERE f.unit = 'VND'").all(), [
    { value: 1.52e15, site: 'baobacninh.vn' },
  ]);
  t.deepEqual(db.prepare("SELECT text FROM dates WHERE value = '2024-01-15'").all(), [{ text: 'ngày 15/1' }]);
  t.deepEqual(db.prepare('SELECT stage, error FROM errors').all(), [{ stage: 'decode', error: 'empty document (0 bytes)' }]);
  const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
  for (const name of ['officials_name', 'figures_metric_unit', 'dates_value']) t.true(indexes.includes(name), name);
  t.deepEqual(db.prepare("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('figures')").all(), [
    { table: 'articles', from: 'article_id', to: 'id', on_delete: 'CASCADE' },
  ]);
  db.close();
});

test('sqlite: resume deletes rows committed after the checkpoint (cascade to children)', (t) => {
  const path = join(tmp(), 'store.db');
  const sink = openSink('sqlite', path);
  sink.write(failed);
  const checkpoint = sink.flush();
  sink.write(article); // committed by the next flush, but the ledger never saw it
  sink.flush();
  sink.close();
  const resumed = openSink('sqlite', path, { resumeFrom: checkpoint });
  resumed.write(listing);
  resumed.close();
  const db = new Database(path, { readonly: true });
  t.deepEqual(db.prepare('SELECT source FROM articles').all(), [{ source: 'pages/trang-chu.html' }]);
  t.is((db.prepare('SELECT count(*) AS n FROM figures').get() as { n: number }).n, 0);
  t.is((db.prepare('SELECT count(*) AS n FROM errors').get() as { n: number }).n, 1);
  db.close();
});

test('parquet: part files per table, read back with hyparquet', async (t) => {
  const dir = tmp();
  writeAll('parquet', dir);
  const read = async (table: string): Promise<Record<string, unknown>[]> => {
    const files = readdirSync(join(dir, table)).sort();
    t.deepEqual(files, ['part-00000.parquet']);
    const buf = readFileSync(join(dir, table, files[0]!));
    return parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
  };
  const articles = await read('articles');
  t.deepEqual(articles.map((a) => [a.source, a.kind]), [['pages/bac-ninh.html', 'article'], ['pages/trang-chu.html', 'listing']]);
  t.is(articles[0]!.text, text);
  t.is(articles[1]!.lead, null);
  const figures = await read('figures');
  t.deepEqual(figures.map((f) => [f.value, f.unit, f.period]), [[1.52e15, 'VND', '2023'], [3.5, '%', null]]);
  t.is(figures[0]!.article_id, article.id);
  t.is(figures[0]!.span_start, text.indexOf('1.520'));
  const positions = await read('positions');
  t.is(positions[0]!.organization_full, 'Ủy ban nhân dân tỉnh Bắc Ninh');
  const dates = await read('dates');
  t.deepEqual(dates.map((d) => [d.value, d.grain]), [['2024-01-15', 'day'], ['2023', 'year']]);
  const errors = await read('errors');
  t.deepEqual(errors.map((e) => e.stage), ['decode']);
});

test('parquet: resume drops parts written after the checkpoint', (t) => {
  const dir = tmp();
  const sink = openSink('parquet', dir);
  sink.write(article);
  const checkpoint = sink.flush();
  sink.write(listing);
  sink.flush();
  sink.close();
  t.deepEqual(readdirSync(join(dir, 'articles')).sort(), ['part-00000.parquet', 'part-00001.parquet']);
  const resumed = openSink('parquet', dir, { resumeFrom: checkpoint });
  resumed.close();
  t.deepEqual(readdirSync(join(dir, 'articles')), ['part-00000.parquet']);
  t.deepEqual(checkpoint, { parts: 1 });
});
