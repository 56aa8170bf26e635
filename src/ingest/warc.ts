/**
 * WARC and .warc.gz → RawDocuments, streamed record by record: gzip members are inflated natively
 * (gzip-members.ts), records parsed by warcio (headers, HTTP message, chunked and content-encoded
 * payloads). Only HTTP response records whose payload is HTML become documents (source
 * `warc:FILE#OFFSET`, the offset of the record or of its gzip member; url from
 * WARC-Target-URI, fetchedAt from WARC-Date, charset from the HTTP Content-Type); every other record
 * is counted by reason and skipped. A damaged file (truncated gzip member, record cut short) yields
 * one failed document at the damaged offset and ends that file: the run goes on with the next input.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { WARCParser, type WARCRecord } from 'warcio';
import { readGzipMembers } from './gzip-members.js';
import type { RawDocument } from './raw-document.js';

/** Why a WARC record did not become a document. */
export type WarcSkipReason = 'not-response' | 'not-html' | 'empty' | 'http-status';

export interface WarcCounts {
  /** Records read, all types. */
  records: number;
  /** Documents yielded (HTML responses, including those over the size limit). */
  documents: number;
  skipped: Record<WarcSkipReason, number>;
  /** Files that ended in damage (truncated or corrupt). */
  damaged: number;
}

export function emptyWarcCounts(): WarcCounts {
  return { records: 0, documents: 0, skipped: { 'not-response': 0, 'not-html': 0, empty: 0, 'http-status': 0 }, damaged: 0 };
}

export interface WarcOptions {
  /** Counters to add to (the run summary shows them). */
  counts?: WarcCounts;
  /** Largest payload read into memory; a larger record yields a "limit" failure (default 20 MiB). */
  maxBytes?: number;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** "text/html; charset=windows-1258" → { mime: "text/html", charset: "windows-1258" }. */
export function parseContentType(value: string | null | undefined): { mime: string | null; charset: string | null } {
  if (!value) return { mime: null, charset: null };
  const [mime, ...params] = value.split(';');
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { mime: mime!.trim().toLowerCase() || null, charset };
}

/** Payload bytes that look like markup when the server sent no Content-Type. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') || head.startsWith('<head');
}

/** Bytes still expected from the record body when the stream ended (truncation), else 0. */
function missingBytes(record: WARCRecord): number {
  const reader = record.reader as unknown as { limit?: number };
  return typeof reader.limit === 'number' && reader.limit > 0 ? reader.limit : 0;
}

function reasonOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\s+/g, ' ').trim() || 'unreadable WARC data';
}

/** One parsed record → a document (possibly a failed one), or null when it is counted and skipped. */
async function recordToDocument(record: WARCRecord, source: string, counts: WarcCounts, maxBytes: number): Promise<RawDocument | null> {
  counts.records++;
  if (record.warcType !== 'response') { counts.skipped['not-response']++; return null; }
  const http = record.httpHeaders;
  if (!http || record.warcContentLength === 0) { counts.skipped.empty++; return null; }
  const status = Number(http.statusCode);
  if (!(status >= 200 && status < 300)) { counts.skipped['http-status']++; return null; }
  const { mime, charset } = parseContentType(http.headers.get('content-type'));
  if (mime !== null && !HTML_TYPES.has(mime)) { counts.skipped['not-html']++; return null; }
  const url = record.warcTargetURI ?? null;
  const fetchedAt = record.warcDate ?? null;
  if (record.warcContentLength > maxBytes) {
    counts.documents++;
    return {
      source, format: 'html', url, fetchedAt,
      failure: { stage: 'limit', reason: `WARC record too large: ${record.warcContentLength} bytes > ${maxBytes} byte limit` },
    };
  }
  await record.readFully(false);
  const missing = missingBytes(record);
  if (missing > 0) {
    counts.damaged++;
    counts.documents++;
    return { source, format: 'html', url, fetchedAt, failure: { stage: 'ingest', reason: `WARC record truncated: ${missing} bytes missing (damaged or cut-off file)` } };
  }
  let bytes: Uint8Array;
  try {
    bytes = await record.readFully(true);
  } catch (err) {
    counts.documents++;
    return { source, format: 'html', url, fetchedAt, failure: { stage: 'decode', reason: `HTTP payload: ${reasonOf(err)}` } };
  }
  if (bytes.byteLength === 0) { counts.skipped.empty++; return null; }
  if (mime === null && !looksLikeHtml(bytes)) { counts.skipped['not-html']++; return null; }
  counts.documents++;
  return { source, format: 'html', bytes, url, fetchedAt, charset };
}

async function isGzipFile(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await file.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await file.close();
  }
}

/** A .warc.gz: member by member (native inflate), each member's records parsed by warcio. */
async function* readCompressed(path: string, counts: WarcCounts, maxBytes: number): AsyncGenerator<RawDocument> {
  for await (const member of readGzipMembers(path, Math.max(maxBytes * 2, 64 * 1024 * 1024))) {
    if ('failure' in member) {
      counts.damaged++;
      yield { source: `warc:${path}#${member.offset}`, format: 'html', failure: { stage: 'ingest', reason: `unreadable WARC data: ${member.failure}` } };
      return;
    }
    // One record per member is the norm; a second one in the same member gets "/2", and so on.
    let n = 0;
    for await (const record of new WARCParser([member.data])) {
      n++;
      const source = `warc:${path}#${member.offset}${n > 1 ? `/${n}` : ''}`;
      const doc = await recordToDocument(record, source, counts, maxBytes);
      if (doc) yield doc;
      if (doc?.failure?.stage === 'ingest') return;
    }
  }
}

/** An uncompressed .warc: warcio streams it; offsets are those of the records in the file. */
async function* readPlain(path: string, counts: WarcCounts, maxBytes: number): AsyncGenerator<RawDocument> {
  const stream = createReadStream(path, { highWaterMark: 1 << 18 });
  const parser = new WARCParser(stream);
  try {
    for await (const record of parser) {
      const doc = await recordToDocument(record, `warc:${path}#${parser.offset}`, counts, maxBytes);
      if (doc) yield doc;
      if (doc?.failure?.stage === 'ingest') return;
    }
    // A file cut inside record headers ends the parse quietly: what was read falls short of the file.
    const consumed = parser._reader.getRawOffset();
    const size = (await stat(path)).size;
    if (consumed < size) {
      counts.damaged++;
      yield {
        source: `warc:${path}#${consumed}`, format: 'html',
        failure: { stage: 'ingest', reason: `truncated or corrupt WARC data: ${size - consumed} trailing bytes could not be read` },
      };
    }
  } finally {
    stream.destroy();
  }
}

/**
 * Every HTML response of a WARC file (gzip members or plain, told by the first bytes) as a
 * RawDocument; other records are counted in `options.counts`. Never throws: damage becomes one
 * failed document (stage "ingest") at the offset where reading stopped.
 */
export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<RawDocument> {
  const counts = options.counts ?? emptyWarcCounts();
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  let at = 0;
  try {
    const reader = (await isGzipFile(path)) ? readCompressed(path, counts, maxBytes) : readPlain(path, counts, maxBytes);
    for await (const doc of reader) {
      at = Number(doc.source.slice(doc.source.lastIndexOf('#') + 1).split('/')[0]) || at;
      yield doc;
    }
  } catch (err) {
    counts.damaged++;
    yield { source: `warc:${path}#${at}`, format: 'html', failure: { stage: 'ingest', reason: `unreadable WARC data: ${reasonOf(err)}` } };
  }
}

/**
 * One uncompressed WARC/1.0 record (headers, block, CRLF CRLF): for building test and benchmark
 * archives. Gzip each record separately (zlib.gzipSync) and concatenate for a .warc.gz.
 */
export function formatWarcRecord(fields: { type: string; uri?: string; date: string; contentType?: string }, block: Uint8Array | string): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block, 'utf8') : Buffer.from(block);
  const headers = [
    'WARC/1.0', `WARC-Type: ${fields.type}`, ...(fields.uri ? [`WARC-Target-URI: ${fields.uri}`] : []), `WARC-Date: ${fields.date}`,
    `WARC-Record-ID: <urn:uuid:${randomUUID()}>`, ...(fields.contentType ? [`Content-Type: ${fields.contentType}`] : []),
    `Content-Length: ${body.length}`,
  ];
  return Buffer.concat([Buffer.from(headers.join('\r\n') + '\r\n\r\n'), body, Buffer.from('\r\n\r\n')]);
}

/** An HTTP/1.1 response message (the block of a WARC response record). */
export function formatHttpResponse(status: string, headers: string[], body: Uint8Array | string): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  return Buffer.concat([Buffer.from([`HTTP/1.1 ${status}`, ...headers, `Content-Length: ${b.length}`].join('\r\n') + '\r\n\r\n'), b]);
}
