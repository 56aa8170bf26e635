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
const story = (over: Partial<Story>): Story => ({ paragraphs: [], captions: [], bylines: [], stage: 'site', chars: 0, linkBlocks: 0, container: null, ...over });
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
