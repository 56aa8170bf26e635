/**
 * Offices written without their organization (issue #13): the person is an official; the
 * organization is the one the text named before, else null. Sentences written for these tests.
 */
import test from 'ava';
import { findOfficials } from '../officials.js';

test('a bare office before a full name: organization null, nothing named before', (t) => {
  const officials = findOfficials('Bộ trưởng Nguyễn Văn An cùng Thứ trưởng Lê Văn Bình đã dự lễ khởi công.');
  t.deepEqual(officials.map((o) => o.name), ['Nguyễn Văn An', 'Lê Văn Bình']);
  t.deepEqual(officials.map((o) => [o.positions[0]!.title, o.positions[0]!.organization, o.positions[0]!.organizationFull]), [
    ['Bộ trưởng', null, null],
    ['Thứ trưởng', null, null],
  ]);
});

test('a bare office takes the ministry the text named before it', (t) => {
  const [o] = findOfficials('Bộ Tài chính vừa công bố số liệu thu ngân sách. Thứ trưởng Trần Xuân Hùng cho biết số thu tăng 12%.');
  t.is(o!.name, 'Trần Xuân Hùng');
  t.is(o!.positions[0]!.organization, null);
  t.is(o!.positions[0]!.organizationFull, 'Bộ Tài chính');
  t.is(o!.positions[0]!.text, 'Thứ trưởng');
});

test('"Chủ tịch Hội" after the association was named: the head as written, the association in full', (t) => {
  const [o] = findOfficials('Hội Chữ thập đỏ tỉnh Nam Định đã trao 300 suất quà. Ông Trần Văn Long, Chủ tịch Hội cho biết sẽ tiếp tục vận động.');
  t.is(o!.name, 'Trần Văn Long');
  t.is(o!.positions[0]!.organization, 'Hội');
  t.is(o!.positions[0]!.organizationFull, 'Hội Chữ thập đỏ tỉnh Nam Định');
});

test('an office alone between commas after a name', (t) => {
  const [o] = findOfficials('Ông Nguyễn Văn Dũng, Giám đốc, cho biết doanh thu quý này giảm mạnh.');
  t.is(o!.name, 'Nguyễn Văn Dũng');
  t.deepEqual([o!.positions[0]!.title, o!.positions[0]!.organization], ['Giám đốc', null]);
});

test('a rank before a bare office: the name after the office', (t) => {
  const [o, ...rest] = findOfficials('Đại tướng Tổng Tư lệnh Hoàng Văn Khải đến thăm đơn vị.');
  t.is(rest.length, 0);
  t.is(o!.name, 'Hoàng Văn Khải');
  t.is(o!.positions[0]!.title, 'Tổng Tư lệnh');
});

test('not an office holder: a bare description, a bare office with no name, an office then lower-case words', (t) => {
  t.deepEqual(findOfficials('Chuyên gia Nguyễn Văn Hải nhận định giá vàng sẽ còn tăng.'), []);
  t.deepEqual(findOfficials('Đại diện Phạm Thu Trang nhận giải thay cho cả nhóm.'), []);
  t.deepEqual(findOfficials('Giám đốc cho biết sẽ tuyển thêm 50 công nhân trong tháng tới.'), []);
  t.deepEqual(findOfficials('Ông Lê Văn Ba, giám đốc điều hành dự án nhà ở xã hội, thừa nhận chậm tiến độ.').map((o) => o.positions[0]!.organization), []);
});
