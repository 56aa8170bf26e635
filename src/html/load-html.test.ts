import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { textOf } from './dom-text.js';
import { parseHtml } from './load-html.js';
import { sharedPath } from '../testing/shared.js';

/** The tree without its back links, as JSON: equal strings mean the same nodes, names, attributes and text. */
const shape = (root: AnyNode): string =>
  JSON.stringify(root, (key, value: unknown) => (key === 'parent' || key === 'prev' || key === 'next' ? undefined : value));

const stock = (html: string): string => shape(parseDocument(html, { xmlMode: false, decodeEntities: true }));

const PAGE = `<!DOCTYPE html><html lang="vi"><head>
<title>Giá vàng &amp; USD hôm nay &#8211; Báo Kinh tế</title>
<meta property="og:title" content="Giá vàng &amp; USD: &quot;nóng&quot; trở lại">
<script>var q = "a<b && c>d"; if (x < 3 && y) { document.write("</p>"); }</script>
<style>.sapo > p { color: #333 } /* & < */</style>
<script type="application/ld+json">{"headline":"Giá vàng &amp; USD","author":{"@type":"Person","name":"Lê Minh"}}</script>
</head><body>
<!-- quảng cáo --><!--><!--->
<div class='detail-content' data-x=a&amp;b data-y="x&y=1&amp;z=2" title='Tỷ giá &lt;USD&gt;'>
<p>Sáng 7/3, giá vàng SJC tăng 500.000 đồng/lượng &ndash; lên 92,5 triệu&nbsp;đồng. &copy 2026 &notit; &#x1F4C8; &#0; & rồi</p>
<p>Một đoạn dài không có ký hiệu đặc biệt nào, chỉ có chữ, dấu phẩy, và dấu chấm.</p>
<textarea>&amp; giữ nguyên</textarea><xmp>&amp; <b>cũng vậy</b></xmp>
<svg><title>Biểu đồ &amp; số liệu</title><path d="M0 0L10 10Z"/></svg>
<![CDATA[ x & y ]]><a href=/tin-moi?id=1&amp;p=2>Tin mới</a>
</div></body></html>`;

test('the skipping tokenizer builds the same tree as the stock htmlparser2 tokenizer', (t) => {
  t.is(shape(parseHtml(PAGE)), stock(PAGE));
  // Cut anywhere (inside an entity, an attribute value, a comment, a script), it still agrees.
  for (let end = 0; end <= PAGE.length; end += 7) t.is(shape(parseHtml(PAGE.slice(0, end))), stock(PAGE.slice(0, end)), `cut at ${end}`);
});

test('entities are decoded in text, attributes and <title>, not in scripts', (t) => {
  const page = parseHtml(PAGE);
  const all: Element[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') all.push(n as Element);
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(page);
  const byName = (name: string) => all.filter((e) => e.name === name);
  t.is(textOf(byName('title')[0]!), 'Giá vàng & USD hôm nay – Báo Kinh tế');
  t.is(byName('meta')[0]!.attribs['content'], 'Giá vàng & USD: "nóng" trở lại');
  const div = all.find((e) => e.attribs['class'] === 'detail-content')!;
  t.deepEqual([div.attribs['data-x'], div.attribs['data-y'], div.attribs['title']], ['a&b', 'x&y=1&z=2', 'Tỷ giá <USD>']);
  t.is(textOf(byName('p')[0]!), 'Sáng 7/3, giá vàng SJC tăng 500.000 đồng/lượng – lên 92,5 triệu\u00a0đồng. © 2026 ¬it; 📈 \ufffd & rồi');
  t.is(byName('a')[0]!.attribs['href'], '/tin-moi?id=1&p=2');
  t.is(textOf(byName('script')[0]!), '');
  t.is((byName('script')[0]!.children[0] as unknown as { data: string }).data, 'var q = "a<b && c>d"; if (x < 3 && y) { document.write("</p>"); }');
});

const pages = sharedPath('corpus', 'pages');
(pages ? test : test.skip)('same tree as the stock tokenizer on every shared page', (t) => {
  const files = readdirSync(pages!).filter((f) => /\.html?$/.test(f));
  t.true(files.length > 0);
  for (const f of files) {
    const html = readFileSync(join(pages!, f), 'utf8');
    t.is(shape(parseHtml(html)), stock(html), f);
  }
});
