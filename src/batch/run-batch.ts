/**
 * The batch engine: inputs → worker pool → (input order) → sink, with a ledger for resume and
 * dedupe. Library function; `baochi run` and `baochi demo` are thin shells around it.
 *
 * Exactly once: a record's ledger entry is committed only after the sink made the record durable
 * (sink.flush() → checkpoint → ledger.commit(entries, checkpoint)). A resumed run rolls the sink
 * back to the ledger's checkpoint and skips the inputs the ledger lists, so after kill -9 every
 * input appears once, and no torn line is left.
 */
import { cpus } from 'node:os';
import { readInputs } from '../ingest/sources.js';
import type { RawDocument } from '../ingest/raw-document.js';
import { readWarc } from '../ingest/warc.js';
import { extractRaw, type RawExtractOptions } from '../pipeline/extract-raw.js';
import { DEFAULT_MAX_BYTES, sha256Hex } from '../pipeline/extract.js';
import { errorRecord, type OutputRecord } from '../record.js';
import { openSink, type Sink, type SinkKind } from '../sinks/index.js';
import { InputMeter } from './input-meter.js';
import { Ledger, ledgerPathFor, type LedgerEntry } from './ledger.js';
import type { ProgressSnapshot } from './progress.js';
import { ReorderBuffer } from './reorder-buffer.js';
import { countRecord, emptySummary, type RunSummary } from './summary.js';
import { WorkerPool, workerModule } from './worker-pool.js';
import type { ExtractWorkerData } from './extract-worker.js';

export const DEFAULT_TIME_LIMIT_MS = 30_000;

export interface BatchOptions {
  inputs: string[];
  /** Output file (jsonl, sqlite) or folder (csv, parquet). */
  out: string;
  format: SinkKind;
  /** Worker threads (default: the number of cores). */
  workers?: number;
  /** Skip inputs the ledger lists as done, continue the output after its last checkpoint. */
  resume?: boolean;
  /** Emit records as they finish instead of in input order. */
  unordered?: boolean;
  /** Ledger file (default OUT.ledger.db). */
  ledgerPath?: string;
  /** Per-document time limit (default 30 s). */
  timeLimitMs?: number;
  /** Per-document size limit in bytes (default 20 MiB). */
  maxBytes?: number;
  /** Heap limit per worker in MB (default 1024). */
  workerHeapMb?: number;
  /** Options for extractRaw (siteHints, publishedAt…). */
  extract?: RawExtractOptions;
  stdin?: NodeJS.ReadableStream;
  /** Records per part file for parquet. */
  recordsPerPart?: number;
  /** Called every `progressEveryMs` (default 250 ms) and once at the end. */
  onProgress?: (p: ProgressSnapshot) => void;
  progressEveryMs?: number;
  /** Called for every record written (after the sink accepted it). */
  onRecord?: (record: OutputRecord) => void;
}

/** Raised for a resume that cannot be honoured (format changed): a usage error for the CLI. */
export class ResumeMismatchError extends Error {}

interface Outcome {
  record: OutputRecord;
  entry: LedgerEntry;
}

function failureRecord(doc: RawDocument, id: string, stage: string, reason: string): OutputRecord {
  return errorRecord(id, doc.source, stage, reason, doc.url ?? null);
}

export async function runBatch(options: BatchOptions): Promise<RunSummary> {
  const started = performance.now();
  const workers = Math.max(1, options.workers ?? cpus().length);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const summary = emptySummary(workers);

  // Ledger and sink: a fresh run starts both empty; a resumed one continues after the checkpoint.
  const ledgerPath = options.ledgerPath ?? ledgerPathFor(options.out);
  let ledger = new Ledger(ledgerPath, !options.resume);
  const previous = ledger.meta();
  if (previous && previous.format !== options.format) {
    ledger.close();
    throw new ResumeMismatchError(`cannot resume: ${ledgerPath} belongs to a --format ${previous.format} run, not ${options.format}`);
  }
  let checkpoint = ledger.checkpoint();
  if (options.resume && !checkpoint) {
    // Nothing was committed: resuming is starting over.
    ledger.close();
    ledger = new Ledger(ledgerPath, true);
    checkpoint = null;
  }
  ledger.setMeta({ format: options.format, out: options.out });
  let sink: Sink;
  try {
    sink = openSink(options.format, options.out, { resumeFrom: checkpoint, recordsPerPart: options.recordsPerPart });
  } catch (err) {
    ledger.close();
    throw err;
  }

  const workerData: ExtractWorkerData = { options: { ...options.extract, maxBytes } };
  const pool = new WorkerPool<RawDocument, OutputRecord>({
    size: workers,
    script: workerModule(import.meta.url, 'extract-worker'),
    workerData,
    timeLimitMs,
    maxHeapMb: options.workerHeapMb ?? 1024,
    onFailure: (doc, stage, reason) => failureRecord(doc, doc.id ?? sha256Hex(doc.bytes ?? doc.content ?? ''), stage, reason),
  });

  const meter = new InputMeter(options.inputs);
  const reorder = new ReorderBuffer<Outcome>();
  const window = workers * (options.unordered ? 4 : 16);
  let inFlight = 0;
  let wakeReader: (() => void) | null = null;
  let fatal: Error | null = null;
  /** Content ids dispatched or written but not yet in the ledger → their source (dedupe). */
  const uncommitted = new Map<string, string>();
  let pending: LedgerEntry[] = [];
  let lastFlush = performance.now();

  const snapshot = (): ProgressSnapshot => ({
    documents: summary.documents, errors: summary.errors, bytes: summary.bytes,
    position: meter.position, total: meter.total, elapsedMs: performance.now() - started,
  });
  const ticker = options.onProgress ? setInterval(() => options.onProgress?.(snapshot()), options.progressEveryMs ?? 250) : null;

  function commit(): void {
    const cp = sink.flush();
    ledger.commit(pending, cp);
    for (const e of pending) if (uncommitted.get(e.id) === e.source) uncommitted.delete(e.id);
    pending = [];
    lastFlush = performance.now();
  }

  function emit(outcome: Outcome): void {
    sink.write(outcome.record);
    countRecord(summary, outcome.record);
    options.onRecord?.(outcome.record);
    pending.push(outcome.entry);
    if (pending.length >= sink.flushEvery.records || performance.now() - lastFlush >= sink.flushEvery.ms) commit();
  }

  function deliver(seq: number, outcome: Outcome): void {
    try {
      const ready = options.unordered ? [outcome] : reorder.put(seq, outcome);
      for (const o of ready) {
        inFlight--;
        emit(o);
      }
    } catch (err) {
      fatal ??= err instanceof Error ? err : new Error(String(err));
    }
    wakeReader?.();
  }

  const allDone = (): Promise<void> => new Promise((resolve) => {
    const check = (): void => {
      if (inFlight === 0 || fatal) resolve();
      else wakeReader = check;
    };
    check();
  });

  let seq = 0;
  const warcOptions = { counts: summary.warc, maxBytes };
  try {
    for await (const doc of readInputs(options.inputs, { stdin: options.stdin, maxBytes, readWarc: (path) => readWarc(path, warcOptions) })) {
      if (fatal) break;
      meter.see(doc.source);
      const content = doc.bytes ?? doc.content;
      const isContent = !doc.failure && content !== undefined;
      // Failed sources have no bytes: their id hashes the source name, as extractRaw does.
      const id = isContent ? sha256Hex(content) : sha256Hex(`source:${doc.source}`);
      if (options.resume && ledger.isDone(doc.source, id)) { summary.resumed++; continue; }
      const size = typeof content === 'string' ? content.length : content?.byteLength ?? 0;
      summary.bytes += size;
      const mySeq = seq++;
      inFlight++;
      // Empty inputs all share one hash; they are errors, not duplicates of each other.
      const first = isContent && size > 0 ? uncommitted.get(id) ?? ledger.firstSourceOf(id) : null;
      if (first !== null && first !== undefined) {
        const record = errorRecord(id, doc.source, 'duplicate', `same bytes as ${first}`, doc.url ?? null);
        deliver(mySeq, { record, entry: { source: doc.source, id, status: 'duplicate', content: false } });
      } else if (!isContent) {
        const record = extractRaw(doc);
        deliver(mySeq, { record, entry: { source: doc.source, id, status: 'error', content: false } });
      } else {
        if (size > 0) uncommitted.set(id, doc.source);
        pool.run({ ...doc, id }).then(
          (record) => deliver(mySeq, { record, entry: { source: doc.source, id, status: record.kind, content: size > 0 } }),
          (err: unknown) => { fatal ??= err instanceof Error ? err : new Error(String(err)); wakeReader?.(); },
        );
      }
      while (inFlight >= window && !fatal) await new Promise<void>((resolve) => { wakeReader = resolve; });
      wakeReader = null;
    }
    await allDone();
    if (fatal) throw fatal;
    commit();
  } finally {
    if (ticker) clearInterval(ticker);
    summary.workersReplaced = pool.replaced;
    await pool.close();
    try {
      if (!fatal) sink.close();
    } finally {
      ledger.close();
    }
  }
  summary.seconds = (performance.now() - started) / 1000;
  options.onProgress?.(snapshot());
  return summary;
}
