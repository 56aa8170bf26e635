/**
 * WARC and .warc.gz → RawDocuments, in two steps so that the expensive one runs on worker threads:
 *
 *   splitWarc (cheap, the reading thread)  → WarcChunks: gzip member candidates, or plain records
 *                                            found from their Content-Length
 *   decodeWarcChunk (a worker)             → inflate (native zlib), parse with warcio (headers,
 *                                            HTTP message, chunked and content-encoded payloads)
 *   WarcCoverage (the reading thread)      → in file order: drop false gzip candidates, report damage
 *
 * Only HTTP response records whose payload is HTML become documents (source `warc:FILE#OFFSET`, the
 * offset of the record or of its gzip member; url from WARC-Target-URI, fetchedAt from WARC-Date,
 * charset from the HTTP Content-Type); every other record is counted by reason and skipped. Damage
 * (a truncated or corrupt gzip member, bytes that are not gzip, a record cut short) becomes one
 * failed document at the offset where it starts; a .warc.gz is read on from its next good member.
 * `readWarc` runs the three steps in one thread.
 */
import { open } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { WARCParser, type WARCRecord } from 'warcio';
import { inflateMember, MemberCoverage, splitGzipCandidates } from './gzip-members.js';
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

/** A WARC file cut into pieces (gzip member candidates or plain records) that decode independently. */
export interface WarcChunk {
  path: string;
  offset: number;
  /** Where the next piece starts (a candidate's end; a plain record's end). */
  end: number;
  /** The file's bytes from `offset`: a whole plain record, or a gzip candidate (or a prefix of either). */
  bytes: Uint8Array;
  gzip: boolean;
  /** The last piece of the file. */
  last: boolean;
  /** The splitter could not read on from here (plain WARC only): the rest of the file is lost. */
  failure?: string;
}

/** What a chunk holds: its documents, its records counted, and its length (null: not readable). */
export interface DecodedWarcChunk {
  length: number | null;
  docs: RawDocument[];
  counts: WarcCounts;
  /** Why the chunk is unreadable (length null). */
  failure?: { stage: string; reason: string };
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

/** Bytes of a record body handed over when the record is over the size limit: enough for its HTTP headers. */
const OVERSIZE_HEAD = 64 * 1024;
/** Largest WARC header block believed. */
const MAX_HEADER = 64 * 1024;

/**
 * An uncompressed .warc → one chunk per record, found from the WARC headers' Content-Length without
 * parsing the body. A record over `maxBytes` is handed over with only the start of its body.
 */
async function* splitPlain(path: string, maxBytes: number): AsyncGenerator<WarcChunk> {
  const file = await open(path, 'r');
  try {
    const size = (await file.stat()).size;
    let pos = 0;
    const window = Buffer.allocUnsafe(MAX_HEADER);
    while (pos < size) {
      const { bytesRead } = await file.read(window, 0, Math.min(MAX_HEADER, size - pos), pos);
      const view = window.subarray(0, bytesRead);
      // Records are separated by CRLF CRLF; tolerate any run of line ends between them.
      let skip = 0;
      while (skip < view.length && (view[skip] === 0x0d || view[skip] === 0x0a)) skip++;
      if (skip === view.length) { pos += skip; continue; } // a window of blank lines: read on
      pos += skip;
      const headEnd = view.indexOf('\r\n\r\n', skip, 'latin1');
      const head = headEnd < 0 ? '' : view.toString('latin1', skip, headEnd);
      const length = /^content-length:[ \t]*(\d+)[ \t]*$/im.exec(head);
      if (headEnd < 0 || !head.startsWith('WARC/') || !length) {
        const failure = `truncated or corrupt WARC data: ${size - pos} trailing bytes could not be read`;
        yield { path, offset: pos, end: size, bytes: new Uint8Array(0), gzip: false, last: true, failure };
        return;
      }
      const headLength = headEnd + 4 - skip;
      const bodyLength = Number(length[1]);
      const end = pos + headLength + bodyLength;
      const take = Math.min(headLength + (bodyLength > maxBytes ? Math.min(bodyLength, OVERSIZE_HEAD) : bodyLength), size - pos);
      const bytes = Buffer.allocUnsafe(take);
      await file.read(bytes, 0, take, pos);
      yield { path, offset: pos, end: Math.min(end, size), bytes, gzip: false, last: end >= size };
      pos = end;
    }
  } finally {
    await file.close();
  }
}

/**
 * A WARC file (gzip members or plain, told by its first bytes) cut into chunks, cheaply: no inflating,
 * no body parsing. `decodeWarcChunk` turns each into documents, `WarcCoverage` decides in file order
 * which chunks count. Never throws: a file that cannot be read ends with a failed chunk.
 */
export async function* splitWarc(path: string, options: { maxBytes?: number } = {}): AsyncGenerator<WarcChunk> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  let at = 0;
  try {
    if (!(await isGzipFile(path))) {
      for await (const c of splitPlain(path, maxBytes)) { at = c.end; yield c; }
      return;
    }
    for await (const c of splitGzipCandidates(path)) {
      at = c.end;
      yield { path, offset: c.offset, end: c.end, bytes: c.bytes, gzip: true, last: c.last };
    }
  } catch (err) {
    // An unreadable file (or one that fails mid-way): one failed chunk where reading stopped.
    yield { path, offset: at, end: at, bytes: new Uint8Array(0), gzip: false, last: true, failure: `unreadable WARC data: ${reasonOf(err)}` };
  }
}

/**
 * One chunk → its documents (inflating a gzip member, reading more of the file if the member runs
 * past the chunk). What a worker thread does with a chunk; never throws.
 */
export async function decodeWarcChunk(chunk: WarcChunk, options: { maxBytes?: number } = {}): Promise<DecodedWarcChunk> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const counts = emptyWarcCounts();
  if (chunk.failure) return { length: null, docs: [], counts, failure: { stage: 'ingest', reason: chunk.failure } };
  let data: Uint8Array;
  let length: number;
  if (chunk.gzip) {
    const bytes = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength);
    const member = inflateMember(chunk.path, chunk.offset, bytes, Math.max(maxBytes * 2, 64 * 1024 * 1024));
    if ('failure' in member) return { length: null, docs: [], counts, failure: { stage: member.stage, reason: member.failure } };
    data = member.data;
    length = member.length;
  } else {
    data = chunk.bytes;
    length = chunk.end - chunk.offset;
  }
  const docs: RawDocument[] = [];
  // One record per member is the norm; a second one in the same member gets "/2", and so on.
  let n = 0;
  let source = `warc:${chunk.path}#${chunk.offset}`;
  try {
    for await (const record of new WARCParser([data])) {
      n++;
      source = `warc:${chunk.path}#${chunk.offset}${n > 1 ? `/${n}` : ''}`;
      const doc = await recordToDocument(record, source, counts, maxBytes);
      if (doc) docs.push(doc);
      // A plain chunk holds one record (perhaps cut at the size limit): nothing follows it.
      if (!chunk.gzip || doc?.failure?.stage === 'ingest') break;
    }
  } catch (err) {
    counts.damaged++;
    docs.push({ source, format: 'html', failure: { stage: 'ingest', reason: `unreadable WARC data: ${reasonOf(err)}` } });
  }
  return { length, docs, counts };
}

function addCounts(into: WarcCounts, from: WarcCounts): void {
  into.records += from.records;
  into.documents += from.documents;
  into.damaged += from.damaged;
  for (const k of Object.keys(from.skipped) as WarcSkipReason[]) into.skipped[k] += from.skipped[k];
}

/**
 * The chunks of one file, judged in file order: chunks inside an earlier gzip member are dropped,
 * each damaged stretch becomes one failed document (stage "ingest", or "limit" for a member that
 * inflates past the limit), and the counts of the chunks that count are added to `counts`.
 */
export class WarcCoverage {
  private readonly members = new MemberCoverage();

  constructor(readonly path: string, private readonly counts: WarcCounts) {}

  /** End of the last gzip member read: a later chunk that starts before it is not a member. */
  get coveredUntil(): number {
    return this.members.coveredUntil;
  }

  private damage(offset: number, stage: string, reason: string): RawDocument {
    if (stage === 'ingest') this.counts.damaged++;
    return { source: `warc:${this.path}#${offset}`, format: 'html', failure: { stage, reason: `unreadable WARC data: ${reason}` } };
  }

  /**
   * What `chunk` contributes, in file order: failed documents for damage found before it (`before`),
   * whether its own documents count (`keep`), and damage found after it (`after`, at the file end).
   * Only the counts of kept chunks are added.
   */
  resolve(chunk: Pick<WarcChunk, 'offset' | 'end' | 'last' | 'gzip'>, decoded: Omit<DecodedWarcChunk, 'docs'>): ChunkVerdict {
    if (!chunk.gzip) {
      // Plain records never overlap, and the splitter reports where it could not go on.
      if (decoded.length !== null) {
        addCounts(this.counts, decoded.counts);
        return { before: [], keep: true, after: [] };
      }
      const failure = decoded.failure ?? { stage: 'ingest', reason: 'unreadable record' };
      if (failure.stage === 'ingest') this.counts.damaged++;
      return { before: [{ source: `warc:${this.path}#${chunk.offset}`, format: 'html', failure }], keep: false, after: [] };
    }
    const verdict = this.members.judge(chunk.offset, decoded.length);
    const before: RawDocument[] = [];
    const after: RawDocument[] = [];
    let keep = false;
    if (verdict.use) {
      if (verdict.gapAt !== null) before.push(this.damage(verdict.gapAt, 'ingest', 'not gzip data (corrupt member header)'));
      if (decoded.length !== null) {
        addCounts(this.counts, decoded.counts);
        keep = true;
      } else if (verdict.gapAt === null) {
        const failure = decoded.failure ?? { stage: 'ingest', reason: 'unreadable chunk' };
        before.push(this.damage(chunk.offset, failure.stage, failure.reason));
      }
    }
    if (chunk.last) {
      const gap = this.members.trailingGap(chunk.end);
      if (gap !== null) after.push(this.damage(gap, 'ingest', 'not gzip data (corrupt member header)'));
    }
    return { before, keep, after };
  }
}

/** See WarcCoverage.resolve. */
export interface ChunkVerdict {
  before: RawDocument[];
  keep: boolean;
  after: RawDocument[];
}

/**
 * Every HTML response of a WARC file (gzip members or plain, told by the first bytes) as a
 * RawDocument, decoded in this thread; other records are counted in `options.counts`. Never throws:
 * damage becomes one failed document (stage "ingest") at the offset where it starts, and reading
 * goes on at the next good gzip member (a plain WARC cannot be read past damage).
 */
export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<RawDocument> {
  const counts = options.counts ?? emptyWarcCounts();
  const coverage = new WarcCoverage(path, counts);
  try {
    for await (const chunk of splitWarc(path, options)) {
      // Known to lie inside a member already read: not worth inflating.
      const covered = chunk.offset < coverage.coveredUntil;
      const decoded = covered ? { length: null, docs: [], counts: emptyWarcCounts() } : await decodeWarcChunk(chunk, options);
      const verdict = coverage.resolve(chunk, decoded);
      yield* verdict.before;
      if (verdict.keep) yield* decoded.docs;
      yield* verdict.after;
    }
  } catch (err) {
    counts.damaged++;
    yield { source: `warc:${path}#0`, format: 'html', failure: { stage: 'ingest', reason: `unreadable WARC data: ${reasonOf(err)}` } };
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
