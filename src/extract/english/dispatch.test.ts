/** The pipeline picks the finders by the record's language: English ones for "en", Vietnamese ones otherwise. */
import test from 'ava';
import { extract } from '../../index.js';

const page = (lang: string, title: string, paragraphs: string[]): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>`
  + '<meta property="article:published_time" content="2026-12-03T10:00:00+07:00"></head>'
  + `<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const EN = [
  'The province collected VND2.3 trillion ($100 million) in land fees in the first 11 months, up 14.4 percent year-on-year, the finance department said on Friday.',
  'Deputy Minister of Finance Lê Văn Thành told a meeting that the province aims to collect VND3 trillion next year and should cut spending on conferences by 10 percent. "We have room to do more," Thành said.',
];
const VI = [
  'Sáng 2/12, Sở Tài chính tỉnh cho biết tổng thu ngân sách 11 tháng đạt 1.127,9 nghìn tỷ đồng, tăng 16% so với cùng kỳ năm 2025, vượt dự toán được giao.',
  'Phát biểu tại hội nghị, ông Trần Văn Nam, Giám đốc Sở Tài chính, nhắc lại lời một nhà đầu tư: "We are ready to invest more in the province", và đề nghị các sở ngành đẩy nhanh giải ngân vốn đầu tư công.',
];

test('an English page gets the English finders: scale words, two currencies, an official with his short form', (t) => {
  const r = extract({ html: page('en', 'Land fees rise', EN), source: 'en.html' });
  if (r.kind === 'error') return t.fail(r.error);
  t.is(r.language, 'en');
  t.deepEqual(r.figures.map((f) => [f.text, f.value, f.unit]), [
    ['VND2.3 trillion', 2300000000000, 'VND'], ['$100 million', 100000000, 'USD'], ['14.4 percent', 14.4, '%'],
    ['VND3 trillion', 3000000000000, 'VND'], ['10 percent', 10, '%'],
  ]);
  t.deepEqual(r.dates.map((d) => [d.text, d.value]), [['first 11 months', '2026-01'], ['Friday', '2026-11-27'], ['next year', '2027']]);
  t.deepEqual(r.officials.map((o) => [o.name, o.mentions.length]), [['Lê Văn Thành', 2]]);
});

test('a Vietnamese page quoting English stays Vietnamese and gets the Vietnamese finders', (t) => {
  const r = extract({ html: page('vi', 'Thu ngân sách tăng', VI), source: 'vi.html' });
  if (r.kind === 'error') return t.fail(r.error);
  t.is(r.language, 'vi');
  const total = r.figures.find((f) => f.text.startsWith('1.127,9'));
  t.is(total?.value, 1127900000000000);
  t.is(total?.unit, 'VND');
  t.true(r.officials.some((o) => o.name === 'Trần Văn Nam'));
});
