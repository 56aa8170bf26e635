import test from 'ava';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listOfficials } from './officials-registry.js';
import { series } from './series.js';
import { TABLES, TABLE_ORDER, emptyRows, recordRows } from '../sinks/tables.js';
import { openStore } from './store.js';
import { ARCHIVE, articleRecord, writeArchive } from './test-archive.js';

const dirs: string[] = [];
test.after.always(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'baochi-store-'));
  dirs.push(d);
  return d;
}

test('the copies are stored in the store (table duplicates) and read back on the next opening', async (t) => {
  const path = join(dir(), 'store.db');
  writeArchive(path);
  const first = await openStore(path);
  t.deepEqual([...first.duplicates], [['7'.padStart(64, '0'), '6'.padStart(64, '0')]]);
  first.close();
  const db = new Database(path, { readonly: true });
  t.deepEqual(db.prepare('SELECT article_id, duplicate_of FROM duplicates').all(), [{ article_id: '7'.padStart(64, '0'), duplicate_of: '6'.padStart(64, '0') }]);
  db.close();
  const again = await openStore(path);
  t.is(again.duplicates.size, 1);
  again.close();
});

test('a store whose articles changed finds its copies again', async (t) => {
  const path = join(dir(), 'store.db');
  writeArchive(path, ARCHIVE.filter((a) => a.n !== 7));
  const before = await openStore(path);
  t.is(before.duplicates.size, 0);
  before.close();
  // the copy arrives later (a resumed run appends to the same file, duplicates table and all)
  const db = new Database(path);
  const rows = recordRows(articleRecord(ARCHIVE.find((a) => a.n === 7)!), emptyRows());
  for (const table of TABLE_ORDER) {
    const cols = [...TABLES[table].map((c) => c.name), 'batch'];
    for (const row of rows[table]) db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...row, 2);
  }
  t.is((db.prepare('SELECT count(*) AS n FROM duplicates').get() as { n: number }).n, 0);
  db.close();
  const after = await openStore(path);
  t.is(after.duplicates.size, 1);
  after.close();
});

test('a JSONL file of records is a store too, with the same rows; a torn last line is skipped', async (t) => {
  const d = dir();
  const lines = ARCHIVE.map((a) => JSON.stringify(articleRecord(a)));
  writeFileSync(join(d, 'records.jsonl'), `${lines.join('\n')}\n{"kind":"artic`);
  writeArchive(join(d, 'store.db'));
  const fromJsonl = await openStore(join(d, 'records.jsonl'));
  const fromSqlite = await openStore(join(d, 'store.db'));
  t.deepEqual(listOfficials(fromJsonl), listOfficials(fromSqlite));
  t.deepEqual(series(fromJsonl), series(fromSqlite));
  t.is(fromJsonl.duplicates.size, 1);
  fromJsonl.close();
  fromSqlite.close();
});

test('no store, or a database that is not one: a clear error', async (t) => {
  const d = dir();
  await t.throwsAsync(openStore(join(d, 'missing.db')), { message: /no store at/ });
  const other = new Database(join(d, 'other.db'));
  other.exec('CREATE TABLE t (x)');
  other.close();
  await t.throwsAsync(openStore(join(d, 'other.db')), { message: /not a baochi store/ });
});
