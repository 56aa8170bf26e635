/** Foreign names after an office or opening a clause, ranks and academic titles before a name. Sentences written for these tests. */
import test from 'ava';
import { findOfficials } from '../officials.js';
import { isVietnameseSyllable } from './syllables.js';

test('Vietnamese syllables by spelling', (t) => {
  t.deepEqual(['Nguyễn', 'Khuyến', 'Quỳnh', 'Hoài', 'Giáp', 'Kim'].map(isVietnameseSyllable), [true, true, true, true, true, true]);
  t.deepEqual(['Carlo', 'Irving', 'Nadella', 'Lou', 'Ngântại', 'Jong-un'].map(isVietnameseSyllable), [false, false, false, false, false, false]);
});

test('a foreign name right after an office', (t) => {
  t.deepEqual(findOfficials('Huấn luyện viên Marco Bellini cho biết đội sẽ đá tấn công.').map((o) => [o.name, o.positions[0]!.title]), [['Marco Bellini', 'Huấn luyện viên']]);
  t.deepEqual(findOfficials('Đồng minh của Tổng thống Park Min-seo bị điều tra.').map((o) => o.name), ['Park Min-seo']);
});

test('a foreign name opening a clause, then a dash and the office', (t) => {
  const [o] = findOfficials('"Chưa phải lúc lo ngại", Helena Ward - Giám đốc phân tích tại Brightwater Capital cho biết.');
  t.is(o!.name, 'Helena Ward');
  t.is(o!.positions[0]!.text, 'Giám đốc phân tích tại Brightwater Capital');
});

test('an academic title or a rank before the name', (t) => {
  const [a] = findOfficials('Giáo sư Tom Harlow, trưởng Khoa Hô hấp Bệnh viện Hoàng gia Sydney cảnh báo người bệnh.');
  t.deepEqual([a!.name, a!.positions[0]!.organizationFull], ['Tom Harlow', 'Khoa Hô hấp Bệnh viện Hoàng gia Sydney']);
  const [b] = findOfficials('Đại tá Nguyễn Văn Hùng, Trưởng Công an huyện Gia Lâm cho biết vụ việc đang được điều tra.');
  t.deepEqual([b!.name, b!.positions[0]!.text], ['Nguyễn Văn Hùng', 'Trưởng Công an huyện Gia Lâm']);
  const [c] = findOfficials('PGS.TS Lê Minh Khoa – Viện trưởng Viện Cơ điện Nông nghiệp và Công nghệ cho biết.');
  t.deepEqual([c!.name, c!.positions[0]!.text], ['Lê Minh Khoa', 'Viện trưởng Viện Cơ điện Nông nghiệp và Công nghệ']);
});

test('negative: a club, a show, a glued word are no foreign names', (t) => {
  t.deepEqual(findOfficials('Trên cương vị HLV Bayern Munich, Pep Guardiola từng thua 0-3.').map((o) => o.name), []);
  t.deepEqual(findOfficials('Ca sĩ Tùng Dương, HLV X Factor 2016, nhắn nhủ các thí sinh.'), []);
  t.deepEqual(findOfficials('Toàn văn phát biểu của Chủ tịch Quốc hội Nguyễn Thị Kim Thoatại đây.'), []);
});

test('a foreign holder of an office written alone: no Vietnamese body guessed', (t) => {
  const [o] = findOfficials('Người dân phản đối chính sách của chính quyền thủ tướng Viktor Orban.');
  t.deepEqual([o!.name, o!.positions[0]!.organization, o!.positions[0]!.organizationFull], ['Viktor Orban', null, null]);
  const [v] = findOfficials('Thủ tướng Nguyễn Xuân Phúc chủ trì phiên họp.');
  t.is(v!.positions[0]!.organizationFull, 'Chính phủ');
});

test('negative: a country after a foreign office, a sentence-opening "Theo"', (t) => {
  t.deepEqual(findOfficials('Phó Thủ tướng Lê Văn Minh tiếp Bộ trưởng Ngoại giao Đông Uruguay.').map((o) => o.name), ['Lê Văn Minh']);
  t.deepEqual(findOfficials('Giá vàng giảm.Theo Mark Dowling, nhà phân tích của Redwood Partners cho rằng giá sẽ hồi phục.').map((o) => o.name), ['Mark Dowling']);
});
