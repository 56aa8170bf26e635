import test from 'ava';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from './extract.js';
import { validateRecord } from '../schema/validate.js';
import { writeBadInputs } from '../testing/bad-inputs.js';
import type { ArticleRecord, OutputRecord } from '../record.js';

const dir = mkdtempSync(join(tmpdir(), 'baochi-bad-'));
const bad = writeBadInputs(dir);
test.after.always(() => rmSync(dir, { recursive: true, force: true }));

const run = (name: string): OutputRecord => extract({ html: new Uint8Array(readFileSync(join(dir, name))), source: name });

const article = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Bắc Ninh thu hút 1,2 tỷ USD vốn FDI trong quý I - Báo Kinh tế</title>
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.baokinhte.vn/bac-ninh-thu-hut-fdi-123.html">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-04-02T08:15:00+07:00"}</script>
</head><body><nav><a href="/">Trang chủ</a><a href="/kinh-te">Kinh tế</a></nav>
<article><h1>Bắc Ninh thu hút 1,2 tỷ USD vốn FDI trong quý I</h1>
<p>Theo Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh, quý I/2024 tỉnh thu hút 1,2 tỷ USD vốn đầu tư trực tiếp nước ngoài.</p>
<p>Trong đó, có 45 dự án cấp mới với tổng vốn đăng ký 820 triệu USD, tăng 18% so với cùng kỳ năm trước.</p>
<p>Các dự án tập trung vào lĩnh vực điện tử, linh kiện và công nghiệp hỗ trợ tại các khu công nghiệp Yên Phong, Quế Võ.</p>
</article><footer>Điện thoại: 0222.3822.123</footer></body></html>`;

test('an article page gives a valid record with title, canonical url, site and publication time', (t) => {
  const rec = extract({ html: article, source: 'kinhte.html' });
  t.is(rec.kind, 'article');
  const a = rec as ArticleRecord;
  t.is(a.title, 'Bắc Ninh thu hút 1,2 tỷ USD vốn FDI trong quý I');
  t.is(a.url, 'https://www.baokinhte.vn/bac-ninh-thu-hut-fdi-123.html');
  t.is(a.site, 'baokinhte.vn');
  t.is(a.publishedAt, '2024-04-02T08:15:00+07:00');
  t.true(a.text.includes('có 45 dự án cấp mới'));
  t.false(a.text.includes('Trang chủ'));
  t.false(a.text.includes('0222.3822.123'));
  t.deepEqual(validateRecord(rec).errors, []);
});

test('id is the sha256 of the input bytes, the same for string and bytes', (t) => {
  const a = extract({ html: article, source: 'a' });
  const b = extract({ html: new TextEncoder().encode(article), source: 'b' });
  t.is(a.id, b.id);
  t.regex(a.id, /^[0-9a-f]{64}$/);
});

test('a caller-given publication time fills in when the page states none', (t) => {
  const page = article.replace(/<script type="application\/ld\+json">.*?<\/script>/s, '');
  const rec = extract({ html: page, source: 'p', publishedAt: '2024-04-03T10:00:00+07:00' }) as ArticleRecord;
  t.is(rec.publishedAt, '2024-04-03T10:00:00+07:00');
});

test('plain text skips HTML cleaning: the headline line is the title', (t) => {
  const text = 'UBND tỉnh Thái Bình họp phiên thường kỳ tháng 6 năm 2024\n\nSáng 28/6, UBND tỉnh Thái Bình tổ chức phiên họp thường kỳ tháng 6.\nCác đại biểu thảo luận tình hình kinh tế - xã hội 6 tháng đầu năm.';
  const rec = extract({ text, source: 'tb.txt' }) as ArticleRecord;
  t.is(rec.kind, 'article');
  t.is(rec.title, 'UBND tỉnh Thái Bình họp phiên thường kỳ tháng 6 năm 2024');
  t.is(rec.text.split('\n\n')[0], 'Sáng 28/6, UBND tỉnh Thái Bình tổ chức phiên họp thường kỳ tháng 6.');
  t.deepEqual(validateRecord(rec).errors, []);
});

test('input with neither html nor text is an error record, not an exception', (t) => {
  const rec = extract({ source: 'nothing' });
  t.is(rec.kind, 'error');
  t.deepEqual(validateRecord(rec).errors, []);
});

for (const { name, expect } of bad) {
  test(`bad input ${name} → ${expect}`, (t) => {
    const rec = run(name);
    t.deepEqual(validateRecord(rec).errors, [], JSON.stringify(rec).slice(0, 300));
    if (expect === 'record') {
      t.not(rec.kind, 'error', JSON.stringify(rec).slice(0, 300));
    } else if (name.endsWith('.gz')) {
      // extract() is handed the raw gzip bytes here: they are binary, so decode refuses them.
      t.is(rec.kind, 'error');
    } else {
      t.is(rec.kind, 'error');
      if (rec.kind === 'error') {
        t.is(rec.stage, expect.slice('error:'.length));
        t.notRegex(rec.error, /\n/);
      }
    }
  });
}

test('declared UTF-8 with bad bytes keeps the page and says so in warnings', (t) => {
  const rec = run('invalid-utf8.html') as ArticleRecord;
  t.is(rec.title, 'Giá điện tăng từ tháng 5');
  t.true(rec.warnings.some((w) => /UTF-8/.test(w)), rec.warnings.join('; '));
});

test('a page without a body keeps its title', (t) => {
  const rec = run('nobody.html') as ArticleRecord;
  t.is(rec.title, 'Chỉ có tiêu đề');
  t.is(rec.text, '');
});

test('10,000-deep nesting does not overflow the stack', (t) => {
  const rec = run('deep.html') as ArticleRecord;
  t.is(rec.title, 'Lồng sâu');
});

test('the size limit is an option', (t) => {
  const rec = extract({ html: article, source: 'small', options: { maxBytes: 100 } });
  t.is(rec.kind, 'error');
  if (rec.kind === 'error') t.regex(rec.error, /document too large/);
});
