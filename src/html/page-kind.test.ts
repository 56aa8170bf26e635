import test from 'ava';
import type { Story } from './content.js';
import { readJsonLd } from './json-ld.js';
import type { PageMetadata } from './metadata.js';
import { decideKind } from './page-kind.js';

const meta = (over: Partial<PageMetadata>): PageMetadata => ({
  url: null, site: null, language: 'vi', titles: { h1: null, ogTitle: null, jsonLdHeadline: null, titleTag: null },
  publishedFrom: null, publishedAt: null, modifiedAt: null, authors: { jsonLd: [], site: () => [], meta: [], generic: () => [] },
  section: null, tags: [], leadElement: null, lead: null, description: null, titleElement: null, jsonLd: readJsonLd([]), ogType: null, ...over,
});
const story = (over: Partial<Story>): Story => ({ paragraphs: [], captions: [], bylines: [], stage: 'site', chars: 0, linkBlocks: 0, teaserRuns: 0, container: null, pageProseChars: () => 0, ...over });
const paras = (n: number, len: number): string[] => Array.from({ length: n }, () => 'x'.repeat(len));

test('an article: JSON-LD article, meta time, article URL, long text', (t) => {
  const k = decideKind(meta({ url: 'https://vnexpress.net/cach-cac-nuoc-doi-pho-5047363.html', publishedFrom: 'meta', jsonLd: readJsonLd(['{"@type":"NewsArticle"}']) }), story({ paragraphs: paras(6, 300), chars: 1800 }));
  t.is(k.kind, 'article');
  t.is(k.score, 6);
});

test('a section page that claims og:type article is still a listing', (t) => {
  const k = decideKind(meta({ url: 'https://nld.com.vn/kinh-te.htm', ogType: 'article' }), story({ paragraphs: paras(10, 150), chars: 1500, linkBlocks: 40, stage: 'scorer' }));
  t.is(k.kind, 'listing');
});

test('a short portal article with only a visible dateline is an article', (t) => {
  const k = decideKind(meta({ url: 'https://snn.thaibinh.gov.vn/tin-tuc/so-nong-nghiep-tong-ket-vu-lua-dong-xuan-2024.html', publishedFrom: 'dateline' }), story({ paragraphs: paras(3, 110), chars: 330 }));
  t.is(k.kind, 'article');
});

test('a home page is a listing', (t) => {
  const k = decideKind(meta({ url: 'https://baodautu.vn/' }), story({ paragraphs: paras(2, 200), chars: 400, stage: 'scorer' }));
  t.is(k.kind, 'listing');
});

test('an old article without date, URL or JSON-LD is an article: headline h1 and one story block', (t) => {
  const k = decideKind(
    meta({ titles: { h1: 'Phân luồng ba nút giao lớn ở trung tâm', ogTitle: null, jsonLdHeadline: null, titleTag: 'Phân luồng ba nút giao lớn ở trung tâm - Tin tức' } }),
    story({ stage: 'scorer', paragraphs: paras(3, 120), chars: 360, pageProseChars: () => 900 }),
  );
  t.is(k.kind, 'article');
  t.is(k.score, 2.5);
  t.true(k.close);
  t.true(k.reasons.includes('+1 h1 repeats the page title'));
});

test('a section name in h1 is not a headline (too short), whatever the title says', (t) => {
  const k = decideKind(
    meta({ titles: { h1: 'Kinh doanh', ogTitle: null, jsonLdHeadline: null, titleTag: 'Kinh doanh - Tin tức' } }),
    story({ stage: 'scorer', paragraphs: paras(3, 120), chars: 360, pageProseChars: () => 900 }),
  );
  t.is(k.score, 1.5);
  t.is(k.kind, 'listing');
});

test('a home page without URL or date: a teaser list (a linked line per two of prose) is listing evidence', (t) => {
  const k = decideKind(
    meta({ titles: { h1: 'Tin tức tổng hợp mới nhất trong ngày', ogTitle: null, jsonLdHeadline: null, titleTag: 'Tin tức tổng hợp mới nhất trong ngày' } }),
    story({ stage: 'scorer', paragraphs: paras(40, 150), chars: 6000, linkBlocks: 20, teaserRuns: 18, pageProseChars: () => 6500 }),
  );
  t.is(k.kind, 'listing');
  t.true(k.reasons.some((r) => r.startsWith('-3 teaser list')));
});

test('a few inline links in a long story are no teaser list', (t) => {
  const k = decideKind(meta({}), story({ stage: 'scorer', paragraphs: paras(30, 150), chars: 4500, linkBlocks: 8, pageProseChars: () => 5000 }));
  t.is(k.kind, 'article');
  t.false(k.reasons.some((r) => r.includes('teaser')));
});

test('a block holding a small share of a home page\'s text is not a story', (t) => {
  const k = decideKind(
    meta({ titles: { h1: 'Những mẫu điện thoại đáng chú ý trong tuần', ogTitle: null, jsonLdHeadline: null, titleTag: 'Những mẫu điện thoại đáng chú ý trong tuần' } }),
    story({ stage: 'scorer', paragraphs: paras(4, 100), chars: 400, pageProseChars: () => 4000 }),
  );
  t.is(k.kind, 'listing');
  t.true(k.reasons.includes("-1 story block holds 10 % of the page's text"));
});

test('one run of related headlines inside an old story is weak evidence: still an article', (t) => {
  const k = decideKind(
    meta({ publishedFrom: 'dateline', titles: { h1: 'Phân luồng ba nút giao lớn ở trung tâm', ogTitle: null, jsonLdHeadline: null, titleTag: 'Phân luồng ba nút giao lớn ở trung tâm' } }),
    story({ stage: 'scorer', paragraphs: paras(20, 150), chars: 3000, linkBlocks: 9, teaserRuns: 1, pageProseChars: () => 4000 }),
  );
  t.is(k.kind, 'article');
  t.true(k.reasons.some((r) => r.startsWith('-1 linked lines')));
});
