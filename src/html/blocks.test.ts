import test from 'ava';
import type { Element } from 'domhandler';
import { collectBlocks } from './blocks.js';
import { parseHtml } from './load-html.js';

const blocksOf = (html: string) => {
  const page = parseHtml(`<div id="root">${html}</div>`);
  return collectBlocks(page.children[0] as Element);
};

test('one block per paragraph, inline markup joined, white space folded', (t) => {
  const blocks = blocksOf('<p>Giá xăng <strong>giảm</strong>\n  <em>mạnh</em>.</p><h2>Tiêu đề phụ</h2>');
  t.deepEqual(blocks.map((b) => b.text), ['Giá xăng giảm mạnh.', 'Tiêu đề phụ']);
  t.deepEqual(blocks.map((b) => b.tag), ['p', 'h2']);
});

test('<br> ends a block (portals that write paragraphs as div + br)', (t) => {
  const blocks = blocksOf('<div>Dòng thứ nhất của bài.<br>Dòng thứ hai của bài.<br><br>Dòng thứ ba.</div>');
  t.deepEqual(blocks.map((b) => b.text), ['Dòng thứ nhất của bài.', 'Dòng thứ hai của bài.', 'Dòng thứ ba.']);
});

test('text beside nested blocks stays in order', (t) => {
  const blocks = blocksOf('<div>Mở đầu bài viết.<p>Đoạn giữa.</p>Kết thúc bài viết.</div>');
  t.deepEqual(blocks.map((b) => b.text), ['Mở đầu bài viết.', 'Đoạn giữa.', 'Kết thúc bài viết.']);
});

test('a table row is one block, cells joined with " | "', (t) => {
  const blocks = blocksOf('<table><tr><th>Tỉnh</th><th>Sản lượng</th></tr><tr><td>Đắk Lắk</td><td> 520.000 tấn </td></tr></table>');
  t.deepEqual(blocks.map((b) => b.text), ['Tỉnh | Sản lượng', 'Đắk Lắk | 520.000 tấn']);
});

test('link text is counted per block', (t) => {
  const [block] = blocksOf('<p>Xem thêm: <a href="/a">Giá vàng hôm nay</a></p>');
  t.is(block!.text, 'Xem thêm: Giá vàng hôm nay');
  t.is(block!.linkChars, 'Giá vàng hôm nay'.length);
});
