import test from 'ava';
import { pickArticleTitle, pickListingTitle, stripSiteSuffix, type SiteNaming } from './title.js';

const naming = (host: string | null, names: string[] = []): SiteNaming => ({
  names: new Set(names.map((n) => n.toLowerCase())),
  openings: ['báo', 'tạp chí', 'tin tức', 'cổng thông tin'],
  markers: ['online', 'news', '.vn'],
  hostLabel: host,
});

test('strips the site suffix after " - " and " | "', (t) => {
  t.is(stripSiteSuffix('Giá cà phê lập đỉnh - Báo VnExpress Kinh doanh', naming('vnexpress')), 'Giá cà phê lập đỉnh');
  t.is(stripSiteSuffix('Giá vàng giảm | Báo Dân tríTin tức mới nhất', naming('dantri')), 'Giá vàng giảm');
  t.is(stripSiteSuffix('Thị trường chứng khoán | CafeF', naming('cafef')), 'Thị trường chứng khoán');
  t.is(stripSiteSuffix('Kinh doanh – tin kinh tế và tài chính - Tuổi Trẻ Online', naming('tuoitre')), 'Kinh doanh – tin kinh tế và tài chính');
});

test('keeps dashes that belong to the headline', (t) => {
  t.is(stripSiteSuffix('Tài chính - Chứng khoán - Bảo hiểm', naming('baodautu')), 'Tài chính - Chứng khoán - Bảo hiểm');
  t.is(stripSiteSuffix('Tin Thời sự - Chính trị, xã hội, pháp luật mới nhất', naming('vietnamnet')), 'Tin Thời sự - Chính trị, xã hội, pháp luật mới nhất');
});

test('uses the printed names of the site', (t) => {
  t.is(stripSiteSuffix('Lương hưu tăng từ tháng 7 - Người Lao Động', naming('nld', ['Người Lao Động'])), 'Lương hưu tăng từ tháng 7');
});

test('prefers the visible h1 when another source agrees with it', (t) => {
  const n = naming('nld');
  const title = pickArticleTitle({ h1: 'Những sai sót khi thực hiện quy định mới về thuế', ogTitle: 'Những sai sót khi thực hiện quy định thuế mới', jsonLdHeadline: null, titleTag: null }, n);
  t.is(title, 'Những sai sót khi thực hiện quy định mới về thuế');
});

test('does not trust an h1 holding the section name; dantri-like generic <title> is skipped', (t) => {
  const n = naming('dantri', ['Báo Dân trí']);
  const title = pickArticleTitle({ h1: 'Kinh doanh', ogTitle: 'Lãi suất tiết kiệm đồng loạt giảm', jsonLdHeadline: null, titleTag: 'Báo Dân trí' }, n);
  t.is(title, 'Lãi suất tiết kiệm đồng loạt giảm');
});

test('a section page takes og:title or <title>, not its h1', (t) => {
  const title = pickListingTitle({ h1: 'Kinh tế', ogTitle: 'Tin nhanh kinh tế, tài chính | Báo Người lao động', jsonLdHeadline: null, titleTag: null }, naming('nld'));
  t.is(title, 'Tin nhanh kinh tế, tài chính');
});
