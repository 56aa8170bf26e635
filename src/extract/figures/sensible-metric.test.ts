/** A metric names a measured quantity, else null. Phrases and sentences written for these tests. */
import test from 'ava';
import { findFigures } from '../figures.js';
import { sensibleMetric } from './sensible-metric.js';

test('phrases opening with a measure noun are kept, trimmed of a date and of a predicate', (t) => {
  t.is(sensibleMetric('Doanh thu thuần của công ty', 'currency', false), 'Doanh thu thuần của công ty');
  t.is(sensibleMetric('Giá cà phê nhân ngày 3/11', 'currency', true), 'Giá cà phê nhân');
  t.is(sensibleMetric('Nhiệt độ ở Sa Pa hôm nay đã xuống', 'temperature', false), 'Nhiệt độ ở Sa Pa');
  t.is(sensibleMetric('vàng nhẫn', 'currency', true), 'vàng nhẫn');
});

test('clauses, names and lone generic heads are no metric', (t) => {
  t.is(sensibleMetric('Công an huyện tạm giữ nghi phạm', 'time', false), null);
  t.is(sensibleMetric('Mặc dù', 'count', false), null);
  t.is(sensibleMetric('Thầy Nguyễn Văn Bình', 'time', false), null);
  t.is(sensibleMetric('số', 'count', false), null);
  t.is(sensibleMetric('mức', 'percent', false), null);
  t.is(sensibleMetric('vàng nhẫn', 'count', false), null, 'a commodity names a price or an amount only');
});

test('a duration takes only a time metric', (t) => {
  t.is(sensibleMetric('thời gian thi công', 'time', false), 'thời gian thi công');
  t.is(sensibleMetric('Số tiền quyên góp', 'time', false), null);
});

test('through findFigures: a measured quantity or null', (t) => {
  const [a] = findFigures('Giá trị xuất khẩu rau quả đạt 3,2 tỷ USD.');
  t.is(a!.metric, 'Giá trị xuất khẩu rau quả');
  const [b] = findFigures('Anh Hoàng Văn Tú (34 tuổi) bị tạm giữ.');
  t.is(b!.metric, null);
  const [c] = findFigures('Chiếc cần cẩu cao 45 m bị đổ.');
  t.is(c!.metric, null);
});
