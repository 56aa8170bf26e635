import test from 'ava';
import { rows } from '../test-helpers.js';

test('từ … đến … is one range; the start borrows the year of the end', (t) => {
  t.deepEqual(rows('Trong giai đoạn từ ngày 24/3/2021 đến ngày 30/12/2022, ông không báo cáo. Đợt khuyến mãi từ 1/3 đến 15/3/2027.'), [
    ['từ ngày 24/3/2021 đến ngày 30/12/2022', '2021-03-24', 'day', '2022-12-30'],
    ['từ 1/3 đến 15/3/2027', '2027-03-01', 'day', '2027-03-15'],
  ]);
});

test('"đến" without "từ" does not make a range', (t) => {
  t.deepEqual(rows('Hạn nộp lùi ngày 1/3 đến 15/3.'), [
    ['ngày 1/3', '2026-03-01', 'day', null],
    ['15/3', '2026-03-15', 'day', null],
  ]);
});

test('a year-less date takes the relative year written after it', (t) => {
  t.deepEqual(rows('Nếu dịp lễ 20-10 năm ngoái giá thấp thì dịp 8-3 năm nay giá cao; hạn chót ngày 31-1 của năm dương lịch tiếp theo.'), [
    ['20-10 năm ngoái', '2025-10-20', 'day', null],
    ['8-3 năm nay', '2026-03-08', 'day', null],
    ['ngày 31-1 của năm dương lịch tiếp theo', '2027-01-31', 'day', null],
  ]);
});

test('year-less dates in a sentence about past years in general are null', (t) => {
  t.deepEqual(rows('Lô cây giống về ngày 6-3. Các năm trước thường gieo từ đầu tháng 3 là kịp vụ.'), [
    ['ngày 6-3', '2026-03-06', 'day', null],
    ['đầu tháng 3', null, 'month', null],
  ]);
});

test('time ranges', (t) => {
  t.deepEqual(rows('Cắt điện từ 8h đến 10h30.'), [['từ 8h đến 10h30', '2026-03-07T08:00', 'minute', '2026-03-07T10:30']]);
});

test('a year-less range across new year runs forward', (t) => {
  // Alone, 20/12 would be 2026-12-20 (under ten months ahead of 7 March 2026) and 5/1 2026-01-05.
  t.deepEqual(rows('Chương trình kéo dài từ 20/12 đến 5/1.'), [
    ['từ 20/12 đến 5/1', '2025-12-20', 'day', '2026-01-05'],
  ]);
});

test('lunar-calendar dates are converted to the Gregorian day, for Vietnam (UTC+7)', (t) => {
  t.deepEqual(rows('Lễ Giỗ Tổ Hùng Vương diễn ra ngày mùng 10/3 âm lịch, còn Tết Trung thu vào 15/8/2025 (âm lịch).'), [
    ['ngày mùng 10/3 âm lịch', '2026-04-26', 'day', null],
    ['15/8/2025 (âm lịch)', '2025-10-06', 'day', null],
  ]);
  // 23 tháng Chạp of the lunar year that began in 2025 falls in February 2026.
  t.deepEqual(rows('Lễ cúng ông Công ông Táo ngày 23/12/2025 âm lịch.'), [['ngày 23/12/2025 âm lịch', '2026-02-10', 'day', null]]);
});

test('a weekday range runs forward from its start', (t) => {
  // Wednesday 4 March 2026: last Monday is 2 March, so the Friday is the coming one.
  t.deepEqual(rows('Cấm đường từ thứ Hai đến thứ Sáu.', { reference: '2026-03-04T08:00:00+07:00' }), [
    ['từ thứ Hai đến thứ Sáu', '2026-03-02', 'day', '2026-03-06'],
  ]);
});

test('"cùng kỳ" of a year takes the period its sentence is about', (t) => {
  // Reference 7 March 2026.
  t.deepEqual(rows('Lượng khách tăng 18% trong quý 1 so với cùng kỳ năm 2024; doanh thu 9 tháng đầu năm đạt 40 tỷ đồng, tăng 5% so với cùng kỳ năm ngoái.'), [
    ['quý 1', '2026-Q1', 'quarter', null],
    ['cùng kỳ năm 2024', '2024-Q1', 'quarter', null],
    ['9 tháng đầu năm', '2026-01', 'month', '2026-09'],
    ['cùng kỳ năm ngoái', '2025-01', 'month', '2025-09'],
  ]);
});

test('"cùng kỳ năm ngoái" with no period in its sentence stays the year', (t) => {
  t.deepEqual(rows('Quý 1 có lãi. Giá hoa cao hơn cùng kỳ năm ngoái.'), [
    ['Quý 1', '2026-Q1', 'quarter', null],
    ['cùng kỳ năm ngoái', '2025', 'year', null],
  ]);
});

test('a clock time range takes the day written at one end', (t) => {
  t.deepEqual(rows('Mất điện từ 1h30 đến 3h sáng 4/6/2025; phong tỏa từ 8h ngày 15/1 đến 10h30.'), [
    ['từ 1h30 đến 3h sáng 4/6/2025', '2025-06-04T01:30', 'minute', '2025-06-04T03:00'],
    ['từ 8h ngày 15/1 đến 10h30', '2026-01-15T08:00', 'minute', '2026-01-15T10:30'],
  ]);
});

test('a clock time without its day is on the day before it in its paragraph, not the reference day', (t) => {
  t.deepEqual(rows('Hội chợ mở cửa ngày 12/2, đến 21h cùng ngày đã đón 5.000 khách. Lúc 9h trời mưa.\n\nĐến 16h30, chợ đóng cửa.'), [
    ['ngày 12/2', '2026-02-12', 'day', null],
    ['21h cùng ngày', '2026-02-12T21:00', 'hour', null],
    ['Lúc 9h', '2026-02-12T09:00', 'hour', null],
    ['16h30', '2026-03-07T16:30', 'minute', null],
  ]);
  t.deepEqual(rows('Riêng thứ Bảy (28/2), tính đến 16h chiều, cửa hàng bán hơn 600 chiếc.'), [
    ['thứ Bảy (28/2)', '2026-02-28', 'day', null],
    ['16h chiều', '2026-02-28T16:00', 'hour', null],
  ]);
});

test('"năm này" in a narrative is the year its paragraph told', (t) => {
  t.deepEqual(rows('Năm 2011, bà mở xưởng may. Cũng trong năm này, bà nhận bằng khen.\n\nTrong năm này, xưởng mở rộng.'), [
    ['Năm 2011', '2011', 'year', null],
    ['năm này', '2011', 'year', null],
    ['năm này', '2026', 'year', null],
  ]);
});

test('a holiday before its date is that date', (t) => {
  t.deepEqual(rows('Buổi tiệc mừng Quốc khánh 2.9.1975 và lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11 đều đông.'), [
    ['Quốc khánh 2.9.1975', '1975-09-02', 'day', null],
    ['Ngày Nhà giáo Việt Nam 20/11', '2026-11-20', 'day', null],
  ]);
});

test('a habitual year end is no date; this year end is', (t) => {
  t.deepEqual(rows('Theo thông lệ, kỳ họp cuối năm bàn về ngân sách. Cuối năm, công ty thưởng Tết.'), [
    ['Cuối năm', '2026', 'year', null],
  ]);
});

test('a date "cùng năm" takes the year written before it', (t) => {
  t.deepEqual(rows('Tên lửa được thử vào tháng 3/2015. Ngày 14/12 cùng năm, nó được bắn lần hai.'), [
    ['tháng 3/2015', '2015-03', 'month', null],
    ['Ngày 14/12 cùng năm', '2015-12-14', 'day', null],
  ]);
});

test('quarters counted from an end of the year', (t) => {
  t.deepEqual(rows('Giá tăng trong quý cuối năm; quý cuối cùng của năm 2024 lỗ; 3 quý đầu tiên của năm 2025 có lãi.'), [
    ['quý cuối năm', '2026-Q4', 'quarter', null],
    ['quý cuối cùng của năm 2024', '2024-Q4', 'quarter', null],
    ['3 quý đầu tiên của năm 2025', '2025-Q1', 'quarter', '2025-Q3'],
  ]);
});

test('two year-less dates joined by a dash are one range', (t) => {
  t.deepEqual(rows('Đợt giảm giá (21/4 - 20/5) áp dụng toàn quốc.'), [['21/4 - 20/5', '2026-04-21', 'day', '2026-05-20']]);
});
