/**
 * Multi-member gzip files (.warc.gz: one member per record), split without inflating.
 *
 * A deflate stream does not state its length, so the only exact way to find where a member ends is
 * to inflate it. That is too much work for the one thread that reads an archive for a pool of
 * workers. So the reader only looks for member headers (1f 8b 08 and a flag byte with the reserved
 * bits clear). Every real member starts at one of these candidates, but compressed bytes can
 * contain the pattern too (about once per 16 MB of random bytes, more often in stored blocks).
 *
 * Each candidate is then inflated on its own (a worker thread in `baochi run`). Inflating also
 * checks the CRC-32 and length in the trailer. A real member inflates and ends at its true end,
 * reading more of the file if a false candidate cut it short. A false candidate fails: garbage does
 * not inflate to a stream with a matching CRC. `MemberCoverage` then drops candidates that lie
 * inside an earlier member, and reports each damaged stretch (a corrupt or truncated member,
 * bytes that are not gzip) once.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { crc32, inflateRawSync } from 'node:zlib';

const CHUNK = 1 << 20;
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
/** Flag bits the format reserves (must be zero in a real header). */
const FRESERVED = 0xe0;

/** Length of the gzip header at the start of `b`; null when `b` ends inside it; -1 when not gzip. */
export function gzipHeaderLength(b: Uint8Array): number | null {
  if (b.length < 10) return b.length >= 2 && (b[0] !== 0x1f || b[1] !== 0x8b) ? -1 : null;
  if (b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8 || (b[3]! & FRESERVED) !== 0) return -1;
  const flags = b[3]!;
  let p = 10;
  if (flags & FEXTRA) {
    if (b.length < p + 2) return null;
    p += 2 + (b[p]! | (b[p + 1]! << 8));
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    while (p < b.length && b[p] !== 0) p++;
    if (p >= b.length) return null;
    p++;
  }
  if (flags & FHCRC) p += 2;
  return p <= b.length ? p : null;
}

const MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);

/** Index of the next possible member header in `buf` at or after `from`, or -1. */
function nextCandidate(buf: Buffer, from: number): number {
  for (let i = buf.indexOf(MAGIC, from); i >= 0; i = buf.indexOf(MAGIC, i + 1)) {
    // The flag byte may lie beyond the buffer: keep the candidate, inflating will tell.
    if (i + 3 >= buf.length || (buf[i + 3]! & FRESERVED) === 0) return i;
  }
  return -1;
}

/** One possible member: its offset, the bytes up to the next candidate (or a prefix of them). */
export interface GzipCandidate {
  offset: number;
  /** Offset of the next candidate, or the file size for the last one. */
  end: number;
  /** The file's bytes from `offset` (up to `end`, at most `maxChunk` of them: inflating reads on). */
  bytes: Buffer;
  /** This is the last candidate of the file. */
  last: boolean;
}

/**
 * The member candidates of a file, in order, with their bytes. Memory holds one read chunk and one
 * candidate's bytes (at most `maxChunk`), whatever the file size.
 */
export async function* splitGzipCandidates(path: string, maxChunk = 8 << 20): AsyncGenerator<GzipCandidate> {
  const file = await open(path, 'r');
  try {
    let size = (await file.stat()).size;
    if (size === 0) return;
    let buf = Buffer.alloc(0);
    let bufStart = 0; // file offset of buf[0]
    let start = 0; // the current candidate
    let searchFrom = 1; // in file offsets
    while (true) {
      const i = nextCandidate(buf, Math.max(0, searchFrom - bufStart));
      const fileEnd = bufStart + buf.length;
      if (i < 0 && fileEnd < size && fileEnd - start < maxChunk) {
        // Read on, keeping the current candidate's bytes (and 2 bytes of a pattern cut at the edge).
        const keepFrom = start - bufStart;
        const want = Math.min(CHUNK, size - fileEnd);
        const next = Buffer.allocUnsafe(buf.length - keepFrom + want);
        buf.copy(next, 0, keepFrom);
        const { bytesRead } = await file.read(next, buf.length - keepFrom, want, fileEnd);
        buf = next.subarray(0, buf.length - keepFrom + bytesRead);
        bufStart = start;
        searchFrom = Math.max(searchFrom, fileEnd - 2);
        if (bytesRead === 0) size = bufStart + buf.length; // the file shrank under us
        continue;
      }
      if (i < 0 && fileEnd < size) {
        // A long candidate: hand over its first maxChunk bytes, then look for the next one without
        // holding its bytes (the inflater reads the rest from the file).
        const head = Buffer.from(buf.subarray(start - bufStart, start - bufStart + maxChunk));
        let nextStart = -1;
        let scanStart = fileEnd - 2;
        while (nextStart < 0 && scanStart < size - 2) {
          const piece = Buffer.allocUnsafe(Math.min(CHUNK, size - scanStart));
          const { bytesRead } = await file.read(piece, 0, piece.length, scanStart);
          const j = nextCandidate(piece.subarray(0, bytesRead), 0);
          if (j >= 0) { nextStart = scanStart + j; buf = piece.subarray(0, bytesRead); bufStart = scanStart; }
          else scanStart += Math.max(1, bytesRead - 2);
        }
        yield { offset: start, end: nextStart < 0 ? size : nextStart, bytes: head, last: nextStart < 0 };
        if (nextStart < 0) return;
        start = nextStart;
        searchFrom = start + 1;
        continue;
      }
      const end = i < 0 ? size : bufStart + i;
      yield { offset: start, end, bytes: Buffer.from(buf.subarray(start - bufStart, Math.min(end, start + maxChunk) - bufStart)), last: i < 0 };
      if (i < 0) return;
      start = end;
      searchFrom = start + 1;
    }
  } finally {
    await file.close();
  }
}

export type InflatedMember =
  /** A whole member: its inflated data and its length in the file (header to trailer). */
  | { data: Buffer; length: number }
  /** Not a member that can be read here (corrupt, truncated, too large, not gzip). */
  | { failure: string; stage: 'ingest' | 'limit' };

/**
 * Output chunk size for inflating `input`: the uncompressed size its last 4 bytes claim (ISIZE,
 * when the input ends where the member does), so that the output is one buffer instead of many
 * 16 KB pieces joined; zlib's default when the claim is implausible.
 */
function sizeHint(input: Buffer, maxOutput: number): number {
  const claimed = input.length >= 18 ? input.readUInt32LE(input.length - 4) : 0;
  return claimed >= 16384 && claimed <= Math.min(maxOutput, input.length * 1032) ? claimed + 64 : 16384;
}

const isTruncation = (err: unknown): boolean => (err as NodeJS.ErrnoException)?.code === 'Z_BUF_ERROR';

/**
 * Inflate the member at `offset` of `path`, starting from `bytes` (the file's bytes from `offset`,
 * possibly a prefix): reads on in the file while the deflate stream is cut short. Checks the
 * trailer's CRC-32 and size. Synchronous: it runs on a worker thread, one member at a time.
 *
 * @param maxOutput largest inflated member accepted (a gzip bomb must not exhaust memory)
 */
export function inflateMember(path: string, offset: number, bytes: Buffer, maxOutput: number): InflatedMember {
  let input = bytes;
  let fd: number | null = null;
  /** Double the input from the file; false at the end of the file (or past what could inflate to maxOutput). */
  const readMore = (): boolean => {
    if (input.length > maxOutput + CHUNK) return false;
    fd ??= openSync(path, 'r');
    const more = Buffer.allocUnsafe(Math.max(input.length, CHUNK));
    const n = readSync(fd, more, 0, more.length, offset + input.length);
    if (n === 0) return false;
    input = Buffer.concat([input, more.subarray(0, n)]);
    return true;
  };
  try {
    let header = gzipHeaderLength(input);
    while (header === null && readMore()) header = gzipHeaderLength(input);
    if (header === -1) return { failure: 'not gzip data (corrupt member header)', stage: 'ingest' };
    if (header === null) return { failure: 'file ends inside a gzip header (truncated)', stage: 'ingest' };
    for (;;) {
      let data: Buffer;
      let consumed: number;
      try {
        const { buffer, engine } = inflateRawSync(input.subarray(header), { info: true, maxOutputLength: maxOutput, chunkSize: sizeHint(input, maxOutput) }) as unknown as
          { buffer: Buffer; engine: { bytesWritten: number } }; // `info: true` changes the return type; @types/node does not say so
        data = buffer;
        consumed = engine.bytesWritten;
      } catch (err) {
        if (isTruncation(err) && readMore()) continue;
        if (isTruncation(err)) return { failure: 'file ends inside a gzip member (truncated)', stage: 'ingest' };
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          return { failure: `gzip member inflates past the ${maxOutput} byte limit`, stage: 'limit' };
        }
        return { failure: `corrupt gzip member: ${(err as Error).message}`, stage: 'ingest' };
      }
      const trailer = header + consumed;
      while (input.length < trailer + 8 && readMore());
      if (input.length < trailer + 8) return { failure: 'file ends inside a gzip trailer (truncated)', stage: 'ingest' };
      if (input.readUInt32LE(trailer) !== crc32(data) || input.readUInt32LE(trailer + 4) !== data.length % 2 ** 32) {
        return { failure: 'corrupt gzip member: CRC-32 or length mismatch', stage: 'ingest' };
      }
      return { data, length: trailer + 8 };
    }
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** What became of a candidate, as far as the file is concerned. */
export type CoverageVerdict =
  /** Inside an earlier member, or more damage in a stretch already reported: say nothing. */
  | { use: false }
  /** A member (or the first failure of a damaged stretch) to report; `gapAt`: junk before it. */
  | { use: true; gapAt: number | null };

/**
 * Decides, in file order, which candidates are members: a candidate inside the last member read is
 * dropped; the first failure after a good member opens a damaged stretch, reported once; the next
 * good member closes it. Bytes between the end of a member and the next member are reported as a
 * gap (not gzip data).
 */
export class MemberCoverage {
  /** End of the last good member. */
  coveredUntil = 0;
  private damaged = false;

  /** A candidate at `offset` whose inflation succeeded (`length` given) or failed (null). */
  judge(offset: number, length: number | null): CoverageVerdict {
    if (offset < this.coveredUntil) return { use: false };
    const gapAt = !this.damaged && offset > this.coveredUntil ? this.coveredUntil : null;
    if (length === null) {
      if (this.damaged || gapAt !== null) {
        // The gap already opens (or a failure already opened) this damaged stretch.
        this.damaged = true;
        return gapAt !== null ? { use: true, gapAt } : { use: false };
      }
      this.damaged = true;
      return { use: true, gapAt: null };
    }
    this.damaged = false;
    this.coveredUntil = offset + length;
    return { use: true, gapAt };
  }

  /** At the end of the file: where trailing junk starts, if the last member stops short of `size`. */
  trailingGap(size: number): number | null {
    return !this.damaged && this.coveredUntil < size ? this.coveredUntil : null;
  }
}

export type GzipMember =
  | { offset: number; data: Buffer }
  /** The bytes at `offset` are not a readable member (the stretch up to the next member is lost). */
  | { offset: number; failure: string; stage: 'ingest' | 'limit' };

/**
 * The members of a gzip file one at a time, inflated in this thread: splitting, inflating and
 * coverage in sequence (the batch engine does the same with the inflating on its workers).
 */
export async function* readGzipMembers(path: string, maxOutput = 256 * 1024 * 1024): AsyncGenerator<GzipMember> {
  const coverage = new MemberCoverage();
  let size = 0;
  let any = false;
  for await (const c of splitGzipCandidates(path)) {
    any = true;
    if (c.last) size = c.end;
    if (c.offset < coverage.coveredUntil) continue; // known to be inside a member: not inflated at all
    const m = inflateMember(path, c.offset, c.bytes, maxOutput);
    const verdict = coverage.judge(c.offset, 'data' in m ? m.length : null);
    if (!verdict.use) continue;
    if (verdict.gapAt !== null) yield { offset: verdict.gapAt, failure: 'not gzip data (corrupt member header)', stage: 'ingest' };
    if ('data' in m) yield { offset: c.offset, data: m.data };
    else if (verdict.gapAt === null) yield { offset: c.offset, ...m };
  }
  if (!any) {
    // A file without a single member header at offset 0 is not gzip at all.
    return;
  }
  const gap = size > 0 ? coverage.trailingGap(size) : null;
  if (gap !== null) yield { offset: gap, failure: 'not gzip data (corrupt member header)', stage: 'ingest' };
}
