import test from 'ava';
import { findFigures } from './figures.js';
import type { Figure } from '../record.js';

const PUBLISHED = '2026-03-07T08:00:00+07:00';

function figuresOf(text: string): Figure[] {
  const found = findFigures(text, { publishedAt: PUBLISHED });
  for (const f of found) {
    if (text.slice(f.span[0], f.span[1]) !== f.text) throw new Error(`span does not point at "${f.text}"`);
  }
  return found;
}

const byText = (figures: Figure[], text: string): Figure => {
  const f = figures.find((x) => x.text === text);
  if (!f) throw new Error(`no figure "${text}" in ${JSON.stringify(figures.map((x) => x.text))}`);
  return f;
};

// A provincial year-end report, written for this test.
const REPORT = 'Năm 2023, sản xuất công nghiệp của tỉnh tăng trưởng khá. Giá trị sản xuất công nghiệp đạt 845,6 nghìn tỷ đồng, '
  + 'tăng 7,2% so với năm 2022. Kim ngạch xuất khẩu đạt 12.350 triệu USD, trong đó, kim ngạch xuất khẩu hàng dệt may đạt '
  + '2.140 triệu USD tăng 5,1%. Thu ngân sách ước đạt 18.400 tỷ đồng.\n\nNăm 2024, ngành Công Thương phấn đấu giá trị sản '
  + 'xuất công nghiệp đạt 920.000 tỷ đồng. Tổng mức bán lẻ hàng hóa đạt 95.000 tỷ đồng.';

test('a year-end report: values, units, metrics, status, change and period', (t) => {
  const f = figuresOf(REPORT);
  t.deepEqual(f.map((x) => x.text), ['845,6 nghìn tỷ đồng', '7,2%', '12.350 triệu USD', '2.140 triệu USD', '5,1%', '18.400 tỷ đồng', '920.000 tỷ đồng', '95.000 tỷ đồng']);
  const gtsx = byText(f, '845,6 nghìn tỷ đồng');
  t.is(gtsx.value, 845600000000000);
  t.is(gtsx.unit, 'VND');
  t.is(gtsx.metric, 'Giá trị sản xuất công nghiệp');
  t.is(gtsx.status, 'actual');
  t.is(gtsx.period, '2023');
  const growth = byText(f, '7,2%');
  t.deepEqual(growth.change, { direction: 'up', reference: 'năm 2022' });
  t.is(growth.metric, 'Giá trị sản xuất công nghiệp', 'the metric carries into the coordinated clause');
  t.is(byText(f, '12.350 triệu USD').value, 12350000000);
  t.is(byText(f, '2.140 triệu USD').metric, 'kim ngạch xuất khẩu hàng dệt may');
  t.deepEqual(byText(f, '5,1%').change, { direction: 'up', reference: null });
  t.is(byText(f, '18.400 tỷ đồng').status, 'estimate');
  const plan = byText(f, '920.000 tỷ đồng');
  t.is(plan.status, 'target');
  t.is(plan.metric, 'giá trị sản xuất công nghiệp');
  t.is(plan.period, '2024');
  t.is(byText(f, '95.000 tỷ đồng').status, 'target', 'a plan stated earlier in the paragraph carries');
  t.is(byText(f, '95.000 tỷ đồng').period, '2024');
});

test('price ranges, rates and changes with their reference', (t) => {
  const f = figuresOf('Sáng nay, giá vàng miếng được niêm yết ở mức 82,5-84,7 triệu đồng/lượng (mua - bán), giảm 300.000 đồng/lượng so với phiên hôm qua. Dầu Brent giao dịch quanh 78,4 USD/thùng, còn dầu WTI vượt 75 USD một thùng.');
  const pair = byText(f, '82,5-84,7 triệu đồng/lượng');
  t.is(pair.value, 82500000);
  t.deepEqual(pair.range, { from: 82500000, to: 84700000 });
  t.is(pair.unit, 'VND/lượng');
  const drop = byText(f, '300.000 đồng/lượng');
  t.deepEqual(drop.change, { direction: 'down', reference: 'phiên hôm qua' });
  t.is(byText(f, '78,4 USD/thùng').approx, 'about');
  const wti = byText(f, '75 USD một thùng');
  t.is(wti.unit, 'USD/thùng');
  t.is(wti.approx, 'over');
  t.is(wti.metric, 'dầu WTI');
});

test('approximations, ceilings and floors', (t) => {
  const f = figuresOf('Có khoảng 1.200 người tham dự, hơn 35% là nữ. Mức phạt tối đa 50 triệu đồng; hộ có doanh thu từ 100 triệu đồng trở xuống được miễn thuế. Vi phạm bị phạt tới 40 triệu đồng. Diện tích không vượt quá 2 lần hạn mức. Người lao động được nghỉ ít nhất 3 tháng. Giá vé dưới 500.000 đồng.');
  t.deepEqual(f.map((x) => [x.text, x.value, x.unit, x.approx]), [
    ['1.200 người', 1200, 'người', 'about'],
    ['35%', 35, '%', 'over'],
    ['50 triệu đồng', 50000000, 'VND', 'at_most'],
    ['100 triệu đồng', 100000000, 'VND', 'at_most'],
    ['40 triệu đồng', 40000000, 'VND', 'at_most'],
    ['2 lần', 2, 'lần', 'at_most'],
    ['3 tháng', 3, 'tháng', 'at_least'],
    ['500.000 đồng', 500000, 'VND', 'under'],
  ]);
  t.is(byText(f, '50 triệu đồng').status, null, 'a penalty rule is not a reported fact');
});

test('"tăng tới" is emphasis, not a ceiling; "tăng lên" is a new level, not a change', (t) => {
  const f = figuresOf('Cổ phiếu này tăng tới 240% sau ba tháng. Giá phòng tăng lên khoảng 700.000 đồng.');
  t.is(byText(f, '240%').approx, null);
  t.deepEqual(byText(f, '240%').change, { direction: 'up', reference: null });
  t.is(byText(f, '700.000 đồng').change, null);
  t.is(byText(f, '700.000 đồng').approx, 'about');
});

test('units: counted nouns, area, power, energy, mass, rates, percentage points, multiples', (t) => {
  const f = figuresOf('Tỉnh có 1.250 doanh nghiệp, đón 3.400 lượt khách, bàn giao 28 căn hộ trong 15 ngày; dự án rộng 12.000 ha, công suất 450 MW, sản lượng 1,2 tỷ kWh, xuất 35.000 tấn gạo, giá thuê 500.000 đồng một tháng. Lãi suất giảm 0,5 điểm phần trăm. Doanh thu gấp 3 lần năm trước.');
  t.deepEqual(f.map((x) => [x.value, x.unit]), [
    [1250, 'doanh nghiệp'], [3400, 'lượt khách'], [28, 'căn hộ'], [15, 'ngày'], [12000, 'ha'], [450, 'MW'],
    [1200000000, 'kWh'], [35000, 't'], [500000, 'VND/tháng'], [0.5, 'pp'], [3, 'lần'],
  ]);
  t.deepEqual(byText(f, '0,5 điểm phần trăm').change, { direction: 'down', reference: null });
  t.deepEqual(byText(f, '3 lần').change, { direction: 'up', reference: 'năm trước' });
  t.is(byText(f, '15 ngày').change, null);
});

test('words, levels and periods', (t) => {
  const f = figuresOf('Vé vào cửa giá bảy mươi nghìn đồng, người mua sau hai năm mới dùng hết. Ngân hàng sẽ nâng tỷ lệ dự trữ từ 5% lên 8%. Trong quý I/2024, doanh thu đạt 1.500 tỷ đồng. 6 tháng đầu năm 2024, lợi nhuận đạt 320 tỷ đồng. Năm nay, sản lượng lúa ước đạt 4,2 triệu tấn.');
  t.deepEqual(f.map((x) => x.text), ['bảy mươi nghìn đồng', '5%', '8%', '1.500 tỷ đồng', '320 tỷ đồng', '4,2 triệu tấn'], '"hai năm" and "6 tháng đầu năm" are not figures');
  t.is(byText(f, 'bảy mươi nghìn đồng').value, 70000);
  t.is(byText(f, '5%').status, 'actual');
  t.is(byText(f, '5%').approx, null);
  t.is(byText(f, '8%').status, 'target');
  t.is(byText(f, '8%').metric, 'tỷ lệ dự trữ');
  t.is(byText(f, '1.500 tỷ đồng').period, '2024-Q1');
  t.is(byText(f, '320 tỷ đồng').period, '2024-H1');
  t.is(byText(f, '4,2 triệu tấn').period, '2026', '"năm nay" is the publication year');
  t.is(byText(f, '4,2 triệu tấn').status, 'estimate');
});

test('a scale word written once serves both ends of a range', (t) => {
  const f = figuresOf('Giá phòng dao động từ 1,2 đến 1,8 triệu đồng/đêm, tiền cọc 2 - 3 triệu đồng, phí dịch vụ 750.000 đồng đến 1 triệu đồng.');
  t.deepEqual(f.map((x) => [x.value, x.range, x.unit]), [
    [1200000, { from: 1200000, to: 1800000 }, 'VND/đêm'],
    [2000000, { from: 2000000, to: 3000000 }, 'VND'],
    [750000, { from: 750000, to: 1000000 }, 'VND'],
  ]);
});

test('an index level without a written unit is in points', (t) => {
  const f = figuresOf('Chỉ số VN-Index đóng cửa ở mức 1.284,6.');
  t.is(f.length, 1);
  t.is(f[0]!.value, 1284.6);
  t.is(f[0]!.unit, 'điểm');
});

test('spelled-out numbers: money only by default, every unit on request', (t) => {
  t.deepEqual(findFigures('Anh ấy làm việc ở đây hai năm.'), []);
  const all = findFigures('Anh ấy làm việc ở đây hai năm.', { spelledNumbers: 'all' });
  t.deepEqual(all.map((x) => [x.text, x.value, x.unit]), [['hai năm', 2, 'năm']]);
  t.deepEqual(findFigures('Một bó hoa giá năm trăm nghìn đồng.', { spelledNumbers: 'none' }), []);
});

test('"tổng số" is a count, "số" alone is a label', (t) => {
  const f = figuresOf('Tổng số 1.250 doanh nghiệp đã nộp hồ sơ tại phòng số 5 tầng 3.');
  t.deepEqual(f.map((x) => [x.text, x.value, x.unit]), [['1.250 doanh nghiệp', 1250, 'doanh nghiệp']]);
});

test('English marks when unambiguous, shorthand money', (t) => {
  const f = figuresOf('The fund raised 1,127.9 USD; vé 100K đồng, nhà giá 2t3 đồng.');
  t.deepEqual(f.map((x) => [x.value, x.unit]), [[1127.9, 'USD'], [100000, 'VND'], [2300000000, 'VND']]);
});

test('"triệu đồng tiền nhà trọ" is money; "6 đồng tiền" is a count of currencies', (t) => {
  const f = figuresOf('Công nhân được hỗ trợ 1,5 triệu đồng tiền nhà trọ; chỉ số đo với 6 đồng tiền chủ chốt.');
  t.deepEqual(f.map((x) => [x.text, x.value, x.unit]), [['1,5 triệu đồng', 1500000, 'VND'], ['6 đồng tiền', 6, 'đồng tiền']]);
});
