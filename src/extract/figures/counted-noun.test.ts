/**
 * Counted nouns (SCHEMA v1.1): the whole noun word names what is counted, lower case, without its
 * classifier and without the modifiers after it. Sentences written for these tests.
 */
import test from 'ava';
import { findFigures } from '../figures.js';

const unitsOf = (text: string): [number, string | null][] => findFigures(text).map((f) => [f.value, f.unit]);

test('the whole noun word, also when the segmenter or the lexicon knows only its first syllable', (t) => {
  t.deepEqual(unitsOf('Ứng dụng đã có 40.000 người dùng mới trong tuần.'), [[40000, 'người dùng']]);
  t.deepEqual(unitsOf('Thành phố lắp thêm 120 điểm dừng xe buýt.'), [[120, 'điểm dừng']]);
  t.deepEqual(unitsOf('Sân bay đón 3 triệu lượt hành khách mỗi năm.'), [[3000000, 'lượt hành khách/năm']]);
  t.deepEqual(unitsOf('Quỹ đã hỗ trợ 15 địa phương khắc phục hậu quả lũ.'), [[15, 'địa phương']]);
  t.deepEqual(unitsOf('Trường tuyển dụng thêm 7 chuyên viên tư vấn.'), [[7, 'chuyên viên']]);
  t.deepEqual(unitsOf('Bệnh nhân có 3 triệu chứng điển hình.'), [[3, 'triệu chứng']], 'triệu here is no scale');
});

test('a classifier before a noun is left out; alone it is the unit', (t) => {
  t.deepEqual(unitsOf('Bãi xe có 14 chiếc xe tải đang chờ.'), [[14, 'xe tải']]);
  t.deepEqual(unitsOf('Lớp học có 12 em học sinh khiếm thị.'), [[12, 'học sinh']]);
  t.deepEqual(unitsOf('Trang trại nuôi 40 con bò sữa.'), [[40, 'bò sữa']]);
  t.deepEqual(unitsOf('Mỗi nhà chỉ có 2 cái.'), [[2, 'cái']]);
});

test('one-syllable heads keep their complement; agent nouns with nhà', (t) => {
  t.deepEqual(unitsOf('Năm nay miền Trung hứng 6 trận lũ lớn.'), [[6, 'trận lũ']]);
  t.deepEqual(unitsOf('Sàn niêm yết thêm 9 mã cổ phiếu.'), [[9, 'mã cổ phiếu']]);
  t.deepEqual(unitsOf('Hội nghị thu hút 35 nhà đầu tư nước ngoài.'), [[35, 'nhà đầu tư']]);
});

test('coordinated counted nouns and a slash between two nouns', (t) => {
  t.deepEqual(unitsOf('Buổi lễ vinh danh 180 giáo viên, học sinh xuất sắc.'), [[180, 'giáo viên, học sinh']]);
  t.deepEqual(unitsOf('Đại diện 5 quận/huyện đã có mặt.'), [[5, 'quận/huyện']]);
});

test('a noun of the blocked list is counted when it is a noun: "5 ca sĩ", "3 đồng chí"', (t) => {
  t.deepEqual(unitsOf('Chương trình có 5 ca sĩ biểu diễn.'), [[5, 'ca sĩ']]);
  t.deepEqual(unitsOf('Có 3 đồng chí được khen thưởng.'), [[3, 'đồng chí']]);
});

test('not counted nouns: verbs, particles, quantifiers, labels, addresses, letters', (t) => {
  t.deepEqual(unitsOf('Bé đếm từ 1 lên 10 rồi dừng lại.'), []);
  t.deepEqual(unitsOf('Anh chỉ sống đến 60 thôi.'), []);
  t.deepEqual(unitsOf('Bài viết nêu 1 số vấn đề và xử lý 1 cách nhanh gọn.'), []);
  t.deepEqual(unitsOf('Các cháu học cấp 2 đi bộ tới trường, top 10 tuyến phố đắt nhất.'), []);
  t.deepEqual(unitsOf('Cửa hàng ở 27 phố Hàng Bạc và 15 đường Lê Lợi.'), []);
  t.deepEqual(unitsOf('Màn hình có độ phân giải 1280 x 720 pixel.'), [[720, 'pixel']]);
  t.deepEqual(unitsOf('Cả 2 cùng bước vào chung kết.'), []);
  t.deepEqual(unitsOf('Phường đã có văn bản 215 gửi các hộ, giúp 1 phần chi phí.'), []);
});

test('a modifier after the noun is left out, a name after it too', (t) => {
  t.deepEqual(unitsOf('Có 20 người thường xuyên tập thể dục.'), [[20, 'người']]);
  t.deepEqual(unitsOf('Đoàn gồm 8 học sinh Tiểu học.'), [[8, 'học sinh']]);
  t.deepEqual(unitsOf('Có 50 hộ, xã Tân Lộc bị ngập.'), [[50, 'hộ']]);
});
