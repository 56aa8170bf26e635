/** Text that holds numbers but no figure: each must yield nothing (issue #5 "Not figures"). */
import test from 'ava';
import { findFigures } from '../figures.js';

const none: [string, string][] = [
  ['phone number', 'Mọi phản ánh xin gọi 0989837029 người trực sẽ tiếp nhận.'],
  ['phone number with dots', 'Liên hệ văn phòng: 024.3825.1234 (giờ hành chính).'],
  ['hotline', 'Tổng đài 1900 1234 phục vụ 24/7.'],
  ['date with year', 'Quy định có hiệu lực từ ngày 15/3/2026.'],
  ['date in words', 'Ngày 15 tháng 3 năm 2024, hội nghị khai mạc.'],
  ['day-month with a dash', 'Hoa nhập về ngày 6-3, dịp lễ 20-10 năm ngoái cũng vậy.'],
  ['time', 'Buổi lễ bắt đầu lúc 10 giờ 30 phút, kết thúc lúc 14h15.'],
  ['years', 'Năm 2020 doanh nghiệp gặp khó; giai đoạn 2021 - 2025 sẽ khác.'],
  ['decree number', 'Nghị định 68/2026/NĐ-CP quy định chi tiết Điều 10 và khoản 1, 2 Điều 8 Luật Thuế.'],
  ['decision number', 'Theo Quyết định số 123/QĐ-UBND ngày 2/1/2026 của UBND tỉnh.'],
  ['licence plate', 'Xe ô tô mang biển kiểm soát 37A - 396.53 đã bị tạm giữ.'],
  ['tickers and codes', 'Cổ phiếu VN30, mạng 5G và dịch Covid-19 năm 2021.'],
  ['URL id', 'Xem thêm tại https://vnexpress.net/gia-vang-hom-nay-4712345.html ngay.'],
  ['ordinal', 'Tỉnh duy trì vị trí thứ Nhất, đứng thứ 3 cả nước.'],
  ['score', 'Đội tuyển thắng 2-1, trước đó hòa 1 - 1.'],
  ['address', 'Địa chỉ: số 12 phố Tràng Tiền, Tổ 1, Khu phố 3, 428 Đường Nguyễn Huệ.'],
  ['list numbering', '1. Bộ Ngoại giao gửi hồ sơ.\n(2) Miễn phí sát hạch.'],
  ['half-year period', 'Trong 6 tháng đầu năm, doanh nghiệp kê khai theo quý.'],
  ['"trên 1 ha" is "per hectare", not "over 1 ha"', 'Giá trị thu được trên 1 ha đất trồng trọt tăng.'],
  ['vague words', 'Dòng vốn hàng chục tỷ USD và vài trăm nghìn người.'],
];

for (const [name, text] of none) {
  test(`not a figure: ${name}`, (t) => {
    t.deepEqual(findFigures(text).map((f) => f.text), []);
  });
}

test('a decision number and a count in one sentence: only the count', (t) => {
  const f = findFigures('Theo Quyết định số 123/QĐ-UBND, 45 hộ dân được hỗ trợ.');
  t.deepEqual(f.map((x) => [x.text, x.value, x.unit]), [['45 hộ dân', 45, 'hộ dân']]);
});

test('"đầu tư đến 30 tỷ đồng" is a ceiling, not a range from "tư" (4)', (t) => {
  const f = findFigures('Doanh nghiệp dự kiến đầu tư đến 30 tỷ đồng.');
  t.deepEqual(f.map((x) => [x.text, x.value, x.range, x.approx]), [['30 tỷ đồng', 30000000000, null, 'at_most']]);
});

test('a phone number next to a real price: only the price', (t) => {
  const f = findFigures('Gọi 0912 345 678 để đặt vé, giá 350.000 đồng.');
  t.deepEqual(f.map((x) => [x.text, x.value]), [['350.000 đồng', 350000]]);
});
