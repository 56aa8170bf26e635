import test from 'ava';
import { removeElement } from 'domutils';
import { textOf } from './dom-text.js';
import { parseHtml } from './load-html.js';
import { scanPage } from './page-scan.js';

const page = () => {
  const page = parseHtml('<html><body><h1 class="title-detail">Tiêu đề</h1><h2 class="detail-sapo x">Sapo</h2><p class="sapo">Một</p><div id="maincontent"><p class="Normal">Hai</p><p class="Normal">Ba</p></div></body></html>');
  return { page, scan: scanPage(page, new Set(['script'])) };
};

test('answers tag, class, tag.class, several classes and id selectors in document order', (t) => {
  const { scan } = page();
  const text = (sel: string) => scan.index.query(sel)?.map((el) => textOf(el));
  t.deepEqual(text('h1'), ['Tiêu đề']);
  t.deepEqual(text('.sapo'), ['Một']);
  t.deepEqual(text('h2.detail-sapo'), ['Sapo']);
  t.deepEqual(text('h2.detail-sapo.x'), ['Sapo']);
  t.deepEqual(text('p.detail-sapo'), []);
  t.deepEqual(text('#maincontent p.Normal'), undefined); // a descendant selector is not simple
  t.deepEqual(text('p.Normal'), ['Hai', 'Ba']);
  t.is(scan.index.query('#maincontent')?.length, 1);
});

test('declines selectors it cannot answer and forgets removed elements', (t) => {
  const { scan } = page();
  t.is(scan.index.query('[itemprop=author]'), null);
  t.is(scan.index.query('div > p'), null);
  removeElement(scan.index.query('#maincontent')![0]!);
  t.deepEqual(scan.index.query('p.Normal'), []);
});

test('a fragment with several top-level elements is indexed in document order, first id first', (t) => {
  const frag = parseHtml('<p class="tin" id="a">Một</p><div><p class="tin">Hai</p></div><p class="tin" id="a">Ba</p>');
  const scan = scanPage(frag, new Set(['script']));
  t.deepEqual(scan.index.query('p.tin')?.map((el) => textOf(el)), ['Một', 'Hai', 'Ba']);
  t.deepEqual(scan.index.query('#a')?.map((el) => textOf(el)), ['Một']);
  t.deepEqual(scan.index.elements.map((el) => textOf(el)), ['Một', 'Hai', 'Hai', 'Ba']);
});
