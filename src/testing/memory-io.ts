/** In-memory streams for running CLI commands inside a test. */
import { PassThrough, Readable } from 'node:stream';
import type { CliIO } from '../cli/io.js';

export interface MemoryIO extends CliIO {
  out: () => string;
  err: () => string;
}

export function memoryIO(stdinText = ''): MemoryIO {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => outChunks.push(c));
  stderr.on('data', (c: Buffer) => errChunks.push(c));
  return {
    stdin: Readable.from([Buffer.from(stdinText)]),
    stdout,
    stderr,
    out: () => Buffer.concat(outChunks).toString('utf8'),
    err: () => Buffer.concat(errChunks).toString('utf8'),
  };
}
