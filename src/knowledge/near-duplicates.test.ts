import test from 'ava';
import { duplicateOf, findNearDuplicates, minhash, overlap, shingles, templateFree } from './near-duplicates.js';

// Invented stories, long enough to carry 40 shingles or more.
const story = 'Sáng 12/5, Sở Nông nghiệp tỉnh Hà Tĩnh tổ chức hội nghị bàn giải pháp cứu lúa xuân bị sâu cuốn lá tấn công '
  + 'trên diện rộng tại các huyện Can Lộc, Thạch Hà và Cẩm Xuyên. Theo báo cáo, gần ba nghìn héc-ta lúa đang trổ bông bị '
  + 'nhiễm sâu, trong đó hơn bốn trăm héc-ta nhiễm nặng. Ngành nông nghiệp đã cấp thuốc miễn phí cho các hợp tác xã, cử cán '
  + 'bộ kỹ thuật xuống từng cánh đồng hướng dẫn bà con phun đúng thời điểm và đúng liều lượng để tránh lãng phí.';
const other = 'Chiều 3/6, Công an thành phố Đà Nẵng cho biết đã tạm giữ hai thanh niên chạy xe máy tốc độ cao, lạng lách trên '
  + 'cầu Rồng vào rạng sáng chủ nhật. Hai người khai nhận quay video để đăng lên mạng xã hội nhằm câu lượt xem. Cơ quan công '
  + 'an đã lập biên bản, tạm giữ phương tiện và mời gia đình đến làm việc, đồng thời đề nghị nhà trường phối hợp giáo dục.';

test('shingles are distinct and sorted; the same text gives the same ids whatever its case or tone style', (t) => {
  const a = shingles('Hòa Bình hòa bình hòa bình hòa bình hòa bình');
  const b = shingles('HOÀ BÌNH hoà bình hoà bình hoà bình hoà bình');
  t.deepEqual([...a], [...b]);
  t.is(a.length, 2); // "hoà bình hoà bình hoà" and "bình hoà bình hoà bình"
  t.true(a.every((x, i) => i === 0 || a[i - 1]! < x));
});

test('overlap counts the shared ids of two sorted arrays; min-hash signatures of one set are equal', (t) => {
  t.is(overlap(Uint32Array.from([1, 3, 5, 9]), Uint32Array.from([2, 3, 9, 10])), 2);
  t.deepEqual([...minhash(shingles(story))], [...minhash(shingles(story))]);
});

test('a reprint with a new credit line is a copy; another story is not', (t) => {
  const pairs = findNearDuplicates([
    { id: 'a', text: story, site: 'baohatinh.vn' },
    { id: 'b', text: `(Theo báo Hà Tĩnh) ${story.replace('Sáng 12/5', 'Ngày 12/5')}`, site: 'dantri.com.vn' },
    { id: 'c', text: other, site: 'dantri.com.vn' },
  ]);
  t.is(pairs.length, 1);
  t.is(pairs[0]!.a, 'a');
  t.is(pairs[0]!.b, 'b');
  t.true(pairs[0]!.jaccard > 0.8);
  t.false(pairs[0]!.contained);
});

test('a trimmed reprint is contained in the longer story and maps to it, even when published first', (t) => {
  const first = story.slice(0, story.indexOf(' Ngành nông nghiệp'));
  const docs = [{ id: 'short', text: first, site: 'x.vn' }, { id: 'long', text: `${story} ${other}`, site: 'y.vn' }];
  const pairs = findNearDuplicates(docs);
  t.is(pairs.length, 1);
  t.true(pairs[0]!.contained);
  t.is(pairs[0]!.a, 'short');
  const map = duplicateOf(['short', 'long'], pairs, (a) => (a === 'short' ? -1 : 1));
  t.deepEqual([...map], [['short', 'long']]);
});

test('stories of one series share its standing paragraph: the paragraph is a template, they are not copies', (t) => {
  const blurb = 'Chương trình Mái ấm cho em do báo phối hợp cùng quỹ từ thiện tổ chức từ ngày 1/6 đến ngày 30/9, mỗi tuần giới '
    + 'thiệu hoàn cảnh một học sinh nghèo vượt khó, bạn đọc có thể ủng hộ qua tài khoản của quỹ hoặc đến trực tiếp tòa soạn.';
  const entries = ['Em Lò Văn Sáng ở Điện Biên đi bộ mười cây số tới trường mỗi ngày.',
    'Chị em Hà và Mai ở Quảng Ngãi nuôi mẹ ốm, vẫn đứng đầu lớp nhiều năm liền.',
    'Cậu bé Nguyễn Văn Tý ở Cà Mau chèo xuồng đi học qua con kênh dài.']
    .map((e, i) => ({ id: `e${i}`, text: `${e} ${blurb}`, site: 'series.vn' }));
  t.deepEqual(findNearDuplicates(entries), []);
  // the same entries without the template rule would be copies: the blurb is most of each text
  t.true(findNearDuplicates(entries, { maxSiteFrequency: 1000, minShingles: 5 }).length > 0);
});

test('templateFree drops ids found in too many texts or in three texts of one site', (t) => {
  const sets = [[1, 2, 3], [1, 2, 4], [1, 5, 6], [7, 2]].map((a) => Uint32Array.from(a));
  t.deepEqual(templateFree(sets, 2).map((s) => [...s]), [[3], [4], [5, 6], [7]]); // 1 and 2 are in three texts
  t.deepEqual(templateFree(sets, 10, ['s', 's', 's', 't']).map((s) => [...s]), [[2, 3], [2, 4], [5, 6], [7, 2]]);
});

test('duplicateOf: every copy maps to the earliest member of its story', (t) => {
  const pairs = [{ a: 'x', b: 'y', jaccard: 0.9, containment: 0.95, whole: 0.9, contained: false },
    { a: 'y', b: 'z', jaccard: 0.8, containment: 0.9, whole: 0.8, contained: false }];
  const order = ['z', 'x', 'y'];
  const map = duplicateOf(['x', 'y', 'z'], pairs, (a, b) => order.indexOf(a) - order.indexOf(b));
  t.deepEqual([...map].sort(), [['x', 'z'], ['y', 'z']]);
});
