/**
 * The batch engine: inputs → worker pool → (input order) → sink, with a ledger for resume and
 * dedupe. Library function; `baochi run` and `baochi demo` are thin shells around it.
 *
 * Threads. The reading thread only reads: files whole, WARC files cut into gzip member candidates
 * or plain records (no inflating, no parsing). Workers do everything that costs CPU per page
 * (tasks.ts): inflate and parse WARC chunks, hash, ask the dedupe gate, extract, serialize. Back
 * here: WARC coverage decisions (false member candidates, damage), duplicate records, input order,
 * the sink and the ledger. So one reading thread can feed many workers.
 *
 * Exactly once: a record's ledger entry is committed only after the sink made the record durable
 * (sink.flush() → checkpoint → ledger.commit(entries, checkpoint)). A resumed run rolls the sink
 * back to the ledger's checkpoint and skips the inputs the ledger lists (by source and sha256, which
 * the workers compute), so after kill -9 every input appears once, and no torn line is left.
 */
import { cpus } from 'node:os';
import { readInputs } from '../ingest/sources.js';
import type { RawDocument } from '../ingest/raw-document.js';
import { emptyWarcCounts, splitWarc, WarcCoverage, type WarcChunk } from '../ingest/warc.js';
import type { RawExtractOptions } from '../pipeline/extract-raw.js';
import { DEFAULT_MAX_BYTES } from '../pipeline/extract.js';
import { errorRecord, type OutputRecord } from '../record.js';
import { openSink, type Sink, type SinkKind } from '../sinks/index.js';
import { InputMeter } from './input-meter.js';
import { DedupeGate } from './dedupe-gate.js';
import { Ledger, ledgerPathFor, type LedgerEntry, type LedgerStatus } from './ledger.js';
import type { ProgressSnapshot } from './progress.js';
import { ReorderBuffer } from './reorder-buffer.js';
import { countRecord, emptySummary, tallyOf, type RunSummary } from './summary.js';
import { questionOf, runInline, type GateQuestion, type GateVerdict, type Task, type TaskItem, type TaskOptions, type TaskResult } from './tasks.js';
import { WorkerPool, workerModule, type FailureStage } from './worker-pool.js';
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

/** The WARC file a chunk belongs to: its coverage decisions and, for --unordered, its own order. */
interface WarcFile {
  coverage: WarcCoverage;
  reorder: ReorderBuffer<Outcome>;
  chunks: number;
  lastOffset: number;
}

type Outcome =
  | { kind: 'doc'; result: TaskResult }
  | { kind: 'warc'; chunk: Omit<WarcChunk, 'bytes'>; file: WarcFile; index: number; result: TaskResult };

/**
 * The result of a task whose worker went over the time limit or crashed: an error record for the
 * document, or for the WARC chunk (its coverage then treats it as a damaged stretch).
 */
function failureResult(task: Task, stage: FailureStage, reason: string, json: boolean): TaskResult {
  if (task.kind === 'warc') {
    return { items: [], warc: { length: null, counts: emptyWarcCounts(), failure: { stage, reason } } };
  }
  const { doc } = task;
  const q = questionOf(doc);
  const record = errorRecord(q.id, doc.source, stage, reason, doc.url ?? null);
  return { items: [{ ...q, url: doc.url ?? null, tally: tallyOf(record), ...(json ? { json: JSON.stringify(record) } : { record }) }] };
}

const isChunk = (unit: RawDocument | WarcChunk): unit is WarcChunk => 'gzip' in unit;

/** A chunk task's result when the chunk is known to lie inside an earlier member (nothing to do). */
const COVERED: TaskResult = { items: [], warc: { length: null, counts: emptyWarcCounts() } };

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

  // Workers send JSON text when the sink writes it as is (and nobody asks for record objects).
  const json = sink.writeJson !== undefined && !options.onRecord;
  const taskOptions: TaskOptions = { extract: options.extract ?? {}, maxBytes, json };
  const workerData: ExtractWorkerData = { options: taskOptions };
  const pool = new WorkerPool<Task, TaskResult>({
    size: workers,
    script: workerModule(import.meta.url, 'extract-worker'),
    workerData,
    timeLimitMs,
    maxHeapMb: options.workerHeapMb ?? 1024,
    onFailure: (task, stage, reason) => failureResult(task, stage, reason, json),
    onAsk: (task, questions) => askGate(task, questions as GateQuestion[]),
  });

  const meter = new InputMeter(options.inputs);
  const reorder = new ReorderBuffer<Outcome>();
  const window = workers * (options.unordered ? 4 : 16);
  let inFlight = 0;
  let wakeReader: (() => void) | null = null;
  let fatal: Error | null = null;
  /** Content ids written but not yet in the ledger → their source (dedupe, decided in output order). */
  const uncommitted = new Map<string, string>();
  const gate = new DedupeGate(ledger, options.resume ?? false);
  /** A WARC chunk may hold several documents: its place in input order is seq × 2^16 + index. */
  const askGate = (task: Task, questions: GateQuestion[]): GateVerdict[] => questions.map((q, i) => gate.ask(task.seq * 65536 + i, q));
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
    gate.committed(pending);
    pending = [];
    lastFlush = performance.now();
  }

  /** One document's item → the sink (or a duplicate record in its place), the summary and the ledger. */
  function emit(item: TaskItem): void {
    if (item.skipped === 'resumed') { summary.resumed++; return; }
    // Empty inputs all share one hash; they are errors, not duplicates of each other.
    const first = item.content && item.size > 0
      ? uncommitted.get(item.id) ?? ledger.firstSourceOf(item.id) ?? (item.skipped ? gate.firstSourceOf(item.id) ?? 'an earlier input' : null)
      : null;
    let status: LedgerStatus;
    if (first !== null && first !== undefined) {
      const record = errorRecord(item.id, item.source, 'duplicate', `same bytes as ${first}`, item.url);
      write({ ...item, json: json ? JSON.stringify(record) : undefined, record, tally: tallyOf(record) });
      status = 'duplicate';
    } else {
      if (item.content && item.size > 0) uncommitted.set(item.id, item.source);
      write(item);
      status = item.tally?.kind ?? 'error';
    }
    summary.bytes += item.size;
    pending.push({ source: item.source, id: item.id, status, content: item.content && item.size > 0 && status !== 'duplicate' });
  }

  function write(item: TaskItem): void {
    if (item.json !== undefined && sink.writeJson) sink.writeJson(item.json);
    else if (item.record) sink.write(item.record);
    else throw new Error(`no record for ${item.source}`);
    if (item.tally) countRecord(summary, item.tally);
    if (item.record) options.onRecord?.(item.record);
  }

  /** A document that needs no worker (a failed source, WARC damage): its item, made here. */
  const inline = (doc: RawDocument): TaskItem => {
    const item = runInline(doc, taskOptions);
    // The gate's resume check, for what no worker saw.
    return options.resume && ledger.isDone(item.source, item.id) ? { ...item, skipped: 'resumed' } : item;
  };

  function process(outcome: Outcome): void {
    if (outcome.kind === 'doc') {
      for (const item of outcome.result.items) emit(item);
    } else {
      const warc = outcome.result.warc ?? { length: null, counts: emptyWarcCounts() };
      const verdict = outcome.file.coverage.resolve(outcome.chunk, warc);
      for (const doc of verdict.before) emit(inline(doc));
      if (verdict.keep) for (const item of outcome.result.items) emit(item);
      for (const doc of verdict.after) emit(inline(doc));
    }
    if (pending.length >= sink.flushEvery.records || performance.now() - lastFlush >= sink.flushEvery.ms) commit();
  }

  function deliver(seq: number, outcome: Outcome): void {
    try {
      // --unordered: documents as they finish; a WARC file's chunks still in file order (coverage).
      const ready = !options.unordered ? reorder.put(seq, outcome)
        : outcome.kind === 'warc' ? outcome.file.reorder.put(outcome.index, outcome) : [outcome];
      for (const o of ready) {
        inFlight--;
        process(o);
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

  const dispatch = (seq: number, task: Task, outcome: (result: TaskResult) => Outcome): void => {
    pool.run(task).then(
      (result) => {
        for (const item of result.items) if (!item.skipped) summary.extracted++;
        deliver(seq, outcome(result));
      },
      (err: unknown) => { fatal ??= err instanceof Error ? err : new Error(String(err)); wakeReader?.(); },
    );
  };

  let seq = 0;
  let file: WarcFile | null = null;
  const units = readInputs<WarcChunk>(options.inputs, { stdin: options.stdin, maxBytes, readWarc: (path) => splitWarc(path, { maxBytes }) });
  try {
    for await (const unit of units) {
      if (fatal) break;
      const mySeq = seq++;
      inFlight++;
      if (isChunk(unit)) {
        meter.see(`warc:${unit.path}#${unit.offset}`);
        // A new file (or the same file named again) starts its own coverage.
        if (!file || file.coverage.path !== unit.path || unit.offset <= file.lastOffset) {
          file = { coverage: new WarcCoverage(unit.path, summary.warc), reorder: new ReorderBuffer<Outcome>(), chunks: 0, lastOffset: -1 };
        }
        // The outcome keeps the chunk's position, not its bytes (they may wait in the reorder buffer).
        const chunk = unit;
        const position = { path: chunk.path, offset: chunk.offset, end: chunk.end, last: chunk.last, gzip: chunk.gzip };
        const here = file;
        const index = here.chunks++;
        here.lastOffset = chunk.offset;
        const outcome = (result: TaskResult): Outcome => ({ kind: 'warc', chunk: position, file: here, index, result });
        if (chunk.offset < here.coverage.coveredUntil) deliver(mySeq, outcome(COVERED));
        else {
          dispatch(mySeq, { kind: 'warc', seq: mySeq, chunk }, outcome);
        }
      } else {
        meter.see(unit.source);
        if (unit.failure) deliver(mySeq, { kind: 'doc', result: { items: [inline(unit)] } });
        else {
          dispatch(mySeq, { kind: 'doc', seq: mySeq, doc: unit }, (result) => ({ kind: 'doc', result }));
        }
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
