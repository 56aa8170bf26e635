import test from 'ava';
import { cleanAuthors } from './authors.js';
import type { SiteNaming } from './title.js';

const naming: SiteNaming = { names: new Set(['vnexpress', 'dân trí', 'tuoi tre online']), openings: ['báo'], markers: ['online', 'news', '.vn'], hostLabel: 'vnexpress' };

test('splits a joint byline and keeps the printed case', (t) => {
  t.deepEqual(cleanAuthors(['NHẬT XUÂN - NGHI VŨ'], naming), ['NHẬT XUÂN', 'NGHI VŨ']);
  t.deepEqual(cleanAuthors(['Lan Anh, Quốc Việt và Hồng Phúc'], naming), ['Lan Anh', 'Quốc Việt', 'Hồng Phúc']);
});

test('drops "Theo", role words and notes in brackets', (t) => {
  t.deepEqual(cleanAuthors(['Theo Hồ Hương'], naming), ['Hồ Hương']);
  t.deepEqual(cleanAuthors(['Hà Thu (tổng hợp)'], naming), ['Hà Thu']);
  t.deepEqual(cleanAuthors(['Bài và ảnh: Trần Minh'], naming), ['Trần Minh']);
});

test('drops site names, e-mails, profile URLs and empty strings', (t) => {
  t.deepEqual(cleanAuthors(['VnExpress', 'TUOI TRE ONLINE', 'https://www.facebook.com/baodantri', 'toasoan@example.vn', ''], naming), []);
});

test('drops duplicates and lower-case phrases', (t) => {
  t.deepEqual(cleanAuthors(['Mai Chi', 'mai chi', 'nhóm phóng viên thường trú', 'Mai Chi'], naming), ['Mai Chi']);
});
