/**
 * A queue worker: BullMQ jobs (one document each, jobs.ts) → extraction on a pool of worker threads
 * (the batch engine's pool and extract-worker) → one PostgreSQL transaction per record → job done.
 *
 * Why a thread pool under BullMQ: extraction is CPU work; on this process's event loop it would
 * starve BullMQ's lock renewals (a long page would lose its lock and be run twice) and give no
 * parallelism. The pool also brings the batch engine's limits: a document over the time limit or
 * one that crashes its thread twice becomes an error record (stage limit / extract), the thread is
 * replaced, and the job completes: no endless retries.
 *
 * Order within a job, so that nothing is lost and nothing is written twice:
 *   1. extract;  2. write the record (one transaction, idempotent by source: postgres-schema.ts);
 *   3. drop the job's bytes from Redis;  4. return, and BullMQ marks the job completed.
 * A fault of Redis or PostgreSQL throws, and BullMQ retries the job with exponential backoff (the
 * attempts are set at enqueue). A worker killed anywhere in 1–4 holds a lock it no longer renews:
 * when it expires, another worker's stalled-job check puts the job back in the queue; if the record
 * was already written, writing it again replaces it; if the bytes are already gone (killed between
 * 3 and 4), the record is in the store and the job just completes.
 */
import { Queue, Worker, type Job } from 'bullmq';
import { errorRecord, type OutputRecord } from '../record.js';
// Types only: this thread never extracts, so it does not load the pipeline (lexicons, models: 0.3 CPU s).
import type { Task, TaskResult } from '../batch/tasks.js';
import { WorkerPool, workerModule, type FailureStage } from '../batch/worker-pool.js';
import type { ExtractWorkerData } from '../batch/extract-worker.js';
import { countRecord, emptySummary, tallyOf, type RunSummary } from '../batch/summary.js';
import type { ProgressSnapshot } from '../batch/progress.js';
import type { RawExtractOptions } from '../pipeline/extract-raw.js';
import { DEFAULT_MAX_BYTES } from '../pipeline/limits.js';
import { PgStore, type PutOutcome } from '../sinks/postgres-store.js';
import { DEFAULT_QUEUE_NAME, redisClient } from './connection.js';
import { decodeJob, payloadKey, type DocJob } from './jobs.js';

export const DEFAULT_LOCK_MS = 30_000;
/** As `baochi run`'s (run-batch.ts, not imported: it loads every sink). */
export const DEFAULT_TIME_LIMIT_MS = 30_000;

export interface QueueWorkerOptions {
  /** redis://HOST:PORT/DB */
  queue: string;
  name?: string;
  /** postgres://USER@HOST/DB */
  out: string;
  /** Extraction threads (default 1); BullMQ holds twice as many jobs, so I/O overlaps extraction. */
  concurrency?: number;
  /** Exit once the queue holds nothing waiting, delayed or active. */
  drain?: boolean;
  /** BullMQ lock duration: how long a dead worker's job waits before another takes it (default 30 s). */
  lockMs?: number;
  timeLimitMs?: number;
  maxBytes?: number;
  workerHeapMb?: number;
  extract?: RawExtractOptions;
  onProgress?: (p: ProgressSnapshot) => void;
  progressEveryMs?: number;
  /** Resolves when the worker should stop taking jobs (SIGTERM); jobs in hand finish first. */
  stop?: Promise<void>;
  /** Called once the worker is connected and taking jobs. */
  onReady?: () => void;
}

/** The batch module folder, with this module's extension (tsx in development, .js from dist/). */
const BATCH_HERE = new URL(import.meta.url.endsWith('.ts') ? '../batch/tasks.ts' : '../batch/tasks.js', import.meta.url).href;

function failureResult(task: Task, stage: FailureStage, reason: string): TaskResult {
  if (task.kind !== 'doc') throw new Error('queue jobs are documents');
  const { doc } = task;
  // decodeJob sets the id computed at enqueue (questionOf's: sha256 of the content).
  const content = doc.bytes ?? doc.content;
  const size = content === undefined ? 0 : typeof content === 'string' ? content.length : content.byteLength;
  const record = errorRecord(doc.id!, doc.source, stage, reason, doc.url ?? null);
  return { items: [{ source: doc.source, id: doc.id!, size, content: content !== undefined, url: doc.url ?? null, tally: tallyOf(record), record }] };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The store may be down when a worker starts: wait for it (a minute), as a job would. */
async function openStore(url: string, max: number, stopped: () => boolean): Promise<PgStore> {
  const store = new PgStore(url, { max });
  for (let attempt = 0; ; attempt++) {
    try {
      await store.ensureSchema();
      return store;
    } catch (err) {
      const { isTransient } = await import('../sinks/postgres-store.js');
      if (!isTransient(err) || attempt >= 30 || stopped()) {
        await store.close().catch(() => {});
        throw err;
      }
      await sleep(Math.min(2000, 100 * 2 ** attempt));
    }
  }
}

export async function runQueueWorker(options: QueueWorkerOptions): Promise<RunSummary> {
  const started = performance.now();
  const threads = Math.max(1, options.concurrency ?? 1);
  const summary = emptySummary(threads);
  const name = options.name ?? DEFAULT_QUEUE_NAME;
  const connection = redisClient(options.queue);
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  let stopping = false;

  const store = await openStore(options.out, threads * 2 + 1, () => stopping);
  const workerData: ExtractWorkerData = { options: { extract: options.extract ?? {}, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, json: false } };
  const pool = new WorkerPool<Task, TaskResult>({
    size: threads,
    script: workerModule(BATCH_HERE, 'extract-worker'),
    workerData,
    timeLimitMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
    maxHeapMb: options.workerHeapMb ?? 1024,
    onFailure: failureResult,
    // Every job is its own input: duplicates are the store's business (first to commit keeps the id).
    onAsk: (_task, questions) => (questions as unknown[]).map(() => 'go'),
  });

  async function processJob(job: Job<DocJob>): Promise<{ outcome: PutOutcome | 'stored' }> {
    const key = queue.toKey(payloadKey(job.id!));
    const payload = job.data.payload ? await queueRedis.getBuffer(key) : null;
    if (job.data.payload && !payload) {
      // Killed after the record was written and the bytes dropped, before completion: done already.
      return { outcome: 'stored' };
    }
    const doc = decodeJob(job.data, payload);
    const result = await pool.run({ kind: 'doc', seq: 0, doc });
    const item = result.items[0];
    const record: OutputRecord | undefined = item?.record;
    if (!item || !record) throw new Error(`no record for ${doc.source}`);
    const outcome = await store.put(record);
    if (payload) await queueRedis.del(key);
    summary.extracted++;
    summary.bytes += item.size;
    countRecord(summary, outcome === 'duplicate' ? { kind: 'error', stage: 'duplicate', officials: 0, figures: 0, dates: 0 } : tallyOf(record));
    return { outcome };
  }

  const worker = new Worker<DocJob>(name, processJob, {
    connection,
    concurrency: threads * 2,
    lockDuration: lockMs,
    stalledInterval: Math.max(1000, Math.min(30_000, lockMs)),
    // A job whose worker was killed more than this many times fails (shown by `queue status`).
    maxStalledCount: 10,
    autorun: false,
  });
  // A job that threw is retried by BullMQ; the error is for `queue status`, not a crash here.
  worker.on('error', () => {});

  const snapshot = (): ProgressSnapshot => ({
    documents: summary.documents, errors: summary.errors, bytes: summary.bytes, position: 0, total: null,
    elapsedMs: performance.now() - started,
  });
  const ticker = options.onProgress ? setInterval(() => options.onProgress?.(snapshot()), options.progressEveryMs ?? 250) : null;

  const queueRedis = redisClient(options.queue);
  const queue = new Queue(name, { connection: queueRedis });
  let drainTimer: NodeJS.Timeout | null = null;
  const finished = new Promise<void>((resolve) => {
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      if (drainTimer) clearInterval(drainTimer);
      // close() lets the jobs in hand finish (record written, job completed) before it resolves.
      void worker.close().then(resolve, resolve);
    };
    void options.stop?.then(stop);
    if (options.drain) {
      let checking = false;
      drainTimer = setInterval(() => {
        if (checking || stopping) return;
        checking = true;
        // Active includes the jobs of a killed worker until their lock expires: wait for those too.
        queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children').then((c) => {
          if (Object.values(c).every((n) => n === 0)) stop();
        }, () => {}).finally(() => { checking = false; });
      }, 300);
    }
  });

  try {
    void worker.run();
    await worker.waitUntilReady();
    options.onReady?.();
    await finished;
  } finally {
    if (ticker) clearInterval(ticker);
    summary.workersReplaced = pool.replaced;
    await pool.close();
    await queue.close().catch(() => {});
    connection.disconnect();
    queueRedis.disconnect();
    await store.close().catch(() => {});
  }
  summary.seconds = (performance.now() - started) / 1000;
  options.onProgress?.(snapshot());
  return summary;
}
