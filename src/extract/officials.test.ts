/**
 * findOfficials on sentences written for these tests (invented people, realistic press phrasing):
 * each pattern of the officials issue, with exact names, offices, organizations and spans.
 */
import test from 'ava';
import type { Official, Position } from '../record.js';
import { findOfficials, type OfficialOptions } from './officials.js';

/** Positions as "title | organization | organizationFull | text" lines, for exact comparison. */
const rows = (o: Official): string[] => o.positions.map((p: Position) => [p.title, p.organization, p.organizationFull, p.text].join(' | '));

/** Every mention points at its own text: the name, or a short form with its honorific. */
function mentionTexts(o: Official, text: string, options: OfficialOptions = {}): string[] {
  return o.mentions.map((m) => {
    const s = m.field === 'title' ? options.title! : m.field === 'lead' ? options.lead! : m.field === 'captions' ? options.captions![m.index!]! : text;
    return s.slice(m.span[0], m.span[1]);
  });
}

test('a list with ";": two officials, three positions, bare "tỉnh" and "Tỉnh ủy" resolved from the site', (t) => {
  const text = 'Dự hội nghị có các đồng chí: Lê Minh Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; Trần Thị Thu Hà, Phó Chủ tịch Thường trực HĐND tỉnh.';
  const [a, b, ...rest] = findOfficials(text, { site: 'baothanhhoa.vn' });
  t.is(rest.length, 0);
  t.is(a!.name, 'Lê Minh Hưng');
  t.deepEqual(rows(a!), [
    'Ủy viên | Ban Thường vụ Tỉnh ủy | Ban Thường vụ Tỉnh ủy Thanh Hóa | Ủy viên Ban Thường vụ Tỉnh ủy',
    'Phó Chủ tịch | UBND tỉnh | Ủy ban nhân dân tỉnh Thanh Hóa | Phó Chủ tịch UBND tỉnh',
  ]);
  t.is(b!.name, 'Trần Thị Thu Hà');
  t.deepEqual(rows(b!), ['Phó Chủ tịch Thường trực | HĐND tỉnh | Hội đồng nhân dân tỉnh Thanh Hóa | Phó Chủ tịch Thường trực HĐND tỉnh']);
  t.deepEqual(a!.mentions, [{ span: [text.indexOf('Lê Minh Hưng'), text.indexOf('Lê Minh Hưng') + 12] }]);
});

test('position then name, lower-case "phó", province named elsewhere in the article', (t) => {
  const text = 'UBND tỉnh Quảng Ninh tổ chức hội nghị. Phát biểu chỉ đạo, phó Chủ tịch UBND tỉnh Lê Minh Hưng đề nghị các sở tháo gỡ khó khăn.';
  const [o, ...rest] = findOfficials(text);
  t.is(rest.length, 0);
  t.is(o!.name, 'Lê Minh Hưng');
  t.deepEqual(rows(o!), ['phó Chủ tịch | UBND tỉnh | Ủy ban nhân dân tỉnh Quảng Ninh | phó Chủ tịch UBND tỉnh']);
});

test('caption form "Đồng chí X - office" with field and index', (t) => {
  const captions = ['Toàn cảnh hội nghị.', 'Đồng chí Nguyễn Văn Sơn - Giám đốc Sở Tài chính trao giấy khen cho các tập thể.'];
  const [o] = findOfficials('Hội nghị diễn ra sáng nay.', { captions, site: 'baoquangninh.vn' });
  t.is(o!.name, 'Nguyễn Văn Sơn');
  t.deepEqual(rows(o!), ['Giám đốc | Sở Tài chính | Sở Tài chính tỉnh Quảng Ninh | Giám đốc Sở Tài chính']);
  t.deepEqual(o!.mentions, [{ span: [9, 23], field: 'captions', index: 1 }]);
});

test('"bà X – Giám đốc Sở Y" gives the gender and completes the department with its province', (t) => {
  const text = 'Bà Phan Thị Mai – Giám đốc Sở Công Thương cho biết, năm nay tỉnh Hà Tĩnh sẽ tổ chức 5 hội chợ.';
  const [o] = findOfficials(text);
  t.is(o!.name, 'Phan Thị Mai');
  t.is(o!.gender, 'female');
  t.deepEqual(rows(o!), ['Giám đốc | Sở Công Thương | Sở Công Thương tỉnh Hà Tĩnh | Giám đốc Sở Công Thương']);
});

test('all-caps name and office', (t) => {
  const [o] = findOfficials('ÔNG NGUYỄN VĂN BÌNH, GIÁM ĐỐC SỞ Y TẾ, KIỂM TRA CÔNG TÁC PHÒNG DỊCH.');
  t.is(o!.name, 'NGUYỄN VĂN BÌNH');
  t.is(o!.gender, 'male');
  t.deepEqual(rows(o!), ['GIÁM ĐỐC | SỞ Y TẾ | SỞ Y TẾ | GIÁM ĐỐC SỞ Y TẾ']);
});

test('a short form later in the article is a mention of the same person, honorific included', (t) => {
  const text = 'Ông Hoàng Văn Tùng, Chủ tịch HĐQT Công ty cổ phần Thép Miền Bắc, cho biết sản lượng tăng. Theo ông Tùng, giá thép sẽ ổn định.';
  const [o, ...rest] = findOfficials(text);
  t.is(rest.length, 0);
  t.deepEqual(rows(o!), ['Chủ tịch HĐQT | Công ty cổ phần Thép Miền Bắc | Công ty cổ phần Thép Miền Bắc | Chủ tịch HĐQT Công ty cổ phần Thép Miền Bắc']);
  t.deepEqual(mentionTexts(o!, text), ['Hoàng Văn Tùng', 'ông Tùng']);
});

test('foreign offices: country as organization, implied body written out', (t) => {
  const text = 'Tổng thống Mỹ Donald Trump tuyên bố áp thuế mới. Trong khi đó, Phó thủ tướng Nga Andrei Belousov cho biết Moskva sẵn sàng đàm phán.';
  const [a, b] = findOfficials(text);
  t.is(a!.name, 'Donald Trump');
  t.deepEqual(rows(a!), ['Tổng thống | Mỹ | Hoa Kỳ | Tổng thống Mỹ']);
  t.is(b!.name, 'Andrei Belousov');
  t.deepEqual(rows(b!), ['Phó thủ tướng | Nga | Chính phủ Liên bang Nga | Phó thủ tướng Nga']);
});

test('"Ngoại trưởng Anh" is a country, not the honorific "anh"', (t) => {
  const [o] = findOfficials('Ngoại trưởng Anh Ethan Collins đến thăm Hà Nội.');
  t.is(o!.name, 'Ethan Collins');
  t.is(o!.gender, null);
  t.deepEqual(rows(o!), ['Ngoại trưởng | Anh | Bộ Ngoại giao Vương quốc Anh | Ngoại trưởng Anh']);
});

test('an office that implies its body: "Thủ tướng" → Chính phủ', (t) => {
  const [o] = findOfficials('Thủ tướng Phạm Minh Chính chủ trì cuộc họp trực tuyến với các địa phương.');
  t.is(o!.name, 'Phạm Minh Chính');
  t.deepEqual(rows(o!), ['Thủ tướng |  | Chính phủ | Thủ tướng']);
});

test('minister and ministry with a lower-case field name', (t) => {
  const [o] = findOfficials('Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết ngân sách vượt thu.');
  t.is(o!.name, 'Nguyễn Văn Thắng');
  t.deepEqual(rows(o!), ['Bộ trưởng | Bộ Tài chính | Bộ Tài chính | Bộ trưởng Bộ Tài chính']);
});

test('a military rank before the name is no part of it', (t) => {
  const [o] = findOfficials('Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an, phát biểu tại buổi lễ.');
  t.is(o!.name, 'Lê Quốc Hùng');
  t.deepEqual(rows(o!), ['Thứ trưởng | Bộ Công an | Bộ Công an | Thứ trưởng Bộ Công an']);
});

test('office first, then ", Đại tá X,"', (t) => {
  const text = 'Tại tỉnh Nghệ An, Giám đốc Công an tỉnh, Đại tá Phạm Văn Tuấn, cho biết lực lượng đã triệt phá 3 đường dây.';
  const [o] = findOfficials(text);
  t.is(o!.name, 'Phạm Văn Tuấn');
  t.deepEqual(rows(o!), ['Giám đốc | Công an tỉnh | Công an tỉnh Nghệ An | Giám đốc Công an tỉnh']);
});

test('"X là giám đốc tài chính của Công ty …" (company officer, copula)', (t) => {
  const [o] = findOfficials('Được biết, ông Lý Văn Phúc là giám đốc tài chính của Công ty TNHH Dệt may Hòa Bình từ năm 2022.');
  t.is(o!.name, 'Lý Văn Phúc');
  t.is(o!.gender, 'male');
  t.deepEqual(rows(o!), ['giám đốc tài chính | Công ty TNHH Dệt may Hòa Bình | Công ty trách nhiệm hữu hạn Dệt may Hòa Bình | giám đốc tài chính của Công ty TNHH Dệt may Hòa Bình']);
});

test('position in parentheses; CTCP expanded', (t) => {
  const text = 'Ông Đỗ Quang Vinh (Phó Tổng Giám đốc CTCP Chứng khoán Sài Gòn Hà Nội) cho rằng lãi suất sẽ giảm.';
  const [o] = findOfficials(text);
  t.is(o!.name, 'Đỗ Quang Vinh');
  t.deepEqual(rows(o!), ['Phó Tổng Giám đốc | CTCP Chứng khoán Sài Gòn Hà Nội | Công ty Cổ phần Chứng khoán Sài Gòn Hà Nội | Phó Tổng Giám đốc CTCP Chứng khoán Sài Gòn Hà Nội']);
});

test('shop owner with a named shop; the name after "chị" has no family name', (t) => {
  const text = 'Chị Lan Anh, chủ cửa hàng Hoa Mộc Lan ở quận 3, cho biết giá hoa tăng. "Khách đặt sớm hơn mọi năm", chị Anh nói.';
  const [o] = findOfficials(text);
  t.is(o!.name, 'Lan Anh');
  t.is(o!.gender, 'female');
  t.deepEqual(rows(o!), ['chủ cửa hàng | Hoa Mộc Lan | Hoa Mộc Lan | chủ cửa hàng Hoa Mộc Lan']);
  t.deepEqual(mentionTexts(o!, text), ['Lan Anh', 'chị Anh']);
});

test('analyst: a descriptive office before "tại" and a named firm', (t) => {
  const text = 'Ông Michael Kokalari, Giám đốc phân tích kinh tế vĩ mô tại VinaCapital, nhận định lạm phát sẽ được kiểm soát.';
  const [o] = findOfficials(text);
  t.is(o!.name, 'Michael Kokalari');
  t.deepEqual(rows(o!), ['Giám đốc phân tích kinh tế vĩ mô | VinaCapital | VinaCapital | Giám đốc phân tích kinh tế vĩ mô tại VinaCapital']);
});

test('a representative of a brand named after lower-case words', (t) => {
  const [o] = findOfficials('Anh Quốc Bảo, đại diện chuỗi cà phê Mây Ngàn, cho biết doanh thu giảm.');
  t.is(o!.name, 'Quốc Bảo');
  t.deepEqual(rows(o!), ['đại diện | chuỗi cà phê Mây Ngàn | chuỗi cà phê Mây Ngàn | đại diện chuỗi cà phê Mây Ngàn']);
});

test('National Assembly deputy (implied body) and court president', (t) => {
  const text = 'Đại biểu Quốc hội Trần Văn Lâm (Đoàn ĐBQH tỉnh Bắc Giang) cho rằng cần sửa luật. Chánh án TAND tỉnh Lâm Đồng Nguyễn Văn Hải công bố quyết định.';
  const [a, b] = findOfficials(text);
  t.is(a!.name, 'Trần Văn Lâm');
  t.deepEqual(rows(a!), ['Đại biểu Quốc hội |  | Quốc hội | Đại biểu Quốc hội']);
  t.is(b!.name, 'Nguyễn Văn Hải');
  t.deepEqual(rows(b!), ['Chánh án | TAND tỉnh Lâm Đồng | Tòa án nhân dân tỉnh Lâm Đồng | Chánh án TAND tỉnh Lâm Đồng']);
});

test('Fatherland Front: MTTQ expanded, place kept as written', (t) => {
  const [o] = findOfficials('Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh Trần Văn Hà tặng quà các hộ nghèo.');
  t.is(o!.name, 'Trần Văn Hà');
  t.deepEqual(rows(o!), ['Chủ tịch | Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh | Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh']);
});

test('"UBND thành phố" resolves only to a city', (t) => {
  const text = 'UBND thành phố Hà Nội ban hành kế hoạch. Phó chủ tịch UBND thành phố Nguyễn Mạnh Quyền làm việc với các sở.';
  const [o] = findOfficials(text);
  t.deepEqual(rows(o!), ['Phó chủ tịch | UBND thành phố | Ủy ban nhân dân thành phố Hà Nội | Phó chủ tịch UBND thành phố']);
  const inProvince = findOfficials('Phó Chủ tịch UBND thành phố Lê Văn Tâm dự lễ.', { site: 'baobacninh.vn' });
  t.deepEqual(rows(inProvince[0]!), ['Phó Chủ tịch | UBND thành phố | Ủy ban nhân dân thành phố | Phó Chủ tịch UBND thành phố']);
});

test('old tone style ("Uỷ viên", "Thành uỷ") matches the lexicon; city party committee resolved', (t) => {
  const [o] = findOfficials('Ông Vũ Đại Thắng, Uỷ viên Ban Thường vụ Thành uỷ, dự lễ khởi công ở thành phố Hà Nội.');
  t.is(o!.name, 'Vũ Đại Thắng');
  t.deepEqual(rows(o!), ['Uỷ viên | Ban Thường vụ Thành uỷ | Ban Thường vụ Thành uỷ Hà Nội | Uỷ viên Ban Thường vụ Thành uỷ']);
});

test('TP.HCM written out', (t) => {
  const [o] = findOfficials('Phó Chủ tịch UBND TP.HCM Bùi Xuân Cường kiểm tra dự án metro.');
  t.deepEqual(rows(o!), ['Phó Chủ tịch | UBND TP.HCM | Ủy ban nhân dân thành phố Hồ Chí Minh | Phó Chủ tịch UBND TP.HCM']);
});

test('one Official per person: positions from two paragraphs merged, both mentions kept', (t) => {
  const text = 'Giám đốc Sở Y tế Phạm Văn Hùng kiểm tra bệnh viện.\n\nÔng Phạm Văn Hùng, Ủy viên Ban Chấp hành Đảng bộ tỉnh, cho biết thêm.';
  const officials = findOfficials(text);
  t.is(officials.length, 1);
  t.is(officials[0]!.gender, 'male');
  t.deepEqual(officials[0]!.positions.map((p) => p.text), ['Giám đốc Sở Y tế', 'Ủy viên Ban Chấp hành Đảng bộ tỉnh']);
  t.deepEqual(mentionTexts(officials[0]!, text), ['Phạm Văn Hùng', 'Phạm Văn Hùng']);
});

test('company chairman and bank CEO', (t) => {
  const text = 'Ông Trần Đình Lâm, Chủ tịch HĐQT Tập đoàn Thép Hòa Thịnh, cho biết sản lượng tăng. Tổng Giám đốc Vietcombank Nguyễn Thanh Tùng cho biết tín dụng tăng.';
  const [a, b] = findOfficials(text);
  t.deepEqual(rows(a!), ['Chủ tịch HĐQT | Tập đoàn Thép Hòa Thịnh | Tập đoàn Thép Hòa Thịnh | Chủ tịch HĐQT Tập đoàn Thép Hòa Thịnh']);
  t.is(b!.name, 'Nguyễn Thanh Tùng');
  t.deepEqual(rows(b!), ['Tổng Giám đốc | Vietcombank | Vietcombank | Tổng Giám đốc Vietcombank']);
});

test('mentions in title and lead carry their field', (t) => {
  const title = 'Phó Chủ tịch UBND tỉnh Lê Minh Hưng kiểm tra đê biển';
  const lead = 'Sáng nay, ông Lê Minh Hưng đã kiểm tra tuyến đê biển xung yếu.';
  const text = 'Tại buổi kiểm tra, ông Hưng yêu cầu gia cố ngay các đoạn đê sạt lở.';
  const [o] = findOfficials(text, { title, lead, site: 'baonamdinh.vn', publishedAt: '2024-10-02T09:00:00+07:00' });
  t.deepEqual(o!.mentions, [
    { span: [23, 35], field: 'title' },
    { span: [14, 26], field: 'lead' },
    { span: [19, 27] },
  ]);
  t.is(o!.gender, 'male');
  t.deepEqual(rows(o!), ['Phó Chủ tịch | UBND tỉnh | Ủy ban nhân dân tỉnh Nam Định | Phó Chủ tịch UBND tỉnh']);
});

test('a provincial paper of a merged province speaks for its successor after 1 July 2025', (t) => {
  const text = 'Chủ tịch UBND tỉnh Nguyễn Văn Gấu chủ trì hội nghị.';
  const before = findOfficials(text, { site: 'baobacgiang.vn', publishedAt: '2024-05-01T08:00:00+07:00' });
  const after = findOfficials(text, { site: 'baobacgiang.vn', publishedAt: '2025-09-01T08:00:00+07:00' });
  t.is(before[0]!.positions[0]!.organizationFull, 'Ủy ban nhân dân tỉnh Bắc Giang');
  t.is(after[0]!.positions[0]!.organizationFull, 'Ủy ban nhân dân tỉnh Bắc Ninh');
});

test('a commune or district level is not resolved to the province', (t) => {
  const [o] = findOfficials('UBND tỉnh giao Chủ tịch UBND huyện, ông Nguyễn Văn An, chỉ đạo khắc phục.', { site: 'baoangiang.com.vn' });
  t.is(o!.name, 'Nguyễn Văn An');
  t.deepEqual(rows(o!), ['Chủ tịch | UBND huyện | Ủy ban nhân dân huyện | Chủ tịch UBND huyện']);
});

test('a ward named after a person is the ward; the official named after it is the person', (t) => {
  t.deepEqual(findOfficials('Chủ tịch UBND phường Lê Lợi cho biết đã di dời 30 hộ dân.'), []);
  const [o] = findOfficials('Chủ tịch UBND xã Trần Phú Hoàng Minh Đức cho biết đã di dời 30 hộ dân.');
  t.is(o!.name, 'Hoàng Minh Đức');
  t.deepEqual(rows(o!), ['Chủ tịch | UBND xã Trần Phú | Ủy ban nhân dân xã Trần Phú | Chủ tịch UBND xã Trần Phú']);
});

test('office, then honorific and name after a comma', (t) => {
  const [o] = findOfficials('Giám đốc Sở Nông nghiệp và Môi trường, bà Hà Thị Lý, cho biết diện tích lúa tăng.', { site: 'baothainguyen.vn' });
  t.is(o!.name, 'Hà Thị Lý');
  t.is(o!.gender, 'female');
  t.deepEqual(rows(o!), ['Giám đốc | Sở Nông nghiệp và Môi trường | Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên | Giám đốc Sở Nông nghiệp và Môi trường']);
});

test('academic title before the name; female from a later "bà"', (t) => {
  const text = 'TS Lê Thu Hằng, Viện trưởng Viện Nghiên cứu Kinh tế Phương Nam, cho rằng thị trường đã chạm đáy. Theo bà Hằng, nhà đầu tư nên thận trọng.';
  const [o] = findOfficials(text);
  t.is(o!.name, 'Lê Thu Hằng');
  t.is(o!.gender, 'female');
  t.deepEqual(rows(o!), ['Viện trưởng | Viện Nghiên cứu Kinh tế Phương Nam | Viện Nghiên cứu Kinh tế Phương Nam | Viện trưởng Viện Nghiên cứu Kinh tế Phương Nam']);
  t.deepEqual(mentionTexts(o!, text), ['Lê Thu Hằng', 'bà Hằng']);
});

test('party secretary with the province written after "Tỉnh ủy"', (t) => {
  const [o] = findOfficials('Bí thư Tỉnh ủy Cà Mau Nguyễn Hồ Hải làm việc với huyện Năm Căn.');
  t.is(o!.name, 'Nguyễn Hồ Hải');
  t.deepEqual(rows(o!), ['Bí thư | Tỉnh ủy Cà Mau | Tỉnh ủy Cà Mau | Bí thư Tỉnh ủy Cà Mau']);
});

test('state leaders: offices that imply their body, and a body written after the office', (t) => {
  const text = 'Tổng Bí thư Tô Lâm chủ trì hội nghị. Chủ tịch nước Lương Cường và Chủ tịch Quốc hội Trần Thanh Mẫn dự.';
  t.deepEqual(findOfficials(text).map((o) => `${o.name}: ${rows(o).join(' ; ')}`), [
    'Tô Lâm: Tổng Bí thư |  | Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam | Tổng Bí thư',
    'Lương Cường: Chủ tịch nước |  | Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam | Chủ tịch nước',
    'Trần Thanh Mẫn: Chủ tịch | Quốc hội | Quốc hội | Chủ tịch Quốc hội',
  ]);
});

test('a foreign name after a named body ("Chủ tịch Fed Jerome Powell")', (t) => {
  const [o] = findOfficials('Chủ tịch Fed Jerome Powell giữ nguyên lãi suất.');
  t.is(o!.name, 'Jerome Powell');
  t.deepEqual(rows(o!), ['Chủ tịch | Fed | Cục Dự trữ Liên bang Mỹ | Chủ tịch Fed']);
});

test('abbreviated department field ("Sở GTVT") and a body of a body ("của Quốc hội")', (t) => {
  const text = 'Ông Trần Văn Sơn - Phó Giám đốc Sở GTVT tỉnh - cho biết. Theo ông Phan Đức Minh, Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội, luật cần sửa.';
  const [a, b] = findOfficials(text, { site: 'baolongan.vn', publishedAt: '2024-02-01T07:00:00+07:00' });
  t.deepEqual(rows(a!), ['Phó Giám đốc | Sở GTVT tỉnh | Sở Giao thông vận tải tỉnh Long An | Phó Giám đốc Sở GTVT tỉnh']);
  t.deepEqual(rows(b!), ['Ủy viên Thường trực | Ủy ban Kinh tế của Quốc hội | Ủy ban Kinh tế của Quốc hội | Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội']);
});

test('a company name with "&" and several positions chained with ","', (t) => {
  const text = 'Đồng chí Nguyễn Văn Thi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu. Ông Mai Hữu Phước, Chủ tịch HĐQT U&I Group, cho biết.';
  const [a, b] = findOfficials(text, { site: 'baobacgiang.vn', publishedAt: '2023-05-01T07:00:00+07:00' });
  t.deepEqual(rows(a!), [
    'Ủy viên | Trung ương Đảng | Trung ương Đảng | Ủy viên Trung ương Đảng',
    'Bí thư | Tỉnh ủy | Tỉnh ủy Bắc Giang | Bí thư Tỉnh ủy',
    'Chủ tịch | HĐND tỉnh | Hội đồng nhân dân tỉnh Bắc Giang | Chủ tịch HĐND tỉnh',
  ]);
  t.deepEqual(rows(b!), ['Chủ tịch HĐQT | U&I Group | U&I Group | Chủ tịch HĐQT U&I Group']);
});

test('offices joined by "kiêm" before the name all belong to it', (t) => {
  const [o, ...rest] = findOfficials('Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Hoàng Văn Nghiệm phát biểu bế mạc kỳ họp.', { site: 'baoquangtri.vn' });
  t.is(rest.length, 0);
  t.is(o!.name, 'Hoàng Văn Nghiệm');
  t.deepEqual(rows(o!), [
    'Bí thư | Tỉnh ủy | Tỉnh ủy Quảng Trị | Bí thư Tỉnh ủy',
    'Chủ tịch | HĐND tỉnh | Hội đồng nhân dân tỉnh Quảng Trị | Chủ tịch HĐND tỉnh',
  ]);
});

test('a minister named by the field alone, Vietnamese and foreign', (t) => {
  const text = 'Bộ trưởng Tài chính Nguyễn Văn Thắng cho biết. Trong khi đó, Bộ trưởng Quốc phòng Mỹ Peter Hale đến thăm.';
  const [a, b] = findOfficials(text);
  t.deepEqual(rows(a!), ['Bộ trưởng | Tài chính | Bộ Tài chính | Bộ trưởng Tài chính']);
  t.is(b!.name, 'Peter Hale');
  t.deepEqual(rows(b!), ['Bộ trưởng | Quốc phòng Mỹ | Bộ Quốc phòng Hoa Kỳ | Bộ trưởng Quốc phòng Mỹ']);
});

test('a given name that is also an organization word ("ông Trường") is a short form', (t) => {
  const text = 'Ông Lưu Xuân Trường, Giám đốc Trung tâm Khuyến công Đồng Nai, cho biết. Theo ông Trường, năm nay có 40 đề án.';
  const [o] = findOfficials(text);
  t.deepEqual(rows(o!), ['Giám đốc | Trung tâm Khuyến công Đồng Nai | Trung tâm Khuyến công Đồng Nai | Giám đốc Trung tâm Khuyến công Đồng Nai']);
  t.deepEqual(mentionTexts(o!, text), ['Lưu Xuân Trường', 'ông Trường']);
});

test('an aside in parentheses between the name and the office', (t) => {
  const [o] = findOfficials('Bị can Trịnh Văn Khoa (SN 1975, trú tại phường 3), Giám đốc Công ty TNHH Xây dựng Phú Điền, bị tạm giam.');
  t.is(o!.name, 'Trịnh Văn Khoa');
  t.deepEqual(rows(o!), ['Giám đốc | Công ty TNHH Xây dựng Phú Điền | Công ty trách nhiệm hữu hạn Xây dựng Phú Điền | Giám đốc Công ty TNHH Xây dựng Phú Điền']);
});
