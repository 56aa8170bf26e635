import test from 'ava';
import { extractStory, looksLikeByline, stripDateline, type StoryContext } from './content.js';
import { parseHtml } from './load-html.js';
import { genericHints, hintsForHost } from './sites.js';

const story = (body: string, host: string | null = null, hints = true, lead: string | null = null) => {
  const page = parseHtml(`<html><body>${body}</body></html>`);
  const ctx: StoryContext = { generic: genericHints(), site: hintsForHost(host), lead, title: null, taken: [], droppable: [] };
  return extractStory(page, ctx, hints);
};

const P1 = 'Sáng 5/6, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết sáu tháng đầu năm, đánh giá tình hình kinh tế xã hội của địa phương.';
const P2 = 'Theo báo cáo, tổng thu ngân sách đạt 12.500 tỷ đồng, bằng 58% dự toán năm và tăng 9% so với cùng kỳ năm trước.';
const P3 = 'Phát biểu kết luận, Chủ tịch tỉnh yêu cầu các sở ngành đẩy nhanh giải ngân vốn đầu tư công trong những tháng cuối năm.';

test('a box whose class says related is removed (generic class tokens)', (t) => {
  const s = story(`<div class="content"><p>${P1}</p><div class="box-related"><p>Tin cũ không liên quan đến bài này mà vẫn có nhiều chữ để đọc.</p></div><p>${P2}</p><p>${P3}</p></div>`, null, false);
  t.deepEqual(s.paragraphs, [P1, P2, P3]);
  t.is(s.stage, 'scorer');
});

test('site drop selectors remove embedded related boxes', (t) => {
  const s = story(`<div class="detail-content afcbc-body"><p>${P1}</p><div class="VCSortableInPreviewMode" type="RelatedOneNews"><p>Hà Nội mở thêm tuyến buýt điện mới từ tháng sau.</p></div><p>${P2}</p><p>${P3}</p></div>`, 'tuoitre.vn');
  t.is(s.stage, 'site');
  t.deepEqual(s.paragraphs, [P1, P2, P3]);
});

test('link lists, "Xem thêm" lines and photo credits are not story text', (t) => {
  const s = story(`<article><p>${P1}</p><ul><li><a href="/a">Giá vàng hôm nay tăng mạnh phiên sáng</a></li></ul><p>Xem thêm: <a href="/b">Tỷ giá USD hôm nay</a></p><p>Ảnh: Minh họa</p><p>${P2}</p><p>${P3}</p></article>`, null, false);
  t.deepEqual(s.paragraphs, [P1, P2, P3]);
  // The headline list item and the "Xem thêm" line are both linked lines.
  t.is(s.linkBlocks, 2);
});

test('captions are taken out once, even when nested caption selectors repeat them', (t) => {
  const cap = 'Lãnh đạo tỉnh phát biểu tại hội nghị. Ảnh: Thu Hà';
  const s = story(`<article class="fck_detail"><p>${P1}</p><figure class="tplCaption"><img src="a.jpg"><figcaption><p class="Image">${cap}</p></figcaption></figure><p>${P2}</p><table class="MASTERCMS_TPL_TABLE"><tr><td><img src="b.jpg"></td></tr><tr><td class="media-caption">${cap}</td></tr></table><p>${P3}</p></article>`, 'vnexpress.net');
  t.deepEqual(s.captions, [cap]);
  t.deepEqual(s.paragraphs, [P1, P2, P3]);
});

test('the closing byline goes to bylines, not to the text', (t) => {
  const s = story(`<article class="fck_detail"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p style="text-align:right"><strong>Hà Thu</strong> <em>(tổng hợp)</em></p></article>`, 'vnexpress.net');
  t.deepEqual(s.paragraphs, [P1, P2, P3]);
  t.deepEqual(s.bylines, ['Hà Thu (tổng hợp)']);
});

test('a block repeating the lead is dropped from the start of the text', (t) => {
  const lead = 'Tổng thu ngân sách sáu tháng đạt hơn một nửa dự toán năm.';
  const s = story(`<div class="post"><p>${lead}</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`, null, false, lead);
  t.deepEqual(s.paragraphs, [P1, P2, P3]);
});

test('the site dateline opening the first paragraph is removed when there is no sapo', (t) => {
  const s = story(`<div class="post"><p>(Báo Tỉnh) - ${P1}</p><p>${P2}</p><p>${P3}</p></div>`, null, false);
  t.is(s.paragraphs[0], P1);
});

test('stripDateline removes site datelines, not ordinary openings', (t) => {
  const g = genericHints();
  t.is(stripDateline('(Dân trí) - Giá vàng trong nước giảm.', g), 'Giá vàng trong nước giảm.');
  t.is(stripDateline('(NLĐO)- Không ít hộ kinh doanh chưa quen.', g), 'Không ít hộ kinh doanh chưa quen.');
  t.is(stripDateline('TPO - Sáng nay, trời mưa to.', g), 'Sáng nay, trời mưa to.');
  t.is(stripDateline('Giá vàng trong nước giảm (theo SJC) - mạnh.', g), 'Giá vàng trong nước giảm (theo SJC) - mạnh.');
});

test('looksLikeByline: names and sources, not subheadings or sentences', (t) => {
  t.true(looksLikeByline('Hà Thu (tổng hợp)'));
  t.true(looksLikeByline('NHẬT XUÂN - NGHI VŨ'));
  t.true(looksLikeByline('Theo Reuters'));
  t.false(looksLikeByline('Hạn chế xuất khẩu nhiên liệu'));
  t.false(looksLikeByline('Giá vé không đổi.'));
});

test('a page with nothing story-like falls to the baseline stage', (t) => {
  const s = story('<div><a href="/">Trang chủ</a></div>');
  t.is(s.stage, 'baseline');
  t.deepEqual(s.paragraphs, []);
});

test('polls, comment boxes, share bars and tag lists inside the story container are removed', (t) => {
  const s = story(`<div class="entry"><p>${P1}</p><div class="poll-box"><p>Bạn có đồng ý với đề xuất tăng thu ngân sách không?</p></div><p>${P2}</p><div id="comments"><p>Bài viết rất hay và bổ ích, cảm ơn tác giả đã chia sẻ thông tin.</p></div><div class="social-share">Chia sẻ bài viết này với bạn bè của bạn qua mạng xã hội</div><p>${P3}</p><div class="tags">Từ khóa: ngân sách, hội nghị</div></div>`, null, false);
  t.deepEqual(s.paragraphs, [P1, P2, P3]);
});
