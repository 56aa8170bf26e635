/** The provinces lexicon: 63 units before 1 July 2025, 34 after, merges, hosts, and the article's place. */
import test from 'ava';
import { officialsLexicon } from './lexicon.js';
import { findArticlePlace, provinceOfSite, provinceOn, provincesOn } from './places.js';
import { tokenize } from './tokens.js';

const byName = (name: string) => officialsLexicon().provinces.find((p) => p.name === name)!;

test('63 provinces and cities before 1 July 2025, 34 after (Nghị quyết 202/2025/QH15)', (t) => {
  t.is(provincesOn('2025-06-30').length, 63);
  t.is(provincesOn('2024-06-30').length, 63);
  t.is(provincesOn('2025-07-01').length, 34);
  t.is(provincesOn('2025-07-01').filter((p) => p.type === 'thành phố').length, 6);
});

test('Huế: a province until 2024, a centrally-run city from 1 January 2025', (t) => {
  t.true(provincesOn('2024-12-31').some((p) => p.name === 'Thừa Thiên Huế'));
  t.false(provincesOn('2025-01-01').some((p) => p.name === 'Thừa Thiên Huế'));
  t.is(provinceOn(byName('Thừa Thiên Huế'), '2025-03-01').name, 'Huế');
});

test('every merged unit names a successor that exists after the merge', (t) => {
  const after = new Set(provincesOn('2025-07-01').map((p) => p.name));
  for (const p of officialsLexicon().provinces.filter((q) => q.until)) {
    t.true(after.has(provinceOn(p, '2025-07-01').name), p.name);
  }
});

test('merges: Bắc Giang → Bắc Ninh, Hà Nam and Nam Định → Ninh Bình, Bình Dương → Hồ Chí Minh', (t) => {
  t.is(provinceOn(byName('Bắc Giang'), '2025-07-01').name, 'Bắc Ninh');
  t.is(provinceOn(byName('Bắc Giang'), '2025-06-30').name, 'Bắc Giang');
  t.is(provinceOn(byName('Hà Nam'), '2026-01-10').name, 'Ninh Bình');
  t.is(provinceOn(byName('Nam Định'), '2026-01-10').name, 'Ninh Bình');
  t.is(provinceOn(byName('Bình Dương'), '2025-08-01').name, 'Hồ Chí Minh');
  t.is(provinceOn(byName('Bắc Ninh'), '2026-01-10').name, 'Bắc Ninh');
});

test('publisher hosts name their province', (t) => {
  t.is(provinceOfSite('baobacninh.vn')?.name, 'Bắc Ninh');
  t.is(provinceOfSite('www.baothanhhoa.vn')?.name, 'Thanh Hóa');
  t.is(provinceOfSite('sct.bacninh.gov.vn')?.name, 'Bắc Ninh');
  t.is(provinceOfSite('snnptnt.thaibinh.gov.vn')?.name, 'Thái Bình');
  t.is(provinceOfSite('moit.gov.vn'), null);
  t.is(provinceOfSite('sct.example.gov.vn'), null);
  t.is(provinceOfSite('baodaklak.vn')?.name, 'Đắk Lắk');
  t.is(provinceOfSite('quangninh.gov.vn')?.name, 'Quảng Ninh');
  t.is(provinceOfSite('baodautu.vn'), null);
  t.is(provinceOfSite('vnexpress.net'), null);
});

test('the article place: written after "tỉnh" beats the host; the host beats a passing mention', (t) => {
  const fields = [tokenize('Đoàn công tác của UBND tỉnh Lạng Sơn làm việc tại Hà Nội.')];
  t.is(findArticlePlace(fields, { site: 'baobacninh.vn' })?.name, 'Lạng Sơn');
  const passing = [tokenize('Hàng hóa được chở từ Hà Nội và Hải Phòng về kho.')];
  t.is(findArticlePlace(passing, { site: 'baobacninh.vn' })?.name, 'Bắc Ninh');
  t.is(findArticlePlace(passing, {}), null);
});
