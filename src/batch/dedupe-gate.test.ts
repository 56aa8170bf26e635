import test from 'ava';
import { DedupeGate, type GateLedger } from './dedupe-gate.js';

/** A ledger of one earlier run: bai-cu.html was committed with id "a1". */
const ledger: GateLedger = {
  isDone: (source, id) => source === 'bai-cu.html' && id === 'a1',
  firstSourceOf: (id) => (id === 'a1' ? 'bai-cu.html' : null),
};
const q = (source: string, id: string, size = 100) => ({ source, id, size, content: size > 0 });

test('a later copy is not extracted; the first in input order is, whichever is asked first', (t) => {
  const gate = new DedupeGate(ledger, false);
  t.is(gate.ask(5, q('b.html', 'b2')), 'go');
  t.is(gate.ask(9, q('b-ban-sao.html', 'b2')), 'duplicate');
  // Asked out of order: the later input was let through first; the earlier one must run too.
  t.is(gate.ask(20, q('c-sau.html', 'c3')), 'go');
  t.is(gate.ask(12, q('c-truoc.html', 'c3')), 'go');
  t.is(gate.firstSourceOf('c3'), 'c-truoc.html');
  t.is(gate.ask(30, q('c-nua.html', 'c3')), 'duplicate');
});

test('bytes an earlier run committed are duplicates; with --resume the same source is resumed', (t) => {
  t.is(new DedupeGate(ledger, false).ask(1, q('bai-moi.html', 'a1')), 'duplicate');
  t.is(new DedupeGate(ledger, false).ask(1, q('bai-cu.html', 'a1')), 'duplicate', 'without --resume a rerun of the same source is a duplicate');
  t.is(new DedupeGate(ledger, true).ask(1, q('bai-cu.html', 'a1')), 'resumed');
});

test('empty inputs and failed sources are never duplicates; committed ids leave memory', (t) => {
  const gate = new DedupeGate(ledger, false);
  t.is(gate.ask(1, q('rong-1.html', 'e0', 0)), 'go');
  t.is(gate.ask(2, q('rong-2.html', 'e0', 0)), 'go');
  t.is(gate.ask(3, q('d.html', 'd4')), 'go');
  t.is(gate.size, 1);
  gate.committed([{ id: 'd4', source: 'd.html' }]);
  t.is(gate.size, 0);
});
