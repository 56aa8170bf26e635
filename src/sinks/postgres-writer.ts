/**
 * Worker thread behind the PostgreSQL sink (postgres.ts): owns the connection and runs each batch
 * while the engine's thread waits on a shared flag (the Sink interface is synchronous). A batch:
 * COPY the rows into staging tables, merge them into the store (MERGE_STAGED), one transaction.
 *
 * A fault of the server (down, restarting) is retried with backoff for up to `retryMs`; a batch the
 * server refuses for its data (a value it cannot store) is written record by record instead, and
 * the refused records become error records (PgStore.put), so one bad document never stops a run.
 *
 * Protocol on `port`: { op: 'open' | 'batch' | 'close', records? } → { ok: true } | { error }; after
 * posting its reply the thread sets flag[0] = 1 and notifies.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { workerData, type MessagePort } from 'node:worker_threads';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { OutputRecord } from '../record.js';
import { MERGE_STAGED, stagingSchema } from './postgres-schema.js';
import { PgStore, isTransient } from './postgres-store.js';
import { TABLES, TABLE_ORDER, emptyRows, recordRows, type Cell } from './tables.js';

export interface PostgresWriterData {
  url: string;
  flag: SharedArrayBuffer;
  port: MessagePort;
  retryMs: number;
}

const { url, flag, port, retryMs } = workerData as PostgresWriterData;
const signal = new Int32Array(flag);
const store = new PgStore(url, { max: 1 });

function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return `"${v.replace(/"/g, '""')}"`;
}

async function copyBatch(records: OutputRecord[]): Promise<void> {
  const rows = emptyRows();
  for (const r of records) recordRows(r, rows);
  const client = await store.pool.connect();
  try {
    await client.query('BEGIN');
    for (const stmt of stagingSchema()) await client.query(stmt);
    for (const table of TABLE_ORDER) {
      if (rows[table].length === 0) continue;
      const cols = TABLES[table].map((c) => c.name).join(', ');
      const text = rows[table].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
      await pipeline(Readable.from([text]), client.query(copyFrom(`COPY stage_${table} (${cols}) FROM STDIN (FORMAT csv)`)));
    }
    for (const stmt of MERGE_STAGED) await client.query(stmt);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Run `fn`, retrying transient faults with backoff for up to retryMs. */
async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
  const until = Date.now() + retryMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransient(err) || Date.now() > until) throw err;
      await sleep(Math.min(2000, 100 * 2 ** attempt));
    }
  }
}

async function handle(msg: { op: string; records?: OutputRecord[] }): Promise<void> {
  if (msg.op === 'open') await withRetry(() => store.ensureSchema());
  else if (msg.op === 'batch') {
    const records = msg.records ?? [];
    try {
      await withRetry(() => copyBatch(records));
    } catch (err) {
      if (isTransient(err)) throw err;
      // The server refused some value: record by record, so that only the bad ones become errors.
      for (const r of records) await withRetry(() => store.put(r));
    }
  } else if (msg.op === 'close') await store.close();
}

port.on('message', (msg: { op: string; records?: OutputRecord[] }) => {
  handle(msg).then(
    () => port.postMessage({ ok: true }),
    (err: unknown) => port.postMessage({ error: err instanceof Error ? err.message : String(err) }),
  ).finally(() => {
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
});
