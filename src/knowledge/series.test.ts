import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparePeriods, sentenceAt, series, type SeriesRow } from './series.js';
import { openStore, type Store } from './store.js';
import { ARCHIVE, writeArchive } from './test-archive.js';

const dirs: string[] = [];
test.after.always(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
async function archiveStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'baochi-series-'));
  dirs.push(dir);
  writeArchive(join(dir, 'store.db'), ARCHIVE);
  return openStore(join(dir, 'store.db'));
}

const brief = (r: SeriesRow): unknown[] => [r.place, r.period, r.value, r.unit, r.status, r.sources, r.disagree];

test('one indicator, any spelling: rows per place, period, status and unit; a copy counts once', async (t) => {
  const store = await archiveStore();
  const rows = series(store, { metric: 'KNXK' });
  t.true(rows.every((r) => r.metric === 'kim ngạch xuất khẩu'));
  t.deepEqual(rows.map(brief), [
    ['Ninh Bình', '2021', 1.5e9, 'USD', 'actual', ['baoninhbinh.org.vn'], false],
    ['Quảng Trị', '2018', 250e6, 'USD', 'actual', ['baoquangtri.vn'], false],
    ['Quảng Trị', '2019', 300e6, 'USD', 'actual', ['quangtri.gov.vn'], false],
    ['Quảng Trị', '2020', 380e6, 'USD', 'actual', ['baoquangtri.vn', 'vnexpress.net'], false],
    ['Quảng Trị', '2021', 430e6, 'USD', 'actual', ['vnexpress.net'], false],
    ['Quảng Trị', '2022', 510e6, 'USD', 'actual', ['thanhnien.vn'], false],
    ['Quảng Trị', '2021', 420e6, 'USD', 'estimate', ['baoquangtri.vn'], true],
    ['Quảng Trị', '2023', 600e6, 'USD', 'target', ['thanhnien.vn'], false],
    ['Quảng Trị', '2022', 12e12, 'VND', 'actual', ['thanhnien.vn'], false],
  ]);
  const estimate = rows.find((r) => r.status === 'estimate')!;
  t.deepEqual(estimate.others, [{ value: 425e6, sources: ['thanhnien.vn'] }]);
  t.is(rows.find((r) => r.period === '2019')!.sentence, 'KNXK năm 2019 đạt 300 triệu USD.');
  t.is(rows.find((r) => r.period === '2019')!.source, 'https://quangtri.gov.vn/tin/2.html');
  store.close();
});

test('filters: province, unit, status; without a metric only series of two periods or more', async (t) => {
  const store = await archiveStore();
  t.deepEqual(series(store, { metric: 'kim ngạch xuất khẩu', province: 'Quảng Trị', unit: 'USD', status: 'actual' }).map((r) => r.period),
    ['2018', '2019', '2020', '2021', '2022']);
  t.deepEqual(series(store, { metric: 'giá trị xuất khẩu', unit: 'VND' }).map((r) => r.value), [12e12]);
  const all = series(store);
  t.deepEqual(all.map((r) => [r.place, r.period, r.status, r.unit]), [
    ['Quảng Trị', '2018', 'actual', 'USD'], ['Quảng Trị', '2019', 'actual', 'USD'], ['Quảng Trị', '2020', 'actual', 'USD'],
    ['Quảng Trị', '2021', 'actual', 'USD'], ['Quảng Trị', '2022', 'actual', 'USD'],
  ]);
  t.deepEqual(series(store, { metric: 'kim ngạch nhập khẩu' }), []);
  store.close();
});

test('sentenceAt: the sentence around a span, across a line break and a quote', (t) => {
  const text = 'Mở đầu. Năm 2022, "kim ngạch" đạt 5 tỷ USD. Câu sau.\nDòng mới 7 tỷ USD';
  t.is(sentenceAt(text, text.indexOf('5 tỷ'), text.indexOf('5 tỷ') + 8), 'Năm 2022, "kim ngạch" đạt 5 tỷ USD.');
  t.is(sentenceAt(text, text.indexOf('7 tỷ'), text.indexOf('7 tỷ') + 8), 'Dòng mới 7 tỷ USD');
});

test('periods sort by their start, a year before its parts', (t) => {
  const periods = ['2021-Q2', '2021-07', '2020', '2021', '2021-H1', '2021-01', '2021-Q1'];
  t.deepEqual([...periods].sort(comparePeriods), ['2020', '2021', '2021-01', '2021-H1', '2021-Q1', '2021-Q2', '2021-07']);
});
