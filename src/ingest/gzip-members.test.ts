import test from 'ava';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipHeaderLength, readGzipMembers, type GzipMember } from './gzip-members.js';

const tempDirs: string[] = [];
/** A fresh folder under the OS temp dir, removed when this file's tests are done. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
test.after.always(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const file = (bytes: Buffer): string => {
  const path = join(tempDir('baochi-gz-'), 'x.gz');
  writeFileSync(path, bytes);
  return path;
};

async function members(path: string): Promise<GzipMember[]> {
  const out: GzipMember[] = [];
  for await (const m of readGzipMembers(path)) out.push(m);
  return out;
}

/** A member whose header carries FNAME and FCOMMENT (as some archivers write). */
function namedMember(text: string): Buffer {
  const plain = gzipSync(Buffer.from(text, 'utf8'));
  const header = Buffer.from(plain.subarray(0, 10));
  header[3] = 8 | 16;
  return Buffer.concat([header, Buffer.from('bai-viet.warc\0ghi chú\0', 'latin1'), plain.subarray(10)]);
}

test('members come out whole, with their offsets, whatever their header flags and sizes', async (t) => {
  // The middle member is larger than the 1 MiB read chunk (random-ish text compresses poorly).
  let big = '';
  for (let i = 0; big.length < 3_000_000; i++) big += `Dòng ${i}: giá ${(i * 7919) % 100003} đồng; `;
  const parts = [gzipSync('Bản ghi thứ nhất'), gzipSync(big), namedMember('Bản ghi thứ ba')];
  const path = file(Buffer.concat(parts));
  const got = await members(path);
  t.deepEqual(got.map((m) => m.offset), [0, parts[0]!.length, parts[0]!.length + parts[1]!.length]);
  t.deepEqual(got.map((m) => ('data' in m ? m.data.toString('utf8').slice(0, 16) : m.failure)), ['Bản ghi thứ nhất', big.slice(0, 16), 'Bản ghi thứ ba']);
  t.is('data' in got[1]! ? got[1].data.length : 0, Buffer.byteLength(big));
});

test('a file cut inside a member: the members before it, then one failure at its offset', async (t) => {
  const parts = [gzipSync('Tin một'), gzipSync('Tin hai, dài hơn một chút để bị cắt giữa chừng')];
  const whole = Buffer.concat(parts);
  const got = await members(file(whole.subarray(0, whole.length - 12)));
  t.is(got.length, 2);
  t.like(got[1], { offset: parts[0]!.length });
  t.regex((got[1] as { failure: string }).failure, /truncated/);
});

test('bytes that are not gzip: a failure, not an exception', async (t) => {
  const got = await members(file(Buffer.concat([gzipSync('Tin một'), Buffer.from('WARC/1.0\r\n')])));
  t.is(got.length, 2);
  t.is((got[1] as { failure: string }).failure, 'not gzip data (corrupt member header)');
});

test('gzipHeaderLength', (t) => {
  t.is(gzipHeaderLength(gzipSync('x')), 10);
  t.is(gzipHeaderLength(namedMember('x')), 10 + 'bai-viet.warc\0ghi chú\0'.length);
  t.is(gzipHeaderLength(Buffer.from([0x1f, 0x8b, 8])), null);
  t.is(gzipHeaderLength(Buffer.from('<html>')), -1);
});
