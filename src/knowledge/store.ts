/**
 * A store to read across articles: the SQLite store `baochi run --format sqlite` writes (opened in
 * place), or a JSONL file of records (`baochi extract`, `baochi run --format jsonl`) loaded into an
 * in-memory database with the same tables (src/sinks/tables.ts), so every query below is one SQL shape.
 *
 * Syndicated copies are found once per store state and kept in the store itself: table `duplicates`
 * (article_id → duplicate_of, with the scores), rebuilt when the set of articles changed. A store that
 * cannot be written (read-only file) keeps them in a TEMP table for the session.
 */
import Database from 'better-sqlite3';
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { OutputRecord } from '../record.js';
import { sqliteSchema } from '../sinks/sqlite.js';
import { TABLES, TABLE_ORDER, emptyRows, recordRows, type TableName } from '../sinks/tables.js';
import { duplicateOf, findNearDuplicates, type NearDuplicateOptions } from './near-duplicates.js';

export interface Store {
  /** The database (better-sqlite3); tables as in src/sinks/tables.ts plus `duplicates`. */
  db: Database.Database;
  path: string;
  /** Copy → original, for every article that is a syndicated copy of another. */
  duplicates: Map<string, string>;
  close(): void;
}

export interface OpenStoreOptions {
  /** Thresholds of the near-duplicate test. */
  nearDuplicates?: NearDuplicateOptions;
}

const DUPLICATES_DDL = (temp: boolean): string =>
  `CREATE ${temp ? 'TEMP ' : ''}TABLE IF NOT EXISTS duplicates (article_id TEXT PRIMARY KEY, duplicate_of TEXT NOT NULL, jaccard REAL, containment REAL)`;
const STATE_DDL = (temp: boolean): string =>
  `CREATE ${temp ? 'TEMP ' : ''}TABLE IF NOT EXISTS knowledge_state (key TEXT PRIMARY KEY, value TEXT)`;

function isJsonl(path: string): boolean {
  return /\.jsonl(\.gz)?$/i.test(path);
}

async function loadJsonl(db: Database.Database, path: string): Promise<void> {
  for (const stmt of sqliteSchema()) db.exec(stmt);
  const insert = {} as Record<TableName, Database.Statement>;
  for (const table of TABLE_ORDER) {
    const cols = [...TABLES[table].map((c) => c.name), 'batch'];
    insert[table] = db.prepare(`INSERT OR IGNORE INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  }
  const input = path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  const lines = createInterface({ input, crlfDelay: Infinity });
  db.exec('BEGIN');
  for await (const line of lines) {
    if (!line.trim()) continue;
    let record: OutputRecord;
    try {
      record = JSON.parse(line) as OutputRecord;
    } catch {
      continue; // a torn last line (a run that was killed) is not a record
    }
    if (!record || typeof record !== 'object' || !('kind' in record)) continue;
    const rows = recordRows(record, emptyRows());
    for (const table of TABLE_ORDER) for (const row of rows[table]) insert[table].run(...row, 1);
  }
  db.exec('COMMIT');
}

/** What the duplicates were computed for: the number of articles and a checksum of their ids. */
function articleState(db: Database.Database): string {
  const row = db.prepare("SELECT count(*) AS n, coalesce(max(id), '') AS hi, coalesce(min(id), '') AS lo, coalesce(sum(batch), 0) AS b FROM articles WHERE kind = 'article'").get() as
    { n: number; hi: string; lo: string; b: number };
  return `${row.n}:${row.lo}:${row.hi}:${row.b}`;
}

interface ArticleTextRow { id: string; site: string | null; published_at: string | null; source: string; title: string | null; lead: string | null; text: string | null }

/** Earliest published first (undated last), then source order: the original of a story. */
function earlierOf(rows: ArticleTextRow[]): (a: string, b: string) => number {
  const rank = new Map<string, { date: string; source: string }>();
  for (const r of rows) rank.set(r.id, { date: r.published_at ?? '\uffff', source: r.source });
  return (a, b) => {
    const x = rank.get(a)!;
    const y = rank.get(b)!;
    if (x.date !== y.date) return x.date < y.date ? -1 : 1;
    return x.source < y.source ? -1 : x.source > y.source ? 1 : 0;
  };
}

function computeDuplicates(db: Database.Database, temp: boolean, options: NearDuplicateOptions): void {
  const rows = db.prepare("SELECT id, site, published_at, source, title, lead, text FROM articles WHERE kind = 'article' ORDER BY source").all() as ArticleTextRow[];
  const docs = rows.map((r) => ({ id: r.id, site: r.site, text: [r.title, r.lead, r.text].filter(Boolean).join('\n\n') }));
  const pairs = findNearDuplicates(docs, options);
  const copies = duplicateOf(rows.map((r) => r.id), pairs, earlierOf(rows));
  const score = new Map<string, { jaccard: number; containment: number }>();
  for (const p of pairs) {
    for (const id of [p.a, p.b]) {
      const prev = score.get(id);
      if (!prev || p.jaccard > prev.jaccard) score.set(id, { jaccard: p.jaccard, containment: p.containment });
    }
  }
  const table = temp ? 'temp.duplicates' : 'main.duplicates';
  const write = db.transaction(() => {
    db.exec(`DELETE FROM ${table}`);
    const insert = db.prepare(`INSERT INTO ${table} (article_id, duplicate_of, jaccard, containment) VALUES (?, ?, ?, ?)`);
    for (const [copy, original] of copies) {
      const s = score.get(copy);
      insert.run(copy, original, s?.jaccard ?? null, s?.containment ?? null);
    }
    db.prepare(`INSERT OR REPLACE INTO ${temp ? 'temp.' : 'main.'}knowledge_state (key, value) VALUES ('duplicates', ?)`).run(articleState(db));
  });
  write();
}

function ensureDuplicates(db: Database.Database, options: NearDuplicateOptions): void {
  let temp = false;
  try {
    db.exec(DUPLICATES_DDL(false));
    db.exec(STATE_DDL(false));
  } catch {
    temp = true; // a read-only store: keep the copies for this session only
    db.exec(DUPLICATES_DDL(true));
    db.exec(STATE_DDL(true));
  }
  const state = db.prepare("SELECT value FROM knowledge_state WHERE key = 'duplicates'").get() as { value: string } | undefined;
  if (state?.value === articleState(db)) return;
  try {
    computeDuplicates(db, temp, options);
  } catch (err) {
    if (temp) throw err;
    db.exec(DUPLICATES_DDL(true));
    db.exec(STATE_DDL(true));
    computeDuplicates(db, true, options);
  }
}

/**
 * Open a store: an SQLite file written by `baochi run --format sqlite` (or `baochi demo`), or a JSONL
 * file of records. Syndicated copies are found (or read back) on opening.
 * @example
 *   const store = await openStore('baochi.db');
 *   const rows = listOfficials(store, { province: 'Bắc Ninh' });
 *   store.close();
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (!existsSync(path)) throw new Error(`no store at ${path}`);
  let db: Database.Database;
  if (isJsonl(path)) {
    db = new Database(':memory:');
    await loadJsonl(db, path);
  } else {
    db = new Database(path, { fileMustExist: true });
    const hasArticles = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get();
    if (!hasArticles) {
      db.close();
      throw new Error(`${path} is not a baochi store (no articles table)`);
    }
  }
  ensureDuplicates(db, options.nearDuplicates ?? {});
  const duplicates = new Map<string, string>();
  for (const r of db.prepare('SELECT article_id, duplicate_of FROM duplicates').all() as { article_id: string; duplicate_of: string }[]) {
    duplicates.set(r.article_id, r.duplicate_of);
  }
  return { db, path, duplicates, close: () => db.close() };
}
