import test from 'ava';
import { genericHints, hintsForHost } from './sites.js';

test('hints are found by host, parent domain and wildcard', (t) => {
  t.is(hintsForHost('vnexpress.net')?.key, 'vnexpress.net');
  t.is(hintsForHost('www.vnexpress.net')?.key, 'vnexpress.net');
  t.is(hintsForHost('m.dantri.com.vn')?.key, 'dantri.com.vn');
  t.is(hintsForHost('sct.bacninh.gov.vn')?.key, '*.gov.vn');
  t.is(hintsForHost('example.com'), null);
  t.is(hintsForHost(null), null);
});

test('every site named in the issue has body selectors', (t) => {
  const sites = ['vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'dantri.com.vn', 'vietnamnet.vn', 'nld.com.vn', 'cafef.vn', 'baochinhphu.vn', 'nhandan.vn', 'tienphong.vn', 'vietnamplus.vn', 'baotintuc.vn', 'laodong.vn', 'znews.vn', 'vov.vn', 'vtv.vn', 'qdnd.vn', 'x.gov.vn'];
  for (const s of sites) t.true((hintsForHost(s)?.body.length ?? 0) > 0, s);
});

test('generic knowledge is compiled once: class tokens and datelines', (t) => {
  const g = genericHints();
  t.true(g.boilerplateToken.test('relatedbox'));
  t.true(g.boilerplateToken.test('comment'));
  t.false(g.boilerplateToken.test('afcbc'));
  t.false(g.boilerplateToken.test('content'));
  t.is(genericHints(), g);
  t.true(g.datelinePrefixes[0]!.test('(Chinhphu.vn) - Tháng 3/2026 có nhiều chính sách mới'));
});
