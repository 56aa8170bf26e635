/**
 * One queue job per document, and its id.
 *
 * The document's bytes travel through Redis with its job (deflated, in a binary key beside the job
 * hash: `PAYLOAD_KEY`), not as a path or a WARC offset: a worker on another machine needs no shared
 * filesystem, a job retried hours later does not depend on the input still being where it was, and
 * the job id must hold the document's sha256 anyway, which means reading (and, for a WARC,
 * inflating) the document at enqueue time. Beside the job rather than in its JSON data: BullMQ
 * passes a job's data through JSON and its Lua scripts on every move, which for a 250 KB page cost
 * more CPU (base64, parse, copies) than the rest of the job's life. HTML deflates 4–8×, and a
 * finished job's payload is deleted (see worker.ts), so Redis holds the compressed bytes of the
 * documents not yet done, not of the whole archive.
 *
 * Job id = the document's sha256 (the record id) + "-" + the first 32 hex digits of the sha256
 * of its source: stable, so enqueueing the same input twice adds nothing (BullMQ keeps one job per
 * id, finished ones included), while the same bytes under two sources are two inputs, two jobs
 * (the store makes the second a duplicate error row, as `baochi run` does). The source is hashed
 * because BullMQ ids may not contain ':' (WARC sources do) and a path can be long.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RawDocument, RawFormat } from '../ingest/raw-document.js';

export interface DocJob {
  v: 1;
  source: string;
  format: RawFormat;
  /** sha256 of the content (the record id), computed at enqueue. */
  id: string;
  /** Bytes of the content (decompressed). */
  size: number;
  /** The content is in the payload key (raw-deflated); `text`: it was text (UTF-8), not bytes. */
  payload?: true;
  text?: boolean;
  url?: string | null;
  publishedAt?: string | null;
  charset?: string | null;
  givenId?: string;
  fetchedAt?: string | null;
  failure?: { stage: string; reason: string };
}

/** The Redis key (under the queue's prefix, see Queue.toKey) holding a job's deflated content. */
export const payloadKey = (jobId: string): string => `payload:${jobId}`;

const sha = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex');

/**
 * The record id and size, as the batch engine's questionOf computes them (sha256 of the content; of
 * "source:" + source when there is none). Not imported from there: that module loads the whole
 * pipeline, which a worker's main thread (and enqueue) never runs. jobs.test.ts checks the two agree.
 */
function identify(doc: RawDocument): { id: string; size: number } {
  const content = doc.failure ? undefined : doc.bytes ?? doc.content;
  if (content === undefined) return { id: sha(`source:${doc.source}`), size: 0 };
  return typeof content === 'string' ? { id: sha(content), size: content.length } : { id: sha(content), size: content.byteLength };
}

export function jobIdOf(id: string, source: string): string {
  return `${id}-${sha(source).slice(0, 32)}`;
}

/** A document → its job: id, data and payload. Level 1: most of deflate's gain at a fraction of its time. */
export function encodeJob(doc: RawDocument): { jobId: string; data: DocJob; payload: Buffer | null } {
  const q = identify(doc);
  const data: DocJob = { v: 1, source: doc.source, format: doc.format, id: q.id, size: q.size };
  let payload: Buffer | null = null;
  if (!doc.failure) {
    if (doc.bytes) payload = deflateRawSync(doc.bytes, { level: 1 });
    else if (doc.content !== undefined) {
      payload = deflateRawSync(Buffer.from(doc.content, 'utf8'), { level: 1 });
      data.text = true;
    }
    if (payload) data.payload = true;
  }
  if (doc.url !== undefined) data.url = doc.url;
  if (doc.publishedAt !== undefined) data.publishedAt = doc.publishedAt;
  if (doc.charset !== undefined) data.charset = doc.charset;
  if (doc.givenId !== undefined) data.givenId = doc.givenId;
  if (doc.fetchedAt !== undefined) data.fetchedAt = doc.fetchedAt;
  if (doc.failure) data.failure = doc.failure;
  return { jobId: jobIdOf(q.id, doc.source), data, payload };
}

/** A job's data and payload → the document (with its id, so the worker does not hash it again). */
export function decodeJob(data: DocJob, payload: Buffer | null): RawDocument {
  const doc: RawDocument = { source: data.source, format: data.format, id: data.id };
  if (data.failure) doc.failure = data.failure;
  else if (data.payload && payload) {
    const raw = inflateRawSync(payload);
    if (data.text) doc.content = raw.toString('utf8');
    else doc.bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  } else if (!data.payload) {
    // An empty text (a blank JSONL field): nothing to carry.
    if (data.text) doc.content = '';
    else doc.bytes = new Uint8Array(0);
  } else throw new Error(`job for ${data.source} has lost its payload`);
  if (data.url !== undefined) doc.url = data.url;
  if (data.publishedAt !== undefined) doc.publishedAt = data.publishedAt;
  if (data.charset !== undefined) doc.charset = data.charset;
  if (data.givenId !== undefined) doc.givenId = data.givenId;
  if (data.fetchedAt !== undefined) doc.fetchedAt = data.fetchedAt;
  return doc;
}
