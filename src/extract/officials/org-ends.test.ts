/**
 * Where an organization ends is a question of words (issue #13): never inside a word, lower-case
 * words of a name read to where a noun phrase ends, fields joined by a dash. Sentences written for
 * these tests.
 */
import test from 'ava';
import { findOfficials } from '../officials.js';

const positionOf = (sentence: string): string[] => findOfficials(sentence).flatMap((o) => o.positions.map((p) => `${o.name} · ${p.text}`));

test('a name never ends inside a word', (t) => {
  t.deepEqual(positionOf('Cục trưởng Cục Hàng không Việt Nam Đinh Văn Thắng cho biết sân bay sẽ mở rộng.'),
    ['Đinh Văn Thắng · Cục trưởng Cục Hàng không Việt Nam']);
  t.deepEqual(positionOf('Ông Lê Văn Bảy, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện, phát biểu tại hội nghị.'),
    ['Lê Văn Bảy · Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện']);
  t.deepEqual(positionOf('Ông Hà Minh Tâm, Phó Cục trưởng Cục Khảo thí và Kiểm định chất lượng cho biết đề thi đã in xong.'),
    ['Hà Minh Tâm · Phó Cục trưởng Cục Khảo thí và Kiểm định chất lượng']);
});

test('lower-case words of a name, up to a level, a name, a mark or the verb', (t) => {
  const [o] = findOfficials('Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Nguyễn Văn Hải cho biết số ca sốt giảm.', { site: 'baobacninh.vn' });
  t.is(o!.name, 'Nguyễn Văn Hải');
  t.is(o!.positions[0]!.text, 'Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh');
  t.is(o!.positions[0]!.organizationFull, 'Trung tâm Kiểm soát bệnh tật tỉnh Bắc Ninh');
  t.deepEqual(positionOf('Ông Lê Văn Tám, Giám đốc Công ty TNHH MTV Cấp nước sạch số 2 cho biết giá nước không đổi.'),
    ['Lê Văn Tám · Giám đốc Công ty TNHH MTV Cấp nước sạch số 2']);
  t.deepEqual(positionOf('Ông Trần Văn Hải, Trưởng Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh cho biết đã thu hút 30 dự án.'),
    ['Trần Văn Hải · Trưởng Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh']);
});

test('fields joined by a dash, and an abbreviation in brackets, stay in the name', (t) => {
  t.deepEqual(positionOf('Theo ông Đỗ Văn Cường, Phó trưởng phòng Kinh tế - Hạ tầng huyện Nông Cống, huyện đã rà soát xe.'),
    ['Đỗ Văn Cường · Phó trưởng phòng Kinh tế - Hạ tầng huyện Nông Cống']);
  t.deepEqual(positionOf('Ông Lê Văn Hai, Trưởng đoàn Đại biểu Quốc hội (ĐBQH) tỉnh Nghệ An cho biết.'),
    ['Lê Văn Hai · Trưởng đoàn Đại biểu Quốc hội (ĐBQH) tỉnh Nghệ An']);
});

test('negative: the predicate is not part of the name', (t) => {
  t.deepEqual(positionOf('Ông Hà Văn Sáu, Chủ tịch Hội Nhà văn Việt Nam đánh giá cao tác phẩm mới.'),
    ['Hà Văn Sáu · Chủ tịch Hội Nhà văn Việt Nam']);
  t.deepEqual(positionOf('Giám đốc Sở Y tế Nguyễn Văn Hùng kiểm tra công tác phòng dịch tại huyện.'),
    ['Nguyễn Văn Hùng · Giám đốc Sở Y tế']);
  // a head, then the predicate in lower case: the centre named before, not "Trung tâm kiểm tra …"
  t.deepEqual(positionOf('Ông Vũ Văn Mười, Giám đốc Trung tâm kiểm tra công tác an toàn.'), ['Vũ Văn Mười · Giám đốc Trung tâm']);
});

test('negative: after lower-case words of a name, a place-like run names the body, not a person', (t) => {
  t.deepEqual(findOfficials('Đại diện Nhà máy xử lý nước thải Hồ Tây khẳng định chưa có đơn vị nào đấu nối.'), []);
});

test('negative: a place after a level takes no lower-case words', (t) => {
  t.deepEqual(positionOf('"Có thể máy bay đã hết nhiên liệu", Pablo Moreno, thị trưởng thị trấn San Lucas gần hiện trường, cho biết.'),
    ['Pablo Moreno · thị trưởng thị trấn San Lucas']);
});

test('"office, ông X, office": X states his own office', (t) => {
  t.deepEqual(positionOf('Ghi nhận ý kiến của đại diện Việt Nam, ông Tanaka, Trưởng ban tổ chức Giải cờ vua châu Á đã xin lỗi.'),
    ['Tanaka · Trưởng ban tổ chức Giải cờ vua châu Á']);
});

test('a unit number, an initial, a comma inside a ministry field', (t) => {
  t.deepEqual(positionOf('Cùng ngày, thiếu tướng Lê Văn Toàn, Tư lệnh Binh đoàn 15 (Bộ Quốc phòng) đã ký quyết định.'),
    ['Lê Văn Toàn · Tư lệnh Binh đoàn 15']);
  t.deepEqual(positionOf('Mark Dowling, nhà phân tích tại Morgan J. Keller cho biết cổ phiếu sẽ tăng.'),
    ['Mark Dowling · nhà phân tích tại Morgan J. Keller']);
  t.deepEqual(positionOf('Ông Vũ Văn Quang, Giám đốc Sở Lao động, Thương binh và Xã hội Nam Định cho biết.'),
    ['Vũ Văn Quang · Giám đốc Sở Lao động, Thương binh và Xã hội Nam Định']);
});

test('negative: a number that goes on into a figure is not the unit\'s', (t) => {
  t.deepEqual(positionOf('Ông Lê Văn Toàn, Giám đốc Công ty Sông Hồng 12 công nhân đã nghỉ việc.'), ['Lê Văn Toàn · Giám đốc Công ty Sông Hồng']);
});

test('"về" inside a name before a capitalized field; not before lower-case words', (t) => {
  t.deepEqual(positionOf('Ông Kenji Mori, Giám đốc Viện Quốc gia về Khoa học và Công nghệ Nhật Bản nói.'),
    ['Kenji Mori · Giám đốc Viện Quốc gia về Khoa học và Công nghệ Nhật Bản']);
  t.deepEqual(positionOf('Ông Lê Văn An, Giám đốc Công ty Hoa Sen về việc này cho biết.'), ['Lê Văn An · Giám đốc Công ty Hoa Sen']);
});

test('"về" and a lower-case field inside a name, up to a mark; a quoted name after a head', (t) => {
  t.deepEqual(positionOf('Đại tá Lê Văn Thành, Phó cục trưởng cục CSĐT tội phạm về ma túy (C47) cho biết.'),
    ['Lê Văn Thành · Phó cục trưởng cục CSĐT tội phạm về ma túy']);
  t.deepEqual(positionOf('Ông Đỗ Văn Hoàng, Tổng giám đốc Công ty “Maple Food”, một công ty chuyên về đồ ăn nhanh.'),
    ['Đỗ Văn Hoàng · Tổng giám đốc Công ty “Maple Food”']);
});
