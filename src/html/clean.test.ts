/**
 * The clean stage end to end on our own fixture pages (fixtures/html), written in the markup style of
 * each major site family: every metadata source and removal rule is asserted with exact values.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { cleanHtml } from './clean.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url), 'utf8');

test('vnexpress style: pubdate meta, description lead, figcaption, table rows, closing byline', (t) => {
  const doc = cleanHtml(fixture('vnexpress-article.html'));
  t.is(doc.kind, 'article');
  t.is(doc.url, 'https://vnexpress.net/gia-ca-phe-xuat-khau-lap-dinh-moi-4900001.html');
  t.is(doc.site, 'vnexpress.net');
  t.is(doc.title, 'Giá cà phê xuất khẩu lập đỉnh mới');
  t.is(doc.lead, 'Giá cà phê Robusta xuất khẩu lên 5.200 USD một tấn, cao nhất từ trước đến nay, khi nguồn cung từ Brazil giảm.');
  // pubdate, not dateCreated (the evening before)
  t.is(doc.publishedAt, '2025-04-12T07:30:00+07:00');
  t.is(doc.modifiedAt, '2025-04-12T09:02:00+07:00');
  t.deepEqual(doc.authors, ['Minh Sơn']);
  t.is(doc.section, 'Hàng hóa');
  t.deepEqual(doc.captions, ["Nông dân phơi cà phê tại huyện Cư M'gar, Đắk Lắk. Ảnh: Ngọc Oanh"]);
  t.deepEqual(doc.paragraphs.slice(2, 7), [
    'Xuất khẩu quý I',
    'Trong quý I, cả nước xuất khẩu 520.000 tấn cà phê, thu về 2,6 tỷ USD, tăng 45% về giá trị so với cùng kỳ năm ngoái.',
    'Thị trường | Sản lượng (tấn)',
    'Đức | 75.000',
    'Italy | 61.000',
  ]);
  t.is(doc.paragraphs.length, 8);
  const text = doc.paragraphs.join('\n\n');
  for (const leak of ['Giá cà phê hôm nay tăng mạnh', 'Minh Sơn', 'Copy link', 'Ngọc Oanh', 'Trang chủ', 'Tổng biên tập']) t.false(text.includes(leak), leak);
});

test('tuoitre style: meta time beats JSON-LD, sapo dateline stripped, related box and author box out', (t) => {
  const doc = cleanHtml(fixture('tuoitre-article.html'));
  t.is(doc.title, 'Hà Nội thí điểm xe buýt điện ở nội đô');
  t.is(doc.publishedAt, '2025-05-20T10:15:42+07:00');
  t.is(doc.lead, 'Từ ngày 1-6, Hà Nội đưa 30 xe buýt điện vào chạy thử trên 3 tuyến nội đô, giá vé giữ nguyên 7.000 đồng mỗi lượt.');
  t.deepEqual(doc.authors, ['THẢO LINH', 'ĐỨC HÒA']);
  t.deepEqual(doc.tags, ['xe buýt điện', 'giao thông Hà Nội']);
  t.deepEqual(doc.captions, ['Xe buýt điện chạy thử trên phố Tràng Tiền - Ảnh: THẢO LINH']);
  t.deepEqual(doc.paragraphs, [
    'Sở Xây dựng Hà Nội cho biết các tuyến thí điểm đi qua những phố đông dân cư như Tràng Tiền, Hàng Bài và Lê Duẩn.',
    'Giá vé không đổi',
    'Hành khách dùng thẻ vé tháng vẫn được đi các tuyến thí điểm mà không phải trả thêm tiền.',
    'Theo kế hoạch, nếu thí điểm hiệu quả, thành phố sẽ thay toàn bộ 1.200 xe buýt chạy dầu bằng xe điện trước năm 2030.',
  ]);
});

test('dantri style: generic <title> ignored, JSON-LD time with ".000 + 07:00", sapo "(Dân trí) - " stripped', (t) => {
  const doc = cleanHtml(fixture('dantri-article.html'));
  t.is(doc.title, 'Lãi suất tiết kiệm đồng loạt giảm');
  t.is(doc.publishedAt, '2025-07-05T08:15:30+07:00');
  t.is(doc.lead, 'Nhiều ngân hàng giảm lãi suất huy động từ 0,1 đến 0,3 điểm phần trăm trong tuần đầu tháng 7.');
  t.deepEqual(doc.authors, ['Mai Chi']);
  t.is(doc.section, 'Kinh doanh');
  t.deepEqual(doc.paragraphs, [
    'Ngân hàng A hạ lãi suất kỳ hạn 12 tháng xuống 4,8% một năm, thấp hơn 0,2 điểm phần trăm so với cuối tháng 6.',
    'Ngân hàng B giảm 0,1 điểm phần trăm ở mọi kỳ hạn, áp dụng từ ngày 3/7.',
    'Các chuyên gia cho rằng mặt bằng lãi suất thấp sẽ còn kéo dài đến cuối năm, khi tín dụng tăng chậm.',
  ]);
});

test('provincial gov.vn portal: visible dateline, div + br paragraphs, "Tin khác" and hotline out', (t) => {
  const doc = cleanHtml(fixture('gov-portal-article.html'));
  t.is(doc.kind, 'article');
  t.is(doc.site, 'snn.thaibinh.gov.vn');
  t.is(doc.title, 'Sở Nông nghiệp tổng kết vụ lúa đông xuân');
  t.is(doc.publishedAt, '2024-06-20T15:45:00+07:00');
  t.is(doc.lead, 'Vụ đông xuân năm 2024, toàn tỉnh gieo cấy 78.000 ha lúa, năng suất bình quân ước đạt 71 tạ/ha.');
  t.deepEqual(doc.authors, ['Hồng Nhung']);
  t.deepEqual(doc.paragraphs, [
    'Sáng 20/6, Sở Nông nghiệp tỉnh tổ chức hội nghị tổng kết sản xuất vụ lúa đông xuân và triển khai kế hoạch vụ mùa.',
    'Theo báo cáo, diện tích lúa chất lượng cao chiếm 65% tổng diện tích gieo cấy, tăng 5% so với vụ trước.',
    'Phát biểu tại hội nghị, đồng chí Trần Văn Bình, Phó Giám đốc Sở, đề nghị các địa phương chủ động phòng trừ sâu bệnh cho lúa mùa.',
  ]);
});

test('a section page is a listing with title, url and site only (og:type "article" is not trusted)', (t) => {
  const doc = cleanHtml(fixture('section-listing.html'));
  t.is(doc.kind, 'listing');
  t.is(doc.title, 'Tin kinh tế: thị trường, doanh nghiệp, đầu tư');
  t.is(doc.url, 'https://nld.com.vn/kinh-te.htm');
  t.is(doc.site, 'nld.com.vn');
  t.deepEqual(doc.paragraphs, []);
  t.deepEqual(doc.tags, []);
  t.is(doc.lead, null);
});

test('a site no hint knows: the scorer finds the story; share bar, ads, tags and sidebar stay out', (t) => {
  const doc = cleanHtml(fixture('unknown-site-article.html'));
  t.is(doc.kind, 'article');
  t.is(doc.title, 'Đà Nẵng khai trương tuyến phố đi bộ ven sông Hàn');
  t.is(doc.publishedAt, '2025-03-29T19:20:00+07:00');
  t.deepEqual(doc.authors, []); // article:author is a profile URL, not a person
  t.is(doc.paragraphs.length, 4);
  t.is(doc.paragraphs[0], 'Tối 29/3, UBND thành phố Đà Nẵng khai trương tuyến phố đi bộ dài 1,2 km trên đường Bạch Đằng, dọc bờ tây sông Hàn.');
  const text = doc.paragraphs.join('\n\n');
  for (const leak of ['Chia sẻ', 'Mua căn hộ', 'Tags', 'Đọc nhiều', 'Cầu Rồng', 'Đường dây nóng']) t.false(text.includes(leak), leak);
});

test('site hints off: the generic stages give the same story on the major-site fixtures', (t) => {
  for (const name of ['vnexpress-article.html', 'tuoitre-article.html', 'dantri-article.html']) {
    const on = cleanHtml(fixture(name));
    const off = cleanHtml(fixture(name), { siteHints: false });
    t.deepEqual(off.paragraphs, on.paragraphs, name);
    t.deepEqual(off.captions, on.captions, name);
  }
});

test('the caller URL is used when the page states none, and hints follow it', (t) => {
  const html = fixture('gov-portal-article.html').replace(/<link rel="canonical"[^>]*>/, '');
  const doc = cleanHtml(html, { url: 'https://www.sct.bacninh.gov.vn/tin/123' });
  t.is(doc.url, 'https://www.sct.bacninh.gov.vn/tin/123');
  t.is(doc.site, 'sct.bacninh.gov.vn');
  t.is(doc.lead, 'Vụ đông xuân năm 2024, toàn tỉnh gieo cấy 78.000 ha lúa, năng suất bình quân ước đạt 71 tạ/ha.');
});

test('20,000 levels of nesting do not overflow the stack (every walk is iterative)', (t) => {
  const p1 = 'Sáng 28/6, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng 6 để đánh giá tình hình kinh tế, xã hội của địa phương trong sáu tháng đầu năm.';
  const p2 = 'Tổng thu ngân sách sáu tháng ước đạt 9.850 tỷ đồng, bằng 55% dự toán năm, tăng 12% so với cùng kỳ năm trước; chi ngân sách bảo đảm đúng dự toán.';
  const html = `<html><head><title>Lồng sâu - Báo Mới</title><meta property="article:published_time" content="2024-06-28T09:00:00+07:00"></head><body>${'<div>'.repeat(20000)}<p>${p1}</p><p>${p2}</p>${'</div>'.repeat(20000)}</body></html>`;
  const doc = cleanHtml(html);
  t.is(doc.title, 'Lồng sâu');
  t.deepEqual(doc.paragraphs, [p1, p2]);
});
