import test from 'ava';
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { textOf } from './dom-text.js';
import { matchesSelector, selectInDocument, selectWithin } from './css-query.js';
import { parseHtml } from './load-html.js';
import { scanPage } from './page-scan.js';

const PAGE = `<html><head><title>Tin</title></head><body>
<figure class="tplCaption outside"><div id="story" class="detail-content afcbc-body">
  <p class="Normal">Sáng 7/3, Thủ tướng chủ trì hội nghị.</p>
  <span class="PhotoCMS_Caption">Ảnh ngoài figure trong bài</span>
  <figure class="tplCaption"><img src="a.jpg"><figcaption>Ảnh: Hội nghị trực tuyến</figcaption></figure>
  <div class="box-author-detail"><span class="name">Nguyễn Văn An</span></div>
  <div class="a a date-line" data-role="publishdate">07/03/2026 08:00</div>
  <div hidden>Ẩn</div><div style="display: none">Cũng ẩn</div>
</div></figure>
<article class="fck_detail"><h2>Tiêu đề phụ</h2><p class="author_mail"><strong>Lan Anh</strong></p></article>
<span itemprop="author"><b itemprop="name">Trần Bình</b></span><span class="update-time">08:05</span>
</body></html>`;

const texts = (els: Element[]): string[] => els.map((e) => textOf(e).trim());

test('document queries: attributes, combinators, unions and a class written twice, in page order', (t) => {
  const scan = scanPage(parseHtml(PAGE), new Set());
  const q = (sel: string) => texts(selectInDocument(scan.index, sel));
  t.deepEqual(q('[itemprop=author] [itemprop=name]'), ['Trần Bình']);
  t.deepEqual(q('[class*=date]'), ['07/03/2026 08:00', '08:05']);
  t.deepEqual(q('.a'), ['07/03/2026 08:00']);
  t.deepEqual(q('article.fck_detail > p.author_mail strong'), ['Lan Anh']);
  t.deepEqual(q('[data-role=publishdate], .box-author-detail .name, [hidden]'), ['Nguyễn Văn An', '07/03/2026 08:00', 'Ẩn']);
  t.deepEqual(q('body'), [textOf(selectInDocument(scan.index, 'body')[0]!).trim()]);
  t.true(matchesSelector(selectInDocument(scan.index, 'b')[0]!, '[itemprop=author] [itemprop=name]'));
});

test('queries inside a container are scoped to it, as cheerio find()', (t) => {
  const page = parseHtml(PAGE);
  const story = selectWithin([page], '#story')[0]!;
  // The outer figure does not count: "figure .PhotoCMS_Caption" must match inside the container…
  t.deepEqual(texts(selectWithin([story], 'figure .PhotoCMS_Caption')), []);
  // …where the container itself may stand for the leftmost compound.
  t.deepEqual(texts(selectWithin([story], 'div > span')), ['Ảnh ngoài figure trong bài', 'Nguyễn Văn An']);
  t.deepEqual(texts(selectWithin([story], '.detail-content .PhotoCMS_Caption')), ['Ảnh ngoài figure trong bài']);
  t.deepEqual(texts(selectWithin([story], 'figure figcaption, .PhotoCMS_Caption')), ['Ảnh ngoài figure trong bài', 'Ảnh: Hội nghị trực tuyến']);
  t.deepEqual(texts(selectWithin([story], "[hidden],[style*='display: none']")), ['Ẩn', 'Cũng ẩn']);
  t.deepEqual(texts(selectWithin([story], 'figure.tplCaption figcaption')), ['Ảnh: Hội nghị trực tuyến']);
});

const SELECTORS = [
  'figure .PhotoCMS_Caption', 'figure figcaption', 'figure.tplCaption figcaption', '.box-author-detail .name', 'div > span', 'body p',
  '[class*=date]', '[data-role=publishdate]', '[itemprop=author] [itemprop=name]', 'p, figure, [hidden]', 'div:not(.a)', 'p ~ figure', '*',
];

test('same elements, same order as cheerio for document and container queries', (t) => {
  const $ = load(PAGE, { xml: { xmlMode: false, decodeEntities: true } });
  const page = parseHtml(PAGE);
  const scan = scanPage(page, new Set());
  const ours = selectWithin([page], '#story')[0]!;
  for (const sel of SELECTORS) {
    t.deepEqual(texts(selectInDocument(scan.index, sel)), texts($(sel).toArray() as Element[]), `document ${sel}`);
    t.deepEqual(texts(selectWithin([ours], sel)), texts($('#story').find(sel).toArray() as Element[]), `container ${sel}`);
  }
});

test('every selector of sites.json compiles here (css-select syntax: no jQuery :first or :eq)', (t) => {
  const raw = JSON.parse(readFileSync(new URL('../../corpus/lexicon/sites.json', import.meta.url), 'utf8')) as {
    generic: Record<string, unknown>;
    sites: Record<string, Record<string, unknown>>;
  };
  const lists = [raw.generic, ...Object.values(raw.sites)].flatMap((o) => ['title', 'lead', 'body', 'captions', 'figures', 'time', 'author', 'drop'].map((k) => o[k]));
  const selectors = lists.flatMap((l) => (Array.isArray(l) ? (l as string[]) : []));
  t.true(selectors.length > 100);
  const el = parseHtml('<p class="x">y</p>').children[0] as Element;
  for (const sel of selectors) t.notThrows(() => matchesSelector(el, sel), sel);
  t.throws(() => matchesSelector(el, 'p:first'));
});
