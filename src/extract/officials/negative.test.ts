/**
 * Text that must yield no official (citizens, victims, reporters, athletes, offices without a
 * holder, places that look like names), and names that look like places, which must stay names.
 * Sentences written for these tests.
 */
import test from 'ava';
import { findOfficials } from '../officials.js';

const none = [
  'Bà Nguyễn Thị Hoa, trú tại xã Tân Lập, cho biết gia đình bà bị thiệt hại nặng sau trận lũ.',
  'Anh Trần Văn Nam, một người dân ở phường 5, chia sẻ niềm vui khi được cấp sổ đỏ.',
  'Trao đổi với phóng viên Báo Lao Động, ông Lê Văn Cường cho biết sẽ khởi kiện.',
  'Vận động viên Nguyễn Thị Oanh giành huy chương vàng nội dung 5.000 m.',
  'Hà Nam, Nam Định và Thái Bình là những tỉnh có sản lượng lúa cao nhất vùng.',
  'Bà Lê Thị Vy, chủ một quán cà phê ở Đà Nẵng, cho biết giá cà phê nhân tăng mạnh.',
  'Ông Lâm Quang Toàn (chủ một xưởng mộc) cho biết giá gỗ đã tăng gấp đôi.',
  'Theo Thủ tướng Chính phủ, các bộ cần khẩn trương ban hành văn bản hướng dẫn.',
  'Nạn nhân là anh Lò Văn Páo, trú tại bản Huổi Lóng, xã Chiềng Sơn.',
  'Sở Công Thương Bắc Ninh phối hợp với Tổng cục Quản lý thị trường kiểm tra các cửa hàng.',
  'Ông Trần Văn Hải (SN 1978, trú phường Hạ Long) bị phạt 20 triệu đồng.',
  'Căn cứ Quyết định 1234/QĐ-TTg của Thủ tướng Chính phủ, tỉnh đã giao vốn.',
  'Đại diện Sở Y tế cho biết bệnh viện đã đủ thuốc.',
  'Ông chủ Hoa Sen cho biết cửa hàng sẽ mở cửa xuyên Tết.',
  'Chuyên gia kinh tế Lê Đăng Hòa cho rằng lãi suất sẽ còn giảm.',
  'Tại Lâm Đồng, Phó Chủ tịch UBND tỉnh đã kiểm tra công tác phòng chống cháy rừng.',
  'Hội nghị có sự tham dự của Giám đốc Sở Tài chính và đại diện các ngành.',
  'Anh Nguyễn Văn Hòa, công nhân Công ty Samsung Display, cho biết lương tăng 5%.',
  'Chị Mai, một tiểu thương ở chợ Đồng Xuân, cho biết sức mua giảm.',
  'Giám đốc Công ty cho biết sẽ tuyển thêm 200 lao động.',
  'Quảng Ninh, Hải Phòng, Thanh Hóa đã chủ động phương án ứng phó bão.',
];

for (const sentence of none) {
  test(`no official: ${sentence.slice(0, 60)}`, (t) => {
    t.deepEqual(findOfficials(sentence).map((o) => o.name), []);
  });
}

test('a full name containing a province ("Nguyễn Thái Bình") after a department', (t) => {
  const [o, ...rest] = findOfficials('Phó Giám đốc Sở Xây dựng Nguyễn Thái Bình cho biết công trình sẽ hoàn thành.');
  t.is(rest.length, 0);
  t.is(o!.name, 'Nguyễn Thái Bình');
  t.is(o!.positions[0]!.organization, 'Sở Xây dựng');
});

test('a province then a name: "UBND tỉnh Hà Nam Trương Quốc Huy"', (t) => {
  const [o] = findOfficials('Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy kiểm tra đê điều.');
  t.is(o!.name, 'Trương Quốc Huy');
  t.is(o!.positions[0]!.organizationFull, 'Ủy ban nhân dân tỉnh Hà Nam');
});

test('a name that is a place ("Hà Nam Ninh") is a name after an honorific', (t) => {
  const [o] = findOfficials('Ông Hà Nam Ninh, Giám đốc Công ty Xây dựng Sông Đà, cho biết dự án chậm tiến độ.');
  t.is(o!.name, 'Hà Nam Ninh');
  t.is(o!.positions[0]!.text, 'Giám đốc Công ty Xây dựng Sông Đà');
});

test('a place at the start of a sentence is no person, the official after it is', (t) => {
  const officials = findOfficials('Tại Đồng Tháp, Giám đốc Sở Y tế Nguyễn Văn Bé cho biết số ca sốt xuất huyết giảm.');
  t.deepEqual(officials.map((o) => o.name), ['Nguyễn Văn Bé']);
  t.is(officials[0]!.positions[0]!.organizationFull, 'Sở Y tế tỉnh Đồng Tháp');
});

test('a school or ward bearing a historical name is no person', (t) => {
  t.deepEqual(findOfficials('Hiệu trưởng Trường THPT Trần Phú cho biết năm nay trường tuyển 600 học sinh.'), []);
  const [o] = findOfficials('Hiệu trưởng Trường THPT Chu Văn An Nguyễn Thị Lan Hương cho biết trường tuyển 600 học sinh.');
  t.is(o!.name, 'Nguyễn Thị Lan Hương');
  t.is(o!.positions[0]!.organization, 'Trường THPT Chu Văn An');
});

test('a school bearing a historical name absent from namesakes.tsv is no person either', (t) => {
  t.deepEqual(findOfficials('Hiệu trưởng Trường THCS Ngô Sĩ Liên cho biết trường có 900 học sinh.'), []);
  const [o] = findOfficials('Hiệu trưởng Trường THCS Lê Lợi Trần Văn Bốn cho biết trường có 900 học sinh.');
  t.is(o!.name, 'Trần Văn Bốn');
  t.is(o!.positions[0]!.organizationFull, 'Trường Trung học cơ sở Lê Lợi');
});

test('a country or a province after a body is no person', (t) => {
  t.deepEqual(findOfficials('Thống đốc Ngân hàng Trung ương Ba Lan cũng có mặt tại buổi lễ.'), []);
  const officials = findOfficials('Ông Dương Văn Trạch, Ủy viên Thường vụ Tỉnh ủy Giang Tô, Bí thư Thành ủy Nam Kinh bị điều tra.');
  t.deepEqual(officials.map((o) => o.name), ['Dương Văn Trạch']);
  t.deepEqual(officials[0]!.positions.map((p) => p.text), ['Ủy viên Thường vụ Tỉnh ủy Giang Tô', 'Bí thư Thành ủy Nam Kinh']);
});

test('a verb after a name that ends with a country is not part of it', (t) => {
  const [o] = findOfficials('Bà Nguyễn Thị Ngọc Hà, Phó Chủ tịch Hội Nhi khoa Việt Nam cảm thán: thật đáng buồn.');
  t.is(o!.positions[0]!.text, 'Phó Chủ tịch Hội Nhi khoa Việt Nam');
});
