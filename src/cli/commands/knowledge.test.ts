import test from 'ava';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArchive } from '../../knowledge/test-archive.js';
import { memoryIO } from '../../testing/memory-io.js';
import { EXIT } from '../io.js';
import { main } from '../main.js';
import { runDemo, samplesDir } from './demo.js';

const dirs: string[] = [];
test.after.always(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
function archive(): string {
  const d = mkdtempSync(join(tmpdir(), 'baochi-knowledge-cli-'));
  dirs.push(d);
  writeArchive(join(d, 'store.db'));
  return join(d, 'store.db');
}

test('officials --format jsonl: the rows of issue #16', async (t) => {
  const io = memoryIO();
  t.is(await main(['officials', '--store', archive(), '--province', 'Ninh Bình', '--format', 'jsonl'], io), EXIT.ok);
  t.deepEqual(io.out().trim().split('\n').map((l) => JSON.parse(l)), [{
    name: 'Trần Minh Tuấn', title: 'Giám đốc', organizationFull: 'Sở Tài chính tỉnh Ninh Bình', province: 'Ninh Bình', former: false,
    firstSeen: '2022-08-01', lastSeen: '2022-08-01', articles: 1, sources: ['baoninhbinh.org.vn'], person: 4,
  }]);
});

test('officials as a table with the career, and as CSV', async (t) => {
  const store = archive();
  const table = memoryIO();
  t.is(await main(['officials', '--store', store, '--name', 'Le Van Hoa'], table), EXIT.ok);
  const lines = table.out().split('\n');
  t.regex(lines[0]!, /^name +title +organizationFull +province +firstSeen +lastSeen +articles +sources$/);
  t.regex(lines[2]!, /^Lê Văn Hòa +Phó Chủ tịch +Ủy ban nhân dân tỉnh Quảng Trị +Quảng Trị +2019-03-10 +2021-11-20 +3 +baoquangtri.vn; quangtri.gov.vn$/);
  t.true(lines.includes('Lê Văn Hòa: Phó Chủ tịch UBND tỉnh (2019–2021) → Chủ tịch UBND tỉnh (2022–)'));
  t.regex(table.err(), /1 persons, 2 rows \(1 syndicated copies counted once\)/);
  const csv = memoryIO();
  t.is(await main(['officials', '--store', store, '--org', 'Sở Y tế', '--format', 'csv'], csv), EXIT.ok);
  t.deepEqual(csv.out().trim().split('\n'), [
    'person,name,title,organizationFull,province,former,firstSeen,lastSeen,articles,sources',
    '2,Phạm Thị Lan,Giám đốc,Sở Y tế tỉnh Quảng Trị,Quảng Trị,false,2021-11-20,2022-02-15,2,baoquangtri.vn; vnexpress.net',
  ]);
});

test('series --format jsonl and csv; without --metric the series of two periods or more', async (t) => {
  const store = archive();
  const io = memoryIO();
  t.is(await main(['series', '--store', store, '--metric', 'KNXK', '--status', 'estimate', '--format', 'jsonl'], io), EXIT.ok);
  const [row] = io.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  t.like(row, { metric: 'kim ngạch xuất khẩu', place: 'Quảng Trị', period: '2021', value: 420e6, unit: 'USD', status: 'estimate', sources: ['baoquangtri.vn'], disagree: true });
  const csv = memoryIO();
  t.is(await main(['series', '--store', store, '--format', 'csv'], csv), EXIT.ok);
  const lines = csv.out().trim().split('\n');
  t.is(lines.length, 6);
  t.true(lines[1]!.startsWith('kim ngạch xuất khẩu,Quảng Trị,2018,250000000,USD,actual,,,baoquangtri.vn,false,,'));
});

test('usage errors and a missing store', async (t) => {
  const bad = memoryIO();
  t.is(await main(['series', '--format', 'xml', '--store', 'x.db'], bad), EXIT.usage);
  t.regex(bad.err(), /--format must be table, jsonl or csv/);
  const status = memoryIO();
  t.is(await main(['series', '--status', 'guess'], status), EXIT.usage);
  const missing = memoryIO();
  t.is(await main(['officials', '--store', join(tmpdir(), 'baochi-no-such-store.db')], missing), EXIT.failure);
  t.regex(missing.err(), /no store at/);
  const help = memoryIO();
  t.is(await main(['report', '--help'], help), EXIT.ok);
  t.regex(help.out(), /self-contained HTML page/);
});

test('report: one HTML page with Chart.js inside and the rows of the store', async (t) => {
  const store = archive();
  const out = join(store, '..', 'r.html');
  const io = memoryIO();
  t.is(await main(['report', '--store', store, '--out', out], io), EXIT.ok);
  t.regex(io.out(), /4 persons \(5 rows\), 1 series, 7 articles \(1 copies counted once\) → .*r\.html/);
  const html = readFileSync(out, 'utf8');
  t.is((html.match(/<tr data-person=/g) ?? []).length, 5);
  t.regex(html, /Chart\.js v4/);
  t.false(/<script[^>]+src=/.test(html), 'no external script');
  t.false(/https?:\/\/[^"'\s]*\.(js|css)\b/.test(html.replace(/<script>[\s\S]*?<\/script>/g, '')), 'no external asset');
  t.regex(html, /data-points="5"/);
});

const samples = existsSync(samplesDir()) ? readdirSync(samplesDir()).filter((f) => /\.(html?|txt)$/.test(f)) : [];

(samples.length > 0 ? test : test.skip)('demo samples: the demo writes the report; the registry and series of the samples', async (t) => {
  const d = mkdtempSync(join(tmpdir(), 'baochi-knowledge-demo-'));
  dirs.push(d);
  const io = memoryIO();
  t.is(await runDemo(['--out', join(d, 'baochi.db'), '--workers', '1'], io), EXIT.ok);
  t.regex(io.out(), /baochi demo: report \(\d+ persons, \d+ series\) → .*report\.html/);
  t.true(existsSync(join(d, 'report.html')));
  const officials = memoryIO();
  t.is(await main(['officials', '--store', join(d, 'baochi.db'), '--name', 'Nguyễn Hữu Phong', '--format', 'jsonl'], officials), EXIT.ok);
  const rows = officials.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  t.deepEqual(rows.map((r) => [r.title, r.organizationFull, r.province, r.firstSeen, r.sources]).sort(), [
    ['Phó Chủ tịch', 'Ủy ban nhân dân tỉnh Bắc Ninh', 'Bắc Ninh', '2025-01-14', ['sct.bacninh.gov.vn']],
    ['Ủy viên', 'Ban Thường vụ Tỉnh ủy Bắc Ninh', 'Bắc Ninh', '2025-01-14', ['sct.bacninh.gov.vn']],
  ]);
  const series = memoryIO();
  t.is(await main(['series', '--store', join(d, 'baochi.db'), '--metric', 'KNXK', '--province', 'Bắc Ninh', '--format', 'jsonl'], series), EXIT.ok);
  const points = series.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  t.deepEqual(points.map((p) => [p.period, p.value, p.unit, p.sources]), [
    ['2023', 52e9, 'USD', ['vnexpress.net']],
    ['2025', 55.5e9, 'USD', ['sct.bacninh.gov.vn']],
  ]);
});
