/** Text that holds numbers but no date: every case must yield nothing. */
import test from 'ava';
import { rows } from './test-helpers.js';

const NOT_DATES: [string, string][] = [
  ['percent and decimals', 'Kim ngạch xuất khẩu tăng 14,3%, đạt 1.127,9 nghìn tỷ đồng.'],
  ['scores', 'Việt Nam thắng 2-1, hòa 1-1 ở lượt về và thua 0-3 trên sân khách.'],
  ['number ranges with units', 'Giá hoa từ 2-4 triệu đồng, mỗi bó 5-7 bông, tiết kiệm 1-2 ngày.'],
  ['document numbers', 'Theo Nghị định 68/2026/NĐ-CP và Thông tư 12/2025/TT-BTC, Quyết định số 15/3/QĐ-UBND.'],
  ['phone numbers', 'Liên hệ đường dây nóng 0989.837.029 hoặc 024.3825.1234.'],
  ['ages and counts', 'Bà 85 tuổi, có 2010 người dự, 1975 hộ dân nhận hỗ trợ.'],
  ['fractions', 'Lượng khách chiếm 1/3 tổng số, gần 2/3 dân số đã tiêm.'],
  ['round the clock', 'Tổng đài phục vụ 24/7 cho khách hàng.'],
  ['ordinals', 'Đội tuyển xếp thứ 3, lần thứ hai vô địch.'],
  ['precious metals', 'Giá kim loại quý này tăng mạnh.'],
  ['betting odds', 'Nhà cái đưa ra tỷ lệ cược cho các đội: Arsenal (5/1), Chelsea 9/2 (đặt 1 ăn 4,5).'],
  ['"now"', 'Bây giờ con cái ít về thăm; hãy làm ngay bây giờ, ngay lúc này.'],
  ['habitual clock times', 'Phim phát lúc 20h45 thứ 5, thứ 6 hàng tuần; ông dậy lúc 5h mỗi sáng.'],
];

for (const [name, text] of NOT_DATES) {
  test(`no date in ${name}`, (t) => {
    t.deepEqual(rows(text), []);
  });
}

test('a house number on a named street is not a date; a cued date before a name is', (t) => {
  t.deepEqual(rows('Cửa hàng tại 12/3 Lê Lợi mở cửa từ 8/3 Quận 1 vẫn đông.'), [['8/3', '2026-03-08', 'day', null]]);
});

test('ranks, school years and quoted names are no date; a time after an indefinite day is none either', (t) => {
  t.deepEqual(rows('Ông là thương binh hạng 4/4; kế hoạch thu chi đầu năm học chưa duyệt; chương trình “Gặp nhau cuối năm” lên sóng; vào một tối thứ bảy, khoảng hơn 10h đêm, anh bị mất xe.'), []);
});

test('midnight ("12h đêm") ends the day it is written with', (t) => {
  t.deepEqual(rows('Lễ bắt đầu lúc 12h trưa ngày 20/1/2027 giờ Mỹ, tức 12h đêm giờ Hà Nội.'), [
    ['lúc 12h trưa ngày 20/1/2027', '2027-01-20T12:00', 'hour', null],
    ['12h đêm', '2027-01-21T00:00', 'hour', null],
  ]);
});

test('a dash pair before a counted noun, and plural or half units, are no date', (t) => {
  t.deepEqual(rows('Mỗi thợ làm từ 8 - 10 khách một ngày; cây sống suốt mấy chục năm nay; giá ổn định trong nửa tháng qua.'), []);
});

test('a clock time in a sentence about a habit is no date; "bao năm qua" is no year', (t) => {
  t.deepEqual(rows('Tôi có thói quen dậy sớm, 6h đã ra khỏi nhà; ông thường ngủ lúc 22h. Bao năm qua, họ vẫn là bạn.'), []);
});

test('the dates of a zodiac sign recur every year and date nothing; a festival in brackets does', (t) => {
  t.deepEqual(rows('Cung Kim Ngưu (21/4 - 20/5) hợp màu xanh, Sư TửXử Nữ (23/8 - 22/9) thì không. Lễ hội (15/3 - 20/3) diễn ra ở Huế.'), [
    ['15/3 - 20/3', '2026-03-15', 'day', '2026-03-20'],
  ]);
});

test('a week of a month, a wait of hours and "như ngày hôm nay" are no day', (t) => {
  t.deepEqual(rows('Quỹ kết chuyển tuần 2 tháng 3/2026; bạn nên chờ khoảng 15 giờ; để có được ngày hôm nay, anh đã cố gắng.'), [
    ['tháng 3/2026', '2026-03', 'month', null],
  ]);
});
