/**
 * One queue job per document, and its id.
 *
 * A job carries the document's bytes (deflated, base64 in the job's JSON), not a reference to a
 * file or a WARC offset: a worker on another machine needs no shared filesystem, a job retried
 * hours later does not depend on the input still being where it was, and the job id must hold
 * the document's sha256 anyway, which means reading (and, for a WARC, inflating) the document at
 * enqueue time. HTML deflates 4–8×, and a finished job's payload is dropped (see worker.ts), so
 * Redis holds the compressed bytes of the documents not yet done, not of the whole archive.
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
import { questionOf } from '../batch/tasks.js';

export interface DocJob {
  v: 1;
  source: string;
  format: RawFormat;
  /** sha256 of the content (the record id), computed at enqueue. */
  id: string;
  /** Bytes of the content (decompressed). */
  size: number;
  /** The content, raw-deflated, base64; `text` says whether it was text (UTF-8) or bytes. */
  z?: string;
  text?: boolean;
  url?: string | null;
  publishedAt?: string | null;
  charset?: string | null;
  givenId?: string;
  fetchedAt?: string | null;
  failure?: { stage: string; reason: string };
}

/** What is left of a finished job's data: who it was, not its bytes. */
export type DoneJob = Omit<DocJob, 'z'>;

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

export function jobIdOf(id: string, source: string): string {
  return `${id}-${sha(source).slice(0, 32)}`;
}

/** A document → its job (id and data). Level 1: most of deflate's gain at a fraction of its time. */
export function encodeJob(doc: RawDocument): { jobId: string; data: DocJob } {
  const q = questionOf(doc);
  const data: DocJob = { v: 1, source: doc.source, format: doc.format, id: q.id, size: q.size };
  if (!doc.failure) {
    if (doc.bytes) data.z = deflateRawSync(doc.bytes, { level: 1 }).toString('base64');
    else if (doc.content !== undefined) {
      data.z = deflateRawSync(Buffer.from(doc.content, 'utf8'), { level: 1 }).toString('base64');
      data.text = true;
    }
  }
  if (doc.url !== undefined) data.url = doc.url;
  if (doc.publishedAt !== undefined) data.publishedAt = doc.publishedAt;
  if (doc.charset !== undefined) data.charset = doc.charset;
  if (doc.givenId !== undefined) data.givenId = doc.givenId;
  if (doc.fetchedAt !== undefined) data.fetchedAt = doc.fetchedAt;
  if (doc.failure) data.failure = doc.failure;
  return { jobId: jobIdOf(q.id, doc.source), data };
}

/** A job's data → the document (with its id, so the worker does not hash it again). */
export function decodeJob(data: DocJob): RawDocument {
  const doc: RawDocument = { source: data.source, format: data.format, id: data.id };
  if (data.failure) doc.failure = data.failure;
  else if (data.z !== undefined) {
    const raw = inflateRawSync(Buffer.from(data.z, 'base64'));
    if (data.text) doc.content = raw.toString('utf8');
    else doc.bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  } else throw new Error(`job for ${data.source} holds no document (already done?)`);
  if (data.url !== undefined) doc.url = data.url;
  if (data.publishedAt !== undefined) doc.publishedAt = data.publishedAt;
  if (data.charset !== undefined) doc.charset = data.charset;
  if (data.givenId !== undefined) doc.givenId = data.givenId;
  if (data.fetchedAt !== undefined) doc.fetchedAt = data.fetchedAt;
  return doc;
}

export function doneData(data: DocJob): DoneJob {
  const { z: _z, ...rest } = data;
  return rest;
}
