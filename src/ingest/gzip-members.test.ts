import test from 'ava';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipHeaderLength, inflateMember, MemberCoverage, readGzipMembers, splitGzipCandidates, type GzipMember } from './gzip-members.js';

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

/** A member written with stored (uncompressed) deflate blocks: its bytes show the payload as is. */
const storedMember = (payload: Buffer): Buffer => gzipSync(payload, { level: 0 });
/** The gzip magic and a plausible flag byte, as a page could hold them (an embedded .gz, binary junk). */
const MAGIC_INSIDE = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]);

test('a member that holds the gzip magic (stored block): the false candidate is dropped, members whole', async (t) => {
  const first = Buffer.concat([Buffer.from('Bản tin có tệp nén đính kèm: '), MAGIC_INSIDE, Buffer.from(' hết tệp.')]);
  const parts = [storedMember(first), gzipSync('Bản ghi thứ hai')];
  const path = file(Buffer.concat(parts));
  const candidates = [];
  for await (const c of splitGzipCandidates(path)) candidates.push(c.offset);
  t.is(candidates.length, 3, 'the magic inside the first member is a candidate');
  const got = await members(path);
  t.deepEqual(got.map((m) => m.offset), [0, parts[0]!.length]);
  t.true('data' in got[0]! && got[0].data.equals(first));
  t.true('data' in got[1]! && got[1].data.toString('utf8') === 'Bản ghi thứ hai');
});

test('a corrupt member in the middle: one failure at its offset, the members after it still read', async (t) => {
  const parts = [gzipSync('Tin một'), gzipSync('Tin hai: '.repeat(200)), gzipSync('Tin ba')];
  const bad = Buffer.from(parts[1]!);
  for (let i = 20; i < 40; i++) bad[i] = 0xff; // inside the deflate data
  const got = await members(file(Buffer.concat([parts[0]!, bad, parts[2]!])));
  t.deepEqual(got.map((m) => m.offset), [0, parts[0]!.length, parts[0]!.length + bad.length]);
  t.regex((got[1] as { failure: string }).failure, /^corrupt gzip member/);
  t.true('data' in got[2]! && got[2].data.toString('utf8') === 'Tin ba');
});

test('junk between members and at the end: one failure each, at where the junk starts', async (t) => {
  const parts = [gzipSync('Tin một'), Buffer.from('rác không phải gzip'), gzipSync('Tin hai'), Buffer.from('rác cuối tệp')];
  const got = await members(file(Buffer.concat(parts)));
  const at = (i: number): number => parts.slice(0, i).reduce((n, p) => n + p.length, 0);
  t.deepEqual(got.map((m) => [m.offset, 'data' in m ? m.data.toString('utf8') : m.failure]), [
    [0, 'Tin một'], [at(1), 'not gzip data (corrupt member header)'], [at(2), 'Tin hai'], [at(3), 'not gzip data (corrupt member header)'],
  ]);
});

test('a member longer than the chunk limit: the candidate carries a prefix, inflating reads the rest from the file', async (t) => {
  let text = '';
  for (let i = 0; text.length < 200_000; i++) text += `Hộ ${i} nộp ${(i * 7919) % 100003} đồng. `;
  const parts = [gzipSync(text), gzipSync('Tin sau')];
  const path = file(Buffer.concat(parts));
  const candidates = [];
  for await (const c of splitGzipCandidates(path, 4096)) candidates.push(c);
  const first = candidates[0]!;
  t.is(first.bytes.length, 4096);
  t.is(first.end, parts[0]!.length);
  const m = inflateMember(path, first.offset, first.bytes, 1 << 24);
  t.true('data' in m && m.data.toString('utf8') === text && m.length === parts[0]!.length);
  t.like(candidates.at(-1), { offset: parts[0]!.length, last: true });
});

test('inflateMember checks the trailer: a wrong CRC-32 is a corrupt member, not data', (t) => {
  const path = file(Buffer.alloc(0));
  const member = Buffer.from(gzipSync('Giá vàng hôm nay'));
  member.writeUInt32LE((member.readUInt32LE(member.length - 8) ^ 1) >>> 0, member.length - 8);
  t.deepEqual(inflateMember(path, 0, member, 1 << 20), { failure: 'corrupt gzip member: CRC-32 or length mismatch', stage: 'ingest' });
});

test('MemberCoverage: inside a member → dropped; a damaged stretch is reported once; gaps reported', (t) => {
  const c = new MemberCoverage();
  t.deepEqual(c.judge(0, 100), { use: true, gapAt: null });
  t.deepEqual(c.judge(50, null), { use: false }, 'a false candidate inside the first member');
  t.deepEqual(c.judge(100, null), { use: true, gapAt: null }, 'a corrupt member opens a damaged stretch');
  t.deepEqual(c.judge(130, null), { use: false }, 'more failures in the same stretch say nothing');
  t.deepEqual(c.judge(170, 30), { use: true, gapAt: null }, 'the next good member closes it');
  t.deepEqual(c.judge(230, 10), { use: true, gapAt: 200 }, 'bytes 200–229 belong to no member');
  t.is(c.trailingGap(240), null);
  t.is(c.trailingGap(260), 240);
});
