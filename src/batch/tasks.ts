/**
 * What the batch engine hands a worker, and what comes back. Everything that costs CPU per page
 * happens in the worker, so the reading thread stays light:
 *
 *   - hashing the bytes (the record id, the ledger's key);
 *   - for a WARC chunk, inflating and parsing it;
 *   - extraction, and serializing the record to JSON when the sink writes JSON lines.
 *
 * The reading thread keeps what needs one view of the whole run: the ledger (resume, duplicates),
 * input order, the WARC coverage decisions and the sink.
 */
import type { RawDocument } from '../ingest/raw-document.js';
import { decodeWarcChunk, type WarcChunk, type WarcCounts } from '../ingest/warc.js';
import { extractRaw, type RawExtractOptions } from '../pipeline/extract-raw.js';
import { sha256Hex } from '../pipeline/extract.js';
import type { OutputRecord } from '../record.js';
import { tallyOf, type Tally } from './summary.js';

export type Task =
  /** One document; `seq` is its place in the input (what decides which of two identical pages is first). */
  | { kind: 'doc'; seq: number; doc: RawDocument }
  | { kind: 'warc'; seq: number; chunk: WarcChunk };

/** A document hashed, before extraction: what the reading thread is asked about. */
export interface GateQuestion {
  source: string;
  id: string;
  size: number;
  content: boolean;
}

/**
 * The reading thread's answer for one document: extract it, or not because the ledger lists it as
 * done (--resume) or because an earlier input had the same bytes (its duplicate record needs no
 * extraction).
 */
export type GateVerdict = 'go' | 'resumed' | 'duplicate';

/** One document's outcome. */
export interface TaskItem extends GateQuestion {
  url: string | null;
  /** Not extracted: resumed (nothing is written) or a duplicate (the engine writes its record). */
  skipped?: Exclude<GateVerdict, 'go'>;
  tally?: Tally;
  /** The record as one JSON line (no newline), when the task asked for JSON… */
  json?: string;
  /** … or the record itself. */
  record?: OutputRecord;
}

export interface TaskResult {
  items: TaskItem[];
  /** For a WARC chunk: its length in the file (null: unreadable) and its records counted. */
  warc?: { length: number | null; counts: WarcCounts; failure?: { stage: string; reason: string } };
}

export interface TaskOptions {
  extract: RawExtractOptions;
  maxBytes: number;
  /** Send records as JSON text (the JSONL sink writes it as is; cheaper to pass between threads). */
  json: boolean;
}

/** A task after its cheap part (inflate, parse, hash): its documents and their questions. */
export interface PreparedTask {
  docs: RawDocument[];
  questions: GateQuestion[];
  warc?: TaskResult['warc'];
}

/** A document's question: its id (sha256 of the content; of "source:" + source when it has none). */
export function questionOf(doc: RawDocument): GateQuestion {
  const content = doc.failure ? undefined : doc.bytes ?? doc.content;
  const size = content === undefined ? 0 : typeof content === 'string' ? content.length : content.byteLength;
  const id = content === undefined ? sha256Hex(`source:${doc.source}`) : sha256Hex(content);
  return { source: doc.source, id, size, content: content !== undefined };
}

/** Decode (a WARC chunk) and hash: everything before the gate. Never throws for bad input. */
export async function prepareTask(task: Task, options: TaskOptions): Promise<PreparedTask> {
  if (task.kind === 'doc') return { docs: [task.doc], questions: [questionOf(task.doc)] };
  const decoded = await decodeWarcChunk(task.chunk, { maxBytes: options.maxBytes });
  return {
    docs: decoded.docs,
    questions: decoded.docs.map(questionOf),
    warc: { length: decoded.length, counts: decoded.counts, ...(decoded.failure ? { failure: decoded.failure } : {}) },
  };
}

/** One document, its question answered: extract it (or not) → its item. */
export function finishDocument(doc: RawDocument, q: GateQuestion, verdict: GateVerdict, options: TaskOptions): TaskItem {
  const base = { ...q, url: doc.url ?? null };
  if (verdict !== 'go') return { ...base, skipped: verdict };
  const record = extractRaw({ ...doc, id: q.id }, { ...options.extract, maxBytes: options.maxBytes });
  const tally = tallyOf(record);
  return options.json ? { ...base, tally, json: JSON.stringify(record) } : { ...base, tally, record };
}

export function finishTask(prepared: PreparedTask, verdicts: readonly GateVerdict[], options: TaskOptions): TaskResult {
  const items = prepared.docs.map((doc, i) => finishDocument(doc, prepared.questions[i]!, verdicts[i] ?? 'go', options));
  return prepared.warc ? { items, warc: prepared.warc } : { items };
}

/** A document made on the reading thread (a failed source, WARC damage): no gate, no worker. */
export function runInline(doc: RawDocument, options: TaskOptions): TaskItem {
  return finishDocument(doc, questionOf(doc), 'go', options);
}
