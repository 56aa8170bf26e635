import test from 'ava';
import { parseHtml } from './load-html.js';
import { readMetadata, readPageUrl } from './metadata.js';
import { scanPage } from './page-scan.js';
import { genericHints, hintsForHost } from './sites.js';

const read = (html: string, pageUrl: string | null = null, hints = true) => {
  const scan = scanPage(parseHtml(html), genericHints().dropTags);
  const url = readPageUrl(scan, pageUrl);
  return readMetadata(scan, url, genericHints(), hintsForHost(url ? new URL(url).hostname : null), hints);
};

test('canonical link beats og:url, which beats the caller URL', (t) => {
  t.is(read('<link rel="canonical" href="http://baodautu.vn/tai-chinh-d6/"><meta property="og:url" content="https://baodautu.vn/">').url, 'http://baodautu.vn/tai-chinh-d6/');
  t.is(read('<meta property="og:url" content="https://vietnamnet.vn/kinh-doanh">', 'https://x.vn/a').url, 'https://vietnamnet.vn/kinh-doanh');
  t.is(read('<p>x</p>', 'https://www.nhandan.vn/a-1.html').site, 'nhandan.vn');
});

test('publishedAt from itemprop datePublished when meta and JSON-LD are silent', (t) => {
  const m = read('<body><span itemprop="datePublished" content="2024-09-02T06:00:00+07:00">02/09/2024</span></body>');
  t.is(m.publishedAt, '2024-09-02T06:00:00+07:00');
  t.is(m.publishedFrom, 'itemprop');
});

test('publishedAt from <time datetime> and from a visible dateline', (t) => {
  t.is(read('<body><time datetime="2026-03-07 08:07">Thứ bảy, 07/03/2026 - 08:07</time></body>').publishedAt, '2026-03-07T08:07:00+07:00');
  t.is(read('<body><div class="post-time"> - 07/03/2026 08:47</div></body>').publishedAt, '2026-03-07T08:47:00+07:00');
});

test('the first <time> that states a time wins, not a later one (a related article)', (t) => {
  const html = '<body><time datetime="2024-05-20T09:15:00+07:00">20/05/2024 09:15</time>' +
    '<aside><time datetime="2024-05-18T07:00:00+07:00">18/05/2024</time></aside></body>';
  t.is(read(html).publishedAt, '2024-05-20T09:15:00+07:00');
});

test('publication time wins over creation time; modification time kept apart', (t) => {
  const m = read('<meta name="dateCreated" content="2026-03-06T12:20:50+07:00"><meta name="pubdate" content="2026-03-07T00:05:00+07:00"><meta property="article:modified_time" content="2026-03-07T07:38:56+07:00">');
  t.is(m.publishedAt, '2026-03-07T00:05:00+07:00');
  t.is(m.modifiedAt, '2026-03-07T07:38:56+07:00');
});

test('publishedAt from the URL as a last resort, marked as such', (t) => {
  const m = read('<p>Không có ngày tháng.</p>', 'https://example.vn/2023/11/02/tin.html');
  t.is(m.publishedAt, '2023-11-02T00:00:00+07:00');
  t.is(m.publishedFrom, 'url');
});

test('tags from article:tag, section from article:section, language from <html lang>', (t) => {
  const m = read('<html lang="vi-VN"><head><meta property="article:tag" content="giá vàng, SJC"><meta property="article:tag" content="lãi suất"><meta property="article:section" content="Kinh doanh"></head></html>');
  t.deepEqual(m.tags, ['giá vàng', 'SJC', 'lãi suất']);
  t.is(m.section, 'Kinh doanh');
  t.is(m.language, 'vi');
});

test('the sapo element: site selector with hints, generic selectors without', (t) => {
  const html = '<body><h2 class="detail-sapo">(NLĐO)- Không ít hộ kinh doanh chưa quen với hóa đơn điện tử.</h2></body>';
  t.is(read(html, 'https://nld.com.vn/a-196260307071308923.htm').lead, '(NLĐO)- Không ít hộ kinh doanh chưa quen với hóa đơn điện tử.');
  t.is(read(html, 'https://nld.com.vn/a-196260307071308923.htm', false).lead, '(NLĐO)- Không ít hộ kinh doanh chưa quen với hóa đơn điện tử.');
});

test('author sources are kept apart: JSON-LD people, site byline, meta', (t) => {
  const m = read('<head><meta name="author" content="NLD.COM.VN"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":""}}</script></head><body><div class="detail-author"><p class="name" data-role="author">Minh Chiến</p></div></body>', 'https://nld.com.vn/x-196260307071308923.htm');
  t.deepEqual(m.authors.jsonLd, []);
  t.deepEqual(m.authors.site(), ['Minh Chiến']);
  t.deepEqual(m.authors.meta, ['NLD.COM.VN']);
});
