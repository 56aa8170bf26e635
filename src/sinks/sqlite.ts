/**
 * SQLite sink (better-sqlite3, WAL, foreign keys): the embedded store behind `baochi demo`.
 * Tables as in tables.ts; articles.id is the primary key (the batch engine dedupes identical bytes),
 * child rows reference it with ON DELETE CASCADE. Every row carries the number of the write batch it
 * was committed in, so a resumed run deletes what a killed one committed after its last checkpoint.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { errorRecord, type OutputRecord } from '../record.js';
import type { Sink, SinkCheckpoint, SinkOptions } from './sink.js';
import { TABLES, TABLE_ORDER, emptyRows, recordRows, TABLE_KEYS, QUERY_INDEXES, type Column, type TableName } from './tables.js';

const SQL_TYPE: Record<Column['type'], string> = { text: 'TEXT', integer: 'INTEGER', real: 'REAL' };


/** The indexes researchers query by (issue #8): official name, figure metric/unit, date value. */
const INDEXES = [
  ...QUERY_INDEXES,
  'CREATE INDEX IF NOT EXISTS articles_batch ON articles(batch)',
  'CREATE INDEX IF NOT EXISTS errors_batch ON errors(batch)',
];

/** The DDL of the store, also printed by `baochi run --help`-adjacent docs and used by tests. */
export function sqliteSchema(): string[] {
  const ddl = TABLE_ORDER.map((table) => {
    const cols = TABLES[table].map((c) => `${c.name} ${SQL_TYPE[c.type]}${c.name === 'id' || c.name === 'article_id' ? ' NOT NULL' : ''}`);
    return `CREATE TABLE IF NOT EXISTS ${table} (\n  ${[...cols, 'batch INTEGER NOT NULL', ...TABLE_KEYS[table]].join(',\n  ')}\n)`;
  });
  return [...ddl, ...INDEXES];
}

export function removeSqliteFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

export function openSqliteSink(path: string, options: SinkOptions = {}): Sink {
  if (!options.resumeFrom) removeSqliteFiles(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  for (const stmt of sqliteSchema()) db.exec(stmt);

  let batch = 1;
  if (options.resumeFrom) {
    const done = options.resumeFrom.batch ?? 0;
    // Rows committed after the ledger's last checkpoint will be produced again: drop them.
    db.prepare('DELETE FROM articles WHERE batch > ?').run(done);
    db.prepare('DELETE FROM errors WHERE batch > ?').run(done);
    batch = done + 1;
  }

  const insert = {} as Record<TableName, Database.Statement>;
  for (const table of TABLE_ORDER) {
    const cols = [...TABLES[table].map((c) => c.name), 'batch'];
    insert[table] = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  }
  let open = false;

  function writeRows(record: OutputRecord): void {
    const rows = recordRows(record, emptyRows());
    for (const table of TABLE_ORDER) for (const row of rows[table]) insert[table].run(...row, batch);
  }

  return {
    kind: 'sqlite',
    flushEvery: { records: 1000, ms: 1000 },
    write(record: OutputRecord): void {
      if (!open) { db.exec('BEGIN'); open = true; }
      db.exec('SAVEPOINT record');
      try {
        writeRows(record);
        db.exec('RELEASE record');
      } catch (err) {
        // A row the store refuses (a key clash) must not lose the document: it becomes an error row.
        db.exec('ROLLBACK TO record');
        db.exec('RELEASE record');
        writeRows(errorRecord(record.id, record.source, 'sink', err, record.url ?? null));
      }
    },
    flush(): SinkCheckpoint {
      if (open) { db.exec('COMMIT'); open = false; }
      const checkpoint = { batch };
      batch++;
      return checkpoint;
    },
    close(): void {
      if (open) { db.exec('COMMIT'); open = false; }
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
