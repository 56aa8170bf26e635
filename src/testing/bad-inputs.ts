/**
 * Writes the foundation's bad inputs into a folder (generated, not committed: one is 30 MB).
 * Each entry says what the pipeline must make of it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BadInput {
  name: string;
  /** "error:<stage>" for an error record, "record" for a record (possibly with warnings). */
  expect: `error:${string}` | 'record';
}

const para = '<p>Tỉnh Bắc Ninh đẩy mạnh phát triển công nghiệp hỗ trợ, thu hút thêm nhiều dự án FDI mới.</p>\n';

export function writeBadInputs(dir: string): BadInput[] {
  mkdirSync(dir, { recursive: true });
  const put = (name: string, data: string | Uint8Array): void => writeFileSync(join(dir, name), data);

  put('empty.html', '');
  // Deterministic "random" bytes: a binary file wearing an .html name.
  const binary = new Uint8Array(4096);
  let seed = 12345;
  for (let i = 0; i < binary.length; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; binary[i] = seed >> 16 & 0xff; }
  put('binary.html', binary);
  // Declared UTF-8, but a stray windows-1258 byte run inside.
  put('invalid-utf8.html', Buffer.concat([
    Buffer.from('<html><head><meta charset="utf-8"><title>Giá điện tăng từ tháng 5</title></head><body><article>'),
    Buffer.from(`<p>Theo EVN, gi\xe1 \xf0i\xeen b\xecnh qu\xe2n t\u0103ng 4,8% t\u1eeb ng\xe0y 11/10/2024.</p>`, 'latin1'),
    Buffer.from(`${para.repeat(5)}</article></body></html>`),
  ]));
  const page = `<html><body><article>${para.repeat(200)}</article></body></html>`;
  const gz = gzipSync(Buffer.from(page));
  put('truncated.html.gz', gz.subarray(0, Math.floor(gz.length / 2)));
  const chunk = para.repeat(1000);
  put('huge.html', `<html><head><title>Trang rất lớn</title></head><body><article>${chunk.repeat(Math.ceil((30 * 1024 * 1024) / Buffer.byteLength(chunk)))}</article></body></html>`);
  put('deep.html', `<html><head><title>Lồng sâu</title></head><body>${'<div>'.repeat(10000)}${para}${'</div>'.repeat(10000)}</body></html>`);
  put('nobody.html', '<html><head><title>Chỉ có tiêu đề - Báo Mới</title><meta property="og:title" content="Chỉ có tiêu đề"></head></html>');
  return [
    { name: 'empty.html', expect: 'error:decode' },
    { name: 'binary.html', expect: 'error:decode' },
    { name: 'invalid-utf8.html', expect: 'record' },
    { name: 'truncated.html.gz', expect: 'error:decode' },
    { name: 'huge.html', expect: 'error:limit' },
    { name: 'deep.html', expect: 'record' },
    { name: 'nobody.html', expect: 'record' },
  ];
}
