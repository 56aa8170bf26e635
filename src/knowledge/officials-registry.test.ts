import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { careerOf, findPersons, listOfficials, organizationKey } from './officials-registry.js';
import { openStore, type Store } from './store.js';
import { ARCHIVE, writeArchive, type ArticleSpec } from './test-archive.js';

const dirs: string[] = [];
test.after.always(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
async function storeOf(specs: ArticleSpec[] = ARCHIVE): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'baochi-registry-'));
  dirs.push(dir);
  writeArchive(join(dir, 'store.db'), specs);
  return openStore(join(dir, 'store.db'));
}

const UBND = 'Ủy ban nhân dân tỉnh Quảng Trị';

test('the archive: one row per person and position, a syndicated copy counted once', async (t) => {
  const store = await storeOf();
  t.deepEqual(listOfficials(store), [
    { person: 1, name: 'Lê Văn Hòa', title: 'Phó Chủ tịch', organizationFull: UBND, province: 'Quảng Trị', former: false,
      firstSeen: '2019-03-10', lastSeen: '2021-11-20', articles: 3, sources: ['baoquangtri.vn', 'quangtri.gov.vn'] },
    { person: 1, name: 'Lê Văn Hòa', title: 'Chủ tịch', organizationFull: UBND, province: 'Quảng Trị', former: false,
      firstSeen: '2022-02-15', lastSeen: '2023-04-05', articles: 2, sources: ['thanhnien.vn', 'vnexpress.net'] },
    { person: 2, name: 'Phạm Thị Lan', title: 'Giám đốc', organizationFull: 'Sở Y tế tỉnh Quảng Trị', province: 'Quảng Trị', former: false,
      firstSeen: '2021-11-20', lastSeen: '2022-02-15', articles: 2, sources: ['baoquangtri.vn', 'vnexpress.net'] },
    { person: 3, name: 'Trần Minh Tuấn', title: 'Giám đốc', organizationFull: 'Sở Tài chính tỉnh Quảng Trị', province: 'Quảng Trị', former: false,
      firstSeen: '2020-06-02', lastSeen: '2020-06-02', articles: 1, sources: ['quangtri.gov.vn'] },
    { person: 4, name: 'Trần Minh Tuấn', title: 'Giám đốc', organizationFull: 'Sở Tài chính tỉnh Ninh Bình', province: 'Ninh Bình', former: false,
      firstSeen: '2022-08-01', lastSeen: '2022-08-01', articles: 1, sources: ['baoninhbinh.org.vn'] },
  ]);
  store.close();
});

test('career in order; the tone-style and unmarked spellings are variants of one person', async (t) => {
  const store = await storeOf();
  const [hoa, lan] = findPersons(store);
  t.is(hoa!.career, 'Phó Chủ tịch UBND tỉnh (2019–2021) → Chủ tịch UBND tỉnh (2022–)');
  t.deepEqual(hoa!.variants, ['Lê Văn Hòa', 'Lê Văn Hoà']);
  t.deepEqual(lan!.variants, ['Phạm Thị Lan', 'Pham Thi Lan']);
  store.close();
});

test('queries: a name without diacritics, a province, an organization', async (t) => {
  const store = await storeOf();
  t.deepEqual(listOfficials(store, { name: 'tran minh tuan' }).map((r) => r.province), ['Quảng Trị', 'Ninh Bình']);
  t.deepEqual(listOfficials(store, { province: 'Ninh Bình' }).map((r) => r.person), [4]);
  t.deepEqual(listOfficials(store, { org: 'Sở Y tế' }).map((r) => r.name), ['Phạm Thị Lan']);
  t.deepEqual(listOfficials(store, { name: 'Hoà', org: 'ủy ban nhân dân' }).map((r) => r.title), ['Phó Chủ tịch', 'Chủ tịch']);
  t.deepEqual(listOfficials(store, { name: 'Nguyễn' }), []);
  store.close();
});

test('namesakes of two provinces become one person only when an article links their offices', async (t) => {
  const base = ARCHIVE.filter((a) => a.n !== 6 && a.n !== 7);
  const linking: ArticleSpec = {
    n: 20, site: 'baoninhbinh.org.vn', publishedAt: '2022-09-01T08:00:00+07:00', title: 'Điều động cán bộ', lead: 'Quyết định điều động.',
    text: 'Ông Trần Minh Tuấn, nguyên Giám đốc Sở Tài chính tỉnh Quảng Trị, nay là Giám đốc Sở Tài chính tỉnh Ninh Bình, nhận quyết định.',
    officials: [{ name: 'Trần Minh Tuấn', positions: [
      { title: 'Giám đốc', organization: 'Sở Tài chính', organizationFull: 'Sở Tài chính tỉnh Quảng Trị', text: 'nguyên Giám đốc Sở Tài chính tỉnh Quảng Trị', former: true },
      { title: 'Giám đốc', organization: 'Sở Tài chính', organizationFull: 'Sở Tài chính tỉnh Ninh Bình', text: 'Giám đốc Sở Tài chính tỉnh Ninh Bình' }] }],
    figures: [],
  };
  const store = await storeOf([...base, linking]);
  const tuan = findPersons(store, { name: 'Trần Minh Tuấn' });
  t.is(tuan.length, 1);
  t.deepEqual(tuan[0]!.rows.map((r) => [r.organizationFull, r.former, r.articles]), [
    ['Sở Tài chính tỉnh Quảng Trị', false, 1],
    ['Sở Tài chính tỉnh Ninh Bình', false, 2],
    ['Sở Tài chính tỉnh Quảng Trị', true, 1],
  ]);
  t.is(tuan[0]!.career, 'Giám đốc Sở Tài chính tỉnh Quảng Trị (2020) → Giám đốc Sở Tài chính tỉnh Ninh Bình (2022–)');
  store.close();
});

test('a title without organization joins the one person holding it, not one of two', async (t) => {
  const bare = (n: number, name: string): ArticleSpec => ({
    n, site: 'vtv.vn', publishedAt: '2023-01-02T08:00:00+07:00', title: 'Tin ngắn', lead: 'Tin ngắn.',
    text: `Giám đốc ${name} phát biểu tại buổi lễ.`, officials: [{ name, positions: [{ title: 'Giám đốc', organization: '', organizationFull: '', text: 'Giám đốc' }] }], figures: [],
  });
  const store = await storeOf([...ARCHIVE, bare(30, 'Phạm Thị Lan'), bare(31, 'Trần Minh Tuấn')]);
  t.is(findPersons(store, { name: 'Phạm Thị Lan' }).length, 1, 'one Giám đốc of that name: joined');
  t.is(findPersons(store, { name: 'Trần Minh Tuấn' }).length, 3, 'two of that name: the bare title stays apart');
  store.close();
});

test('careerOf: open end on the last office, one year when first and last agree, undated last', (t) => {
  t.is(careerOf([
    { label: 'Chủ tịch UBND tỉnh', firstSeen: '2022-01-01', lastSeen: '2024-05-01' },
    { label: 'Phó Chủ tịch UBND tỉnh', firstSeen: '2019-02-01', lastSeen: '2019-12-01' },
    { label: 'Bí thư Huyện ủy', firstSeen: null, lastSeen: null },
  ]), 'Phó Chủ tịch UBND tỉnh (2019) → Chủ tịch UBND tỉnh (2022–) → Bí thư Huyện ủy');
  t.is(careerOf([
    { label: 'Phó Chủ tịch UBND tỉnh', firstSeen: '2025-01-14', lastSeen: '2025-01-14' },
    { label: 'Ủy viên Ban Thường vụ Tỉnh ủy', firstSeen: '2025-01-14', lastSeen: '2025-01-14' },
    { label: 'Phó Bí thư Tỉnh ủy', firstSeen: '2025-06-01', lastSeen: '2025-09-01' },
  ]), 'Phó Chủ tịch UBND tỉnh + Ủy viên Ban Thường vụ Tỉnh ủy (2025) → Phó Bí thư Tỉnh ủy (2025–)', 'held together: one step');
});

test('organizationKey: the level word before the province goes, other words stay', (t) => {
  t.is(organizationKey('Sở Y tế tỉnh Nghệ An'), organizationKey('Sở Y tế Nghệ An'));
  t.is(organizationKey('Tỉnh ủy Nghệ An'), 'tỉnh uỷ nghệ an');
  t.not(organizationKey('Sở Y tế tỉnh Nghệ An'), organizationKey('Sở Y tế tỉnh Hà Tĩnh'));
});
