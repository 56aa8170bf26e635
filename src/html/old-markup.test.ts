/**
 * Old markup (2008–2014 templates), one trait per test, each on a fixture written for this project in
 * that style, with a negative case beside it. All run with site hints off: no site knows these pages.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { cleanHtml } from './clean.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url), 'utf8');
const clean = (html: string) => cleanHtml(html, { siteHints: false });

const P1 = 'Sáng nay, Ban quản lý chợ cho biết sẽ sửa lại toàn bộ mái che khu hàng rau trước mùa mưa năm nay.';
const P2 = 'Kinh phí sửa chữa khoảng hai tỷ đồng, lấy từ nguồn thu phí của các hộ kinh doanh trong chợ.';
const P3 = 'Trong thời gian thi công, các quầy hàng rau được chuyển tạm sang bãi xe phía sau chợ.';
const page = (title: string, body: string): string =>
  `<html><head><title>${title} - Báo Mẫu</title></head><body><div class="menu"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></div>${body}</body></html>`;
const HEAD = 'Chợ trung tâm sửa mái che khu hàng rau';

test('a 2012 portal page: ASP.NET form, table layout, site name in h1, dateline, <br><br> paragraphs, photo table, related box', (t) => {
  const doc = clean(fixture('old-portal-2012.html'));
  t.is(doc.kind, 'article');
  t.is(doc.title, 'Phố đi bộ mở thêm hai tuyến dịp cuối năm');
  // The line under the headline, not the teaser dates of the sidebar (27/12, 26/12).
  t.is(doc.publishedAt, '2012-12-28T09:15:00+07:00');
  t.is(doc.lead, 'Thành phố quyết định mở thêm hai tuyến phố đi bộ quanh khu trung tâm trong mười ngày cuối năm để phục vụ người dân vui chơi.');
  t.deepEqual(doc.paragraphs, [
    // numeric character references decoded
    'Theo thông báo của Sở Văn hóa, hai tuyến mới sẽ hoạt động từ 18 giờ đến 24 giờ các ngày thứ Sáu, thứ Bảy và Chủ nhật.',
    'Trên các tuyến này, xe máy và ô tô không được lưu thông, người bán hàng rong phải đăng ký vị trí với ban quản lý trước ba ngày.',
    'Ban tổ chức cho biết sẽ bố trí thêm nhà vệ sinh di động, điểm sơ cứu và lực lượng hướng dẫn ở mỗi đầu phố.',
    'Khảo sát của sở cho thấy hơn tám mươi phần trăm người được hỏi ủng hộ việc mở rộng không gian đi bộ vào các dịp lễ, Tết.',
    'Nếu thí điểm hiệu quả, thành phố sẽ cân nhắc duy trì hai tuyến phố này vào mọi dịp cuối tuần trong năm tới.',
  ]);
  t.deepEqual(doc.captions, ['Người dân dạo bộ trên tuyến phố mới mở tối thứ Bảy tuần trước.']);
  t.deepEqual(doc.authors, ['Thanh Hương']);
});

test('<br><br> runs inside one <p> are paragraphs; a single <br> inside a sentence is not a new block of prose lost', (t) => {
  const doc = clean(page(HEAD, `<h1>${HEAD}</h1><div class="bai"><p class="Normal">${P1}<br><br>${P2}<br><br>${P3}</p></div>`));
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
});

test('<div> paragraphs are read like <p>', (t) => {
  const doc = clean(page(HEAD, `<h1>${HEAD}</h1><div class="bai"><div>${P1}</div><div>${P2}</div><div>${P3}</div></div>`));
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
});

test('a photo-frame table (image row, caption row) gives a caption; a table with text beside the image stays text', (t) => {
  const cap = 'Mái che khu hàng rau đã xuống cấp sau nhiều năm sử dụng.';
  const frame = `<table><tr><td><img src="a.jpg"></td></tr><tr><td>${cap}</td></tr></table>`;
  const doc = clean(page(HEAD, `<h1>${HEAD}</h1><div class="bai"><p>${P1}</p>${frame}<p>${P2}</p><p>${P3}</p></div>`));
  t.deepEqual(doc.captions, [cap]);
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
  // A recipe-style layout row: the step text sits beside its photo and is story text.
  const step = 'Bước 2: Trộn đều bột với trứng, thêm một chút nước ấm rồi nhào kỹ trong mười phút cho bột mịn.';
  const layout = `<table><tr><td><img src="b.jpg"></td><td><p>${step}</p></td></tr></table>`;
  const doc2 = clean(page(HEAD, `<h1>${HEAD}</h1><div class="bai"><p>${P1}</p>${layout}<p>${P2}</p></div>`));
  t.deepEqual(doc2.paragraphs, [P1, step, P2]);
  t.deepEqual(doc2.captions, []);
});

test('Word-pasted markup: an italic line after an image inside a <p> is a caption; an italic sentence elsewhere is text', (t) => {
  const cap = 'Chiếc áo khoác dạ dáng dài hợp với những buổi tối se lạnh.';
  const pasted = `<p class="MsoNormal"><span style="font-style: italic; font-family: 'Times New Roman';"><img src="c.jpg" alt="ảnh 3"><br>${cap}</span></p>`;
  const quote = 'Đây là lần đầu tiên chợ được sửa chữa lớn kể từ khi xây dựng, theo lời kể của nhiều tiểu thương.';
  const doc = clean(page(HEAD, `<h1>${HEAD}</h1><div class="bai"><p class="MsoNormal">${P1}</p>${pasted}<p class="MsoNormal">${P2}</p><p class="MsoNormal"><em>${quote}</em></p><p>${P3}</p></div>`));
  t.deepEqual(doc.captions, [cap]);
  t.deepEqual(doc.paragraphs, [P1, P2, quote, P3]);
});

test('a plain <div> under a photo repeating its alt text is a caption; a paragraph after a photo is not', (t) => {
  const alt = 'Tiểu thương dọn hàng sang khu tạm';
  const doc = clean(page(HEAD, `<h1>${HEAD}</h1><div class="bai"><div>${P1}</div><div align=center><img alt="${alt}" src="d.jpg"></div><div align=center><span>${alt}</span><br></div><div>${P2}</div><div><img src="e.jpg"></div><div>${P3}</div></div>`));
  t.deepEqual(doc.captions, [alt]);
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
});

test('a related-news box inside the body container is left out; a body whose class only contains "news" is kept', (t) => {
  const related = `<div class="VCObjectBoxRelatedNewsContentWrapper"><a href="/x.htm">Chợ đầu mối mở cửa xuyên Tết năm nay</a><p>Ban quản lý chợ đầu mối cho biết sẽ mở cửa suốt những ngày Tết để phục vụ nhu cầu mua sắm của người dân.</p></div>`;
  const doc = clean(page(HEAD, `<h1>${HEAD}</h1><div class="newsdetail"><p>${P1}</p><p>${P2}</p>${related}<p>${P3}</p></div>`));
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
});

test('headline and lead printed twice (page head and body copy): each appears once, and not in the text', (t) => {
  const lead = 'Ban quản lý chợ sẽ sửa mái che khu hàng rau, dự kiến xong trước mùa mưa.';
  const head = `<div id="content_head"><h1 class="pTitle">${HEAD}</h1><p class="pHead">${lead}</p></div>`;
  const copy = `<div id="content_document"><h1 class="pTitle">${HEAD}</h1><p class="pHead lead">${lead}</p><p class="pBody">${P1}</p><p class="pBody">${P2}</p><p class="pBody">${P3}</p></div>`;
  const doc = clean(page(HEAD, head + '<div class="docnhieu"><a href="/a">Đọc nhiều nhất trong tuần này ở chuyên mục xã hội</a></div>' + copy));
  t.is(doc.title, HEAD);
  t.is(doc.lead, lead);
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
});

test('a nested <html> document inside a web part: its <head> and <title> do not replace the page\'s', (t) => {
  const part = `<div class="webpart"><html><head><title>WebPart tin bài</title></head><body><div class="bai"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html></div>`;
  const doc = clean(page(HEAD, `<h1>${HEAD}</h1>${part}`));
  t.is(doc.title, HEAD);
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
});

test('"</>" (an empty end tag) is ignored, not printed in the headline', (t) => {
  const doc = clean(page(HEAD, `<h1>${HEAD}</></h1><div class="bai"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`));
  t.is(doc.title, HEAD);
});

test('photo story: the captions are the text (SCHEMA v1.1), with a warning', (t) => {
  const doc = clean(fixture('photo-story-2012.html'));
  t.is(doc.kind, 'article');
  t.is(doc.title, 'Mùa lúa chín trên ruộng bậc thang');
  t.is(doc.captions.length, 4);
  t.deepEqual(doc.paragraphs, doc.captions);
  t.is(doc.paragraphs[0], 'Những thửa ruộng nối nhau từ chân đồi lên tận đỉnh núi, nhìn xa như những bậc cầu thang khổng lồ.');
  t.true(doc.warnings.includes('photo story: the text is its 4 captions (SCHEMA v1.1)'));
  t.is(doc.publishedAt, null);
});

test('an article with a few photos is no photo story: its captions stay out of the text', (t) => {
  const frame = (cap: string) => `<table><tr><td><img src="f.jpg"></td></tr><tr><td>${cap}</td></tr></table>`;
  const doc = clean(page(HEAD, `<h1>${HEAD}</h1><div class="bai"><p>${P1}</p>${frame('Khu hàng rau trước khi sửa.')}<p>${P2}</p>${frame('Bãi xe sau chợ.')}<p>${P3}</p>${frame('Quầy tạm.')}</div>`));
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
  t.is(doc.captions.length, 3);
  t.false(doc.warnings.some((w) => w.startsWith('photo story')));
});

test('a home page with no URL, no date and a headline-like h1 is a listing on its teaser list', (t) => {
  const doc = clean(fixture('old-home-page.html'));
  t.is(doc.kind, 'listing');
  t.is(doc.title, 'Tin tức tổng hợp mới nhất trong ngày');
  t.deepEqual(doc.paragraphs, []);
});
