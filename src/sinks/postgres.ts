/**
 * PostgreSQL sink for `baochi run --out postgres://USER@HOST/DB`: the store the queue workers fill
 * (postgres-schema.ts), written in batches with COPY, so one machine can fill the same store.
 *
 * The engine's Sink interface is synchronous (SQLite's is), PostgreSQL's client is not: a worker
 * thread owns the connection (postgres-writer.ts) and flush() waits for it on a shared flag
 * (Atomics.wait), so a checkpoint the ledger stores is durable in PostgreSQL, as with SQLite.
 *
 * Nothing is rolled back on resume and nothing dropped on a fresh run: the store may be shared
 * with other writers, and every write replaces what its source had (idempotent), so rewriting the
 * records after the last checkpoint leaves one copy each.
 */
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { OutputRecord } from '../record.js';
import { workerModule } from '../batch/worker-pool.js';
import type { Sink, SinkCheckpoint, SinkOptions } from './sink.js';
import type { PostgresWriterData } from './postgres-writer.js';

/** How long a batch waits for a server that is down before the run fails (resume continues it). */
const RETRY_MS = 120_000;

export function openPostgresSink(url: string, _options: SinkOptions = {}): Sink {
  const flag = new SharedArrayBuffer(4);
  const signal = new Int32Array(flag);
  const { port1, port2 } = new MessageChannel();
  const script = workerModule(import.meta.url, 'postgres-writer');
  const data: PostgresWriterData = { url, flag, port: port2, retryMs: RETRY_MS };
  const worker = new Worker('url' in script ? script.url : script.code, { eval: 'code' in script, workerData: data, transferList: [port2] });
  let dead: Error | null = null;
  worker.on('error', (err) => { dead = err; });

  function call(msg: { op: string; records?: OutputRecord[] }): void {
    if (dead) throw dead;
    Atomics.store(signal, 0, 0);
    port1.postMessage(msg);
    // Wake up now and then to notice a writer that died without answering.
    while (Atomics.wait(signal, 0, 0, 1000) === 'timed-out') {
      if (dead) throw dead;
    }
    const reply = receiveMessageOnPort(port1)?.message as { ok?: true; error?: string } | undefined;
    if (!reply) throw new Error('postgres writer gave no answer');
    if (reply.error) throw new Error(`postgres: ${reply.error}`);
  }

  call({ op: 'open' });
  let records: OutputRecord[] = [];
  let batch = 0;
  let closed = false;

  function flush(): SinkCheckpoint {
    if (records.length) {
      const sent = records;
      records = [];
      call({ op: 'batch', records: sent });
    }
    return { batch: ++batch };
  }

  return {
    kind: 'postgres',
    flushEvery: { records: 1000, ms: 1000 },
    write(record: OutputRecord): void {
      records.push(record);
    },
    flush,
    close(): void {
      if (closed) return;
      closed = true;
      try {
        flush();
        call({ op: 'close' });
      } finally {
        void worker.terminate();
      }
    },
  };
}
