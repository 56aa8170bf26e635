/**
 * A multi-member gzip file (.warc.gz: one member per record) → its members one at a time, each with
 * its offset in the file, inflated by Node's native zlib (3× faster than the pure-JS inflate warcio
 * uses, which matters on the main thread of a batch run). Reads the file in chunks: memory holds one
 * member and its compressed bytes, whatever the file size.
 */
import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

export type GzipMember =
  | { offset: number; data: Buffer }
  /** The file ends inside this member, or its bytes are not gzip: nothing after it can be read. */
  | { offset: number; failure: string };

const CHUNK = 1 << 20;
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/** Length of the gzip header at the start of `b`; null when `b` ends inside it; -1 when not gzip. */
export function gzipHeaderLength(b: Uint8Array): number | null {
  if (b.length < 10) return b.length >= 2 && (b[0] !== 0x1f || b[1] !== 0x8b) ? -1 : null;
  if (b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) return -1;
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

const isTruncation = (err: unknown): boolean => (err as NodeJS.ErrnoException)?.code === 'Z_BUF_ERROR';

/**
 * @param maxOutput largest inflated member accepted; a larger one ends the file with a failure
 *   (a gzip bomb must not exhaust memory).
 */
export async function* readGzipMembers(path: string, maxOutput = 256 * 1024 * 1024): AsyncGenerator<GzipMember> {
  const file = await open(path, 'r');
  try {
    const size = (await file.stat()).size;
    let buf = Buffer.alloc(0);
    let bufStart = 0; // file offset of buf[0]
    let offset = 0;
    /** Keep the bytes from `offset` on and read at least as many again (doubling on big members). */
    const readMore = async (): Promise<boolean> => {
      const fileEnd = bufStart + buf.length;
      if (fileEnd >= size) return false;
      const keep = buf.subarray(offset - bufStart);
      const want = Math.min(Math.max(CHUNK, keep.length), size - fileEnd);
      const next = Buffer.allocUnsafe(keep.length + want);
      keep.copy(next, 0);
      const { bytesRead } = await file.read(next, keep.length, want, fileEnd);
      buf = next.subarray(0, keep.length + bytesRead);
      bufStart = offset;
      return bytesRead > 0;
    };
    while (offset < size) {
      const view = buf.subarray(offset - bufStart);
      const header = gzipHeaderLength(view);
      if (header === -1) { yield { offset, failure: 'not gzip data (corrupt member header)' }; return; }
      if (header === null) {
        if (await readMore()) continue;
        yield { offset, failure: 'file ends inside a gzip header (truncated)' };
        return;
      }
      let data: Buffer;
      let consumed: number;
      try {
        const { buffer, engine } = inflateRawSync(view.subarray(header), { info: true, maxOutputLength: maxOutput }) as unknown as
          { buffer: Buffer; engine: { bytesWritten: number } }; // `info: true` changes the return type; @types/node does not say so
        data = buffer;
        consumed = engine.bytesWritten;
      } catch (err) {
        if (isTruncation(err) && (await readMore())) continue;
        const reason = isTruncation(err) ? 'file ends inside a gzip member (truncated)'
          : `corrupt gzip member: ${(err as Error).message}`;
        yield { offset, failure: reason };
        return;
      }
      const length = header + consumed + 8; // + CRC32 and ISIZE
      if (offset + length > size) { yield { offset, failure: 'file ends inside a gzip trailer (truncated)' }; return; }
      if (offset + length > bufStart + buf.length) await readMore();
      yield { offset, data };
      offset += length;
    }
  } finally {
    await file.close();
  }
}
