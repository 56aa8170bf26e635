import test from 'ava';
import { metricKey, metricLabel } from './metrics.js';

test('one key for an indicator however it is written', (t) => {
  const key = 'kim ngạch xuất khẩu';
  for (const written of ['Kim ngạch xuất khẩu', 'KNXK', 'kim ngạch XK', 'giá trị xuất khẩu của tỉnh Nghệ An', 'Tổng kim ngạch xuất khẩu cả nước', '“kim ngạch xuất khẩu”']) {
    t.is(metricKey(written), key, written);
  }
  t.is(metricKey('Chỉ số giá tiêu dùng (CPI)'), 'chỉ số giá tiêu dùng');
  t.is(metricKey('GRDP'), 'tổng sản phẩm trên địa bàn');
  t.is(metricKey('tổng thu ngân sách nhà nước trên địa bàn tỉnh'), 'thu ngân sách nhà nước');
  t.is(metricLabel('thu ngân sách nhà nước'), 'thu ngân sách nhà nước');
});

test('an unknown metric keeps its words; imports are not exports; empty is none', (t) => {
  t.is(metricKey('Sản lượng cà phê'), 'sản lượng cà phê');
  t.is(metricKey('KNNK'), 'kim ngạch nhập khẩu');
  t.not(metricKey('kim ngạch nhập khẩu'), metricKey('kim ngạch xuất khẩu'));
  t.is(metricKey(''), null);
  t.is(metricKey(null), null);
});
