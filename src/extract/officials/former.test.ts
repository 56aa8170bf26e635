/** Former holders (SCHEMA v1.1 Position.former): "nguyên", "cựu", "cố" before the office. Sentences written for these tests. */
import test from 'ava';
import { findOfficials } from '../officials.js';

test('"nguyên" before an office: former, the word in the text, not in the title', (t) => {
  const officials = findOfficials('Tới dự có Phó Chủ tịch nước Đặng Thị Hoa, nguyên Phó Chủ tịch nước Nguyễn Thị Lan – Chủ tịch Hội Khuyến học Việt Nam.');
  t.deepEqual(officials.map((o) => o.name), ['Đặng Thị Hoa', 'Nguyễn Thị Lan']);
  t.deepEqual(officials[0]!.positions.map((p) => [p.text, p.former]), [['Phó Chủ tịch nước', false]]);
  t.deepEqual(officials[1]!.positions.map((p) => [p.title, p.text, p.former]), [
    ['Phó Chủ tịch nước', 'nguyên Phó Chủ tịch nước', true],
    ['Chủ tịch', 'Chủ tịch Hội Khuyến học Việt Nam', false],
  ]);
});

test('a list "A - nguyên TGĐ X; B - nguyên Phó TGĐ Y"', (t) => {
  const officials = findOfficials('Khách mời gồm: ông Lê Văn Hà - nguyên TGĐ Tập đoàn Dầu khí; ông Trần Văn Sơn - nguyên Phó TGĐ Tổng công ty Hàng hải.');
  t.deepEqual(officials.map((o) => [o.name, o.positions[0]!.title, o.positions[0]!.organization, o.positions[0]!.former]), [
    ['Lê Văn Hà', 'TGĐ', 'Tập đoàn Dầu khí', true],
    ['Trần Văn Sơn', 'Phó TGĐ', 'Tổng công ty Hàng hải', true],
  ]);
});

test('"cựu" and "cố" before an office', (t) => {
  const [a] = findOfficials('Cựu Bộ trưởng Bộ Tài chính Vũ Văn Minh phát biểu tại hội thảo.');
  t.deepEqual([a!.name, a!.positions[0]!.text, a!.positions[0]!.former], ['Vũ Văn Minh', 'Cựu Bộ trưởng Bộ Tài chính', true]);
  const [b] = findOfficials('Bà là phu nhân cố Tổng Bí thư Lê Văn Thành.');
  t.deepEqual([b!.name, b!.positions[0]!.former], ['Lê Văn Thành', true]);
});

test('a historical name after an office is a former holder', (t) => {
  const [o] = findOfficials('Các đại biểu vào Lăng viếng Chủ tịch Hồ Chí Minh.');
  t.deepEqual([o!.name, o!.positions[0]!.title, o!.positions[0]!.organization, o!.positions[0]!.former], ['Hồ Chí Minh', 'Chủ tịch', null, true]);
});

test('negative: "giữ nguyên", a given name "Nguyên", a candidate', (t) => {
  const [a] = findOfficials('Tỉnh vẫn giữ nguyên Giám đốc Sở Y tế Lê Văn An sau đợt luân chuyển.');
  t.deepEqual([a!.name, a!.positions[0]!.text, a!.positions[0]!.former], ['Lê Văn An', 'Giám đốc Sở Y tế', false]);
  const [b] = findOfficials('Bà Trần Thị Kim Nguyên, Hiệu phó Trường Đại học Sao Mai cho biết.');
  t.deepEqual([b!.name, b!.positions[0]!.text, b!.positions[0]!.former], ['Trần Thị Kim Nguyên', 'Hiệu phó Trường Đại học Sao Mai', false]);
  t.deepEqual(findOfficials('Cuộc tranh luận giữa hai ứng cử viên Tổng thống Mỹ Jane Doyle và Mark Hobbs diễn ra tối qua.'), []);
});
