/**
 * A connection pool to the PostgreSQL store, and the one-record write the queue workers make:
 * `put(record)` → one `baochi_put` call, one transaction (postgres-schema.ts). Which errors are
 * worth retrying (the server down or restarting, a deadlock) and which are the record's fault (a
 * value the server refuses) is decided here, so that the caller retries the first and turns the
 * second into an error record.
 */
import pg from 'pg';
import { errorRecord, type OutputRecord } from '../record.js';
import { postgresSchema, SCHEMA_LOCK } from './postgres-schema.js';
import { TABLES, recordRows, type Cell, type TableName } from './tables.js';

export type PutOutcome = 'article' | 'duplicate' | 'error';

/** A row as an object keyed by column name, for json_populate_record. */
function rowObject(table: TableName, row: Cell[]): Record<string, Cell> {
  const cols = TABLES[table];
  const o: Record<string, Cell> = {};
  for (let i = 0; i < cols.length; i++) o[cols[i]!.name] = row[i] ?? null;
  return o;
}

/** The arguments of baochi_put for one record. */
export function putArguments(record: OutputRecord): [string, string | null, string, string, string, string, string] {
  const rows = recordRows(record);
  const list = (t: TableName): string => JSON.stringify(rows[t].map((r) => rowObject(t, r)));
  const article = rows.articles[0];
  return [
    record.source, article ? JSON.stringify(rowObject('articles', article)) : null,
    list('errors'), list('officials'), list('positions'), list('figures'), list('dates'),
  ];
}

/**
 * A fault of the connection or the server, not of the data: retry later. SQLSTATE classes 08
 * (connection), 53 (resources), 57 (operator intervention: shutdown, "the database system is
 * starting up"), 40 (serialization failure, deadlock); and socket errors without a SQLSTATE.
 */
export function isTransient(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (/^(08|53|57|40)/.test(code) || code === '55P03') return true;
  if (/^E[A-Z]+$/.test(code)) return true; // ECONNREFUSED, ECONNRESET, EPIPE, ETIMEDOUT…
  return /Connection terminated|connection timeout|not queryable|Client has encountered a connection error|timeout exceeded/i.test(e?.message ?? '');
}

export interface PgStoreOptions {
  /** Pool size (default 4). */
  max?: number;
}

export class PgStore {
  readonly pool: pg.Pool;

  constructor(url: string, options: PgStoreOptions = {}) {
    this.pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, connectionTimeoutMillis: 10_000 });
    // An idle client whose server went away: the pool drops it; without a listener node would throw.
    this.pool.on('error', () => {});
  }

  /** Create the tables, indexes and baochi_put if missing (writers starting together take turns). */
  async ensureSchema(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      for (const stmt of postgresSchema()) await client.query(stmt);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  /**
   * Write one record (replacing whatever its source had). A transient fault throws (retry later);
   * a value the server refuses makes the record an error record (stage "sink"), written instead.
   */
  async put(record: OutputRecord): Promise<PutOutcome> {
    try {
      return await this.call(record);
    } catch (err) {
      if (isTransient(err) || record.kind === 'error') throw err;
      const reason = `postgres refused the record: ${err instanceof Error ? err.message : String(err)}`;
      // 'sink': the SQLite sink's stage for a row the store refuses.
      return this.call(errorRecord(record.id, record.source, 'sink', reason, record.url ?? null));
    }
  }

  private async call(record: OutputRecord): Promise<PutOutcome> {
    // Named: prepared once per connection, not parsed and planned for every record.
    const res = await this.pool.query<{ outcome: PutOutcome }>({
      name: 'baochi_put', text: 'SELECT baochi_put($1, $2, $3, $4, $5, $6, $7) AS outcome', values: putArguments(record),
    });
    return res.rows[0]!.outcome;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
