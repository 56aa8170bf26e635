import test from 'ava';
import { readJsonLd } from './json-ld.js';

test('reads a NewsArticle with doubly escaped entities (tuoitre style)', (t) => {
  const facts = readJsonLd([
    `{"@context":"http://schema.org","@type":"NewsArticle","headline":"Gi&amp;#225; v&amp;#224;ng t&amp;#259;ng","datePublished":"2026-03-07T08:01:00+07:00","author":[{"@type":"Person","name":"NH&#7852;T XUÂN"},{"@type":"Person","name":"NGHI VŨ"}]}`,
  ]);
  t.true(facts.isArticle);
  t.is(facts.headline, 'Giá vàng tăng');
  t.is(facts.datePublished, '2026-03-07T08:01:00+07:00');
  t.deepEqual(facts.authors, ['NHẬT XUÂN', 'NGHI VŨ']);
});

test('leaves organisation authors out and splits the section list', (t) => {
  const facts = readJsonLd([
    `{"@type":"NewsArticle","headline":"Cú sốc năng lượng","author":{"@type":"Organization","name":"VnExpress"},"articleSection":"Kinh doanh, Quốc tế","keywords":"dầu mỏ, năng lượng"}`,
  ]);
  t.deepEqual(facts.authors, []);
  t.is(facts.section, 'Kinh doanh, Quốc tế');
  t.deepEqual(facts.keywords, ['dầu mỏ', 'năng lượng']);
});

test('repairs raw newlines in strings and trailing commas', (t) => {
  const facts = readJsonLd([`{"@type":"NewsArticle","headline":"Dòng một\nDòng hai","datePublished":"2025-01-02T03:04:05+07:00",}`]);
  t.is(facts.headline, 'Dòng một Dòng hai');
  t.is(facts.datePublished, '2025-01-02T03:04:05+07:00');
});

test('finds the article inside @graph and notes the other types', (t) => {
  const facts = readJsonLd([
    `{"@graph":[{"@type":"WebSite","name":"Báo X"},{"@type":"NewsArticle","headline":"Tin chính","author":{"@type":"Person","name":""}}]}`,
    'không phải JSON',
  ]);
  t.true(facts.isArticle);
  t.true(facts.types.has('WebSite'));
  t.is(facts.headline, 'Tin chính');
  t.deepEqual(facts.authors, []);
});

test('a section page (WebSite only) is not an article', (t) => {
  const facts = readJsonLd([`{"@type":"WebSite","name":"Kinh tế","url":"https://nld.com.vn/kinh-te.htm"}`]);
  t.false(facts.isArticle);
  t.is(facts.headline, null);
});
