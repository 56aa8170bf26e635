/**
 * The ledger of a run: which inputs are done (keyed by source and id = sha256 of the bytes), which
 * content was seen first under which source (dedupe), and the sink checkpoint they were committed
 * with. A SQLite file (WAL) beside the output, e.g. `out.jsonl.ledger.db`. The engine commits
 * entries only after the sink made the matching output durable, so after a kill -9 the ledger never
 * claims more than the output holds; the sink rolls back whatever it holds beyond the checkpoint.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { SinkCheckpoint, SinkKind } from '../sinks/sink.js';

/** What became of one input: its record's kind, or "duplicate" of an earlier input. */
export type LedgerStatus = 'article' | 'listing' | 'error' | 'duplicate';

export interface LedgerEntry {
  source: string;
  id: string;
  status: LedgerStatus;
  /** For content (not a failed source): may later inputs with the same id be reported as its duplicates? */
  content: boolean;
}

export interface LedgerMeta {
  format: SinkKind;
  out: string;
}

export function ledgerPathFor(out: string): string {
  // A database URL is no file: the ledger goes in the working directory, named after host and database.
  const url = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/?#]*)\/?([^?#]*)/i.exec(out);
  if (url) return `baochi-${`${url[1]}-${url[2] || 'db'}`.replace(/[^A-Za-z0-9._-]+/g, '_')}.ledger.db`;
  return `${out.replace(/[\\/]+$/, '')}.ledger.db`;
}

export function removeLedger(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

export class Ledger {
  private readonly db: Database.Database;
  private readonly isDoneStmt: Database.Statement<[string, string], { one: number }>;
  private readonly firstSourceStmt: Database.Statement<[string], { source: string }>;
  private readonly insertStmt: Database.Statement<[string, string, string, number]>;
  private readonly setMetaStmt: Database.Statement<[string, string]>;
  private readonly commitTx: (entries: LedgerEntry[], checkpoint: SinkCheckpoint) => void;

  /** Open (or create) the ledger at `path`; `fresh` deletes what a previous run left there. */
  constructor(readonly path: string, fresh: boolean) {
    if (fresh) removeLedger(path);
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS inputs (
        source TEXT NOT NULL,
        id TEXT NOT NULL,
        status TEXT NOT NULL,
        content INTEGER NOT NULL,
        PRIMARY KEY (source, id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS inputs_content_id ON inputs(id) WHERE content = 1;
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
    this.isDoneStmt = this.db.prepare('SELECT 1 AS one FROM inputs WHERE source = ? AND id = ?');
    this.firstSourceStmt = this.db.prepare('SELECT source FROM inputs WHERE id = ? AND content = 1 LIMIT 1');
    this.insertStmt = this.db.prepare('INSERT OR IGNORE INTO inputs (source, id, status, content) VALUES (?, ?, ?, ?)');
    this.setMetaStmt = this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    this.commitTx = this.db.transaction((entries: LedgerEntry[], checkpoint: SinkCheckpoint) => {
      for (const e of entries) this.insertStmt.run(e.source, e.id, e.status, e.content ? 1 : 0);
      this.setMetaStmt.run('checkpoint', JSON.stringify(checkpoint));
    });
  }

  private getMeta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  /** The format and output this ledger was written for, or null for a new ledger. */
  meta(): LedgerMeta | null {
    const format = this.getMeta('format');
    const out = this.getMeta('out');
    return format && out ? { format: format as SinkKind, out } : null;
  }

  setMeta(meta: LedgerMeta): void {
    this.setMetaStmt.run('format', meta.format);
    this.setMetaStmt.run('out', meta.out);
  }

  /** The sink checkpoint of the last commit, or null when nothing was committed. */
  checkpoint(): SinkCheckpoint | null {
    const value = this.getMeta('checkpoint');
    return value ? (JSON.parse(value) as SinkCheckpoint) : null;
  }

  isDone(source: string, id: string): boolean {
    return this.isDoneStmt.get(source, id) !== undefined;
  }

  /** The source under which these bytes were first committed, if any. */
  firstSourceOf(id: string): string | null {
    return this.firstSourceStmt.get(id)?.source ?? null;
  }

  /** Record entries and the sink checkpoint that holds their output, in one transaction. */
  commit(entries: LedgerEntry[], checkpoint: SinkCheckpoint): void {
    this.commitTx(entries, checkpoint);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM inputs').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}
