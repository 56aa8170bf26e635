import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRecord } from './validate.js';
import { extract } from '../pipeline/extract.js';
import { errorRecord, PIPELINE, type ArticleRecord } from '../record.js';
import { sharedPath } from '../testing/shared.js';

const base: ArticleRecord = {
  kind: 'article', id: 'a'.repeat(64), source: 'x.html', url: null, site: null, language: 'vi',
  title: 'Giá xăng giảm 500 đồng', lead: null, publishedAt: '2024-05-02T15:00:00+07:00', modifiedAt: null,
  authors: [], section: null, tags: [], text: 'Từ 15h ngày 2/5, giá xăng RON 95 giảm 500 đồng/lít.', captions: [], segmented: null,
  officials: [], figures: [], dates: [], warnings: [], pipeline: { ...PIPELINE },
};

test('a well-formed record is valid', (t) => {
  t.deepEqual(validateRecord(base).errors, []);
});

test('a figure whose span does not read its text is reported', (t) => {
  const rec = { ...base, figures: [{ text: '500 đồng/lít', value: 500, unit: 'VND/l', approx: null, range: null, metric: null, change: null, status: null, period: null, span: [38, 50] as [number, number] }] };
  t.deepEqual(validateRecord(rec).errors, []);
  const wrong = { ...rec, figures: [{ ...rec.figures[0]!, span: [37, 50] as [number, number] }] };
  t.regex(validateRecord(wrong).errors[0] ?? '', /reads " 500 đồng\/lít", not "500 đồng\/lít"/);
});

test('a title mention is checked against the title', (t) => {
  const rec = { ...base, figures: [{ text: '500 đồng', value: 500, unit: 'VND', approx: null, range: null, metric: null, change: null, status: null, period: null, span: [14, 22] as [number, number], field: 'title' as const }] };
  t.deepEqual(validateRecord(rec).errors, []);
});

test('wrong shapes are refused: kind, publishedAt format, date grain', (t) => {
  t.false(validateRecord({ ...base, kind: 'story' }).valid);
  t.false(validateRecord({ ...base, publishedAt: '02/05/2024' }).valid);
  t.false(validateRecord({ ...base, dates: [{ text: 'ngày 2/5', value: '2024-05-02', grain: 'daily', to: null, inferred: [], span: [10, 18] }] }).valid);
});

test('error records are one line', (t) => {
  const rec = errorRecord('b'.repeat(64), 'x.html', 'parse', new Error('bad\nthing'));
  t.is(rec.error, 'bad thing');
  t.true(validateRecord(rec).valid);
  t.false(validateRecord({ ...rec, error: 'two\nlines' }).valid);
});

const pages = sharedPath('corpus', 'pages');
(pages ? test : test.skip)('the 18 shared corpus pages give 18 valid records, none an error', (t) => {
  const files = readdirSync(pages!).sort();
  t.is(files.length, 18);
  for (const f of files) {
    const bytes = readFileSync(join(pages!, f));
    const rec = f.endsWith('.txt') ? extract({ text: bytes.toString('utf8'), source: `pages/${f}` }) : extract({ html: new Uint8Array(bytes), source: `pages/${f}` });
    t.not(rec.kind, 'error', f);
    t.deepEqual(validateRecord(rec).errors, [], f);
  }
});
