/**
 * Inputs → one queue job per document (jobs.ts). Inputs are read as `baochi run` reads them
 * (directories, globs, .gz, JSONL, WARC; a source that fails becomes a job that makes its error
 * record), in input order, streamed: jobs go to Redis in bulk, a batch at a time.
 *
 * Enqueueing twice adds nothing: the job id is stable, ids already in the queue (waiting, active
 * or finished) are left alone. Retries: a job that throws (the store or Redis down) is tried again
 * with exponential backoff, 1 s doubling, `attempts` times in all (default 14: over four hours).
 */
import { Queue } from 'bullmq';
import { readInputs } from '../ingest/sources.js';
import { emptyWarcCounts, readWarc, type WarcCounts } from '../ingest/warc.js';
import { DEFAULT_MAX_BYTES } from '../pipeline/limits.js';
import { DEFAULT_QUEUE_NAME, redisClient } from './connection.js';
import { encodeJob, payloadKey, type DocJob } from './jobs.js';

export const DEFAULT_ATTEMPTS = 14;

export interface EnqueueOptions {
  inputs: string[];
  queue: string;
  name?: string;
  maxBytes?: number;
  attempts?: number;
  stdin?: NodeJS.ReadableStream;
  /** Jobs per round trip to Redis (default 200). */
  batch?: number;
  onProgress?: (done: { read: number; added: number }) => void;
}

export interface EnqueueSummary {
  /** Documents read. */
  documents: number;
  /** Jobs added. */
  added: number;
  /** Documents whose job was already in the queue. */
  existing: number;
  /** Bytes of documents read (decompressed) and of the job payloads (deflated). */
  bytes: number;
  payloadBytes: number;
  warc: WarcCounts;
  seconds: number;
}

export async function enqueue(options: EnqueueOptions): Promise<EnqueueSummary> {
  const started = performance.now();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const redis = redisClient(options.queue);
  const queue = new Queue<DocJob>(options.name ?? DEFAULT_QUEUE_NAME, { connection: redis });
  const warc = emptyWarcCounts();
  const summary: EnqueueSummary = { documents: 0, added: 0, existing: 0, bytes: 0, payloadBytes: 0, warc, seconds: 0 };
  const jobOpts = { attempts: options.attempts ?? DEFAULT_ATTEMPTS, backoff: { type: 'exponential', delay: 1000 } };
  const size = options.batch ?? 200;
  let batch: { jobId: string; data: DocJob; payload: Buffer | null }[] = [];

  async function send(): Promise<void> {
    if (batch.length === 0) return;
    // Ids already known (any state): not added again, and their payload not written again (a done
    // job's payload is gone for good).
    const pipeline = redis.pipeline();
    for (const j of batch) pipeline.exists(queue.toKey(j.jobId));
    const exists = (await pipeline.exec()) ?? [];
    const fresh = batch.filter((_, i) => exists[i]?.[1] !== 1);
    summary.existing += batch.length - fresh.length;
    if (fresh.length) {
      // Payloads first: a job is never visible to a worker before its bytes are.
      const payloads = redis.pipeline();
      for (const j of fresh) if (j.payload) payloads.set(queue.toKey(payloadKey(j.jobId)), j.payload);
      await payloads.exec();
      await queue.addBulk(fresh.map((j) => ({ name: 'doc', data: j.data, opts: { ...jobOpts, jobId: j.jobId } })));
      summary.added += fresh.length;
    }
    batch = [];
    options.onProgress?.({ read: summary.documents, added: summary.added });
  }

  try {
    const docs = readInputs(options.inputs, { stdin: options.stdin, maxBytes, readWarc: (path) => readWarc(path, { maxBytes, counts: warc }) });
    const seen = new Set<string>();
    for await (const doc of docs) {
      const job = encodeJob(doc);
      summary.documents++;
      summary.bytes += job.data.size;
      summary.payloadBytes += job.payload?.byteLength ?? 0;
      // The same input named twice in one call (a file and its folder): one job.
      if (seen.has(job.jobId)) { summary.existing++; continue; }
      seen.add(job.jobId);
      batch.push(job);
      if (batch.length >= size) await send();
    }
    await send();
  } finally {
    await queue.close();
    redis.disconnect();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
