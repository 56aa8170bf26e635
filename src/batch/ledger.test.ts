import test from 'ava';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ledger, ledgerPathFor } from './ledger.js';

const tempDirs: string[] = [];
/** A fresh folder under the OS temp dir, removed when this file's tests are done. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
test.after.always(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

test('entries and checkpoint survive a reopen; a fresh ledger forgets them', (t) => {
  const path = join(tempDir('baochi-ledger-'), 'out.jsonl.ledger.db');
  const ledger = new Ledger(path, true);
  t.is(ledger.checkpoint(), null);
  ledger.setMeta({ format: 'jsonl', out: 'out.jsonl' });
  ledger.commit([
    { source: 'tin/gia-vang.html', id: A, status: 'article', content: true },
    { source: 'tin/gia-vang-ban-sao.html', id: A, status: 'duplicate', content: false },
    { source: 'tin/khong-co.html', id: B, status: 'error', content: false },
  ], { bytes: 2048 });
  ledger.close();

  const reopened = new Ledger(path, false);
  t.deepEqual(reopened.checkpoint(), { bytes: 2048 });
  t.deepEqual(reopened.meta(), { format: 'jsonl', out: 'out.jsonl' });
  t.true(reopened.isDone('tin/gia-vang-ban-sao.html', A));
  t.false(reopened.isDone('tin/gia-vang.html', B), 'same source, other bytes: not done');
  t.is(reopened.firstSourceOf(A), 'tin/gia-vang.html');
  t.is(reopened.firstSourceOf(B), null, 'a failed source is nobody\'s original');
  t.is(reopened.count(), 3);
  reopened.close();

  const fresh = new Ledger(path, true);
  t.is(fresh.count(), 0);
  t.is(fresh.checkpoint(), null);
  fresh.close();
  t.true(existsSync(path));
});

test('ledgerPathFor sits beside the output, folders included', (t) => {
  t.is(ledgerPathFor('kho/baochi.db'), 'kho/baochi.db.ledger.db');
  t.is(ledgerPathFor('bang/'), 'bang.ledger.db');
});
