import test from 'ava';
import { ReorderBuffer } from './reorder-buffer.js';

test('releases results in sequence order, holding back those that finish early', (t) => {
  const buffer = new ReorderBuffer<string>();
  t.deepEqual(buffer.put(2, 'c'), []);
  t.deepEqual(buffer.put(1, 'b'), []);
  t.is(buffer.size, 2);
  t.deepEqual(buffer.put(0, 'a'), ['a', 'b', 'c']);
  t.deepEqual(buffer.put(3, 'd'), ['d']);
  t.is(buffer.size, 0);
});

test('a sequence number delivered twice is a bug, not a silent duplicate', (t) => {
  const buffer = new ReorderBuffer<number>();
  buffer.put(0, 0);
  t.throws(() => buffer.put(0, 0), { message: /delivered twice/ });
  buffer.put(2, 2);
  t.throws(() => buffer.put(2, 2), { message: /delivered twice/ });
});
