import test from 'ava';
import { PassThrough } from 'node:stream';
import { etaSeconds, formatProgress, progressReporter, type ProgressSnapshot } from './progress.js';

const halfway: ProgressSnapshot = { documents: 1200, errors: 3, bytes: 300 * 1048576, position: 50_000_000, total: 100_000_000, elapsedMs: 10_000 };

test('ETA from the on-disk position: half done in 10 s leaves 10 s', (t) => {
  t.is(etaSeconds(halfway), 10);
  t.is(etaSeconds({ ...halfway, total: null }), null);
});

test('TTY bar and log line carry docs/s, MB/s, errors and ETA', (t) => {
  t.is(formatProgress(halfway, true), '[############------------]  50% 1200 docs  120.0 docs/s  30.0 MB/s  3 errors  ETA 0:10');
  t.is(formatProgress(halfway, false), 'baochi:  50% 1200 docs, 120.0 docs/s, 30.0 MB/s, 3 errors, ETA 0:10');
  t.is(formatProgress({ ...halfway, total: null }, false), 'baochi: 1200 docs, 120.0 docs/s, 30.0 MB/s, 3 errors, ETA --:--');
});

test('not a TTY: one log line per interval, not one per update', (t) => {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const reporter = progressReporter(stream, 5000);
  for (const ms of [250, 500, 5200, 5400, 10_300]) reporter.update({ ...halfway, elapsedMs: ms });
  reporter.done();
  t.is(chunks.length, 2);
  t.true(chunks.every((c) => c.startsWith('baochi: ') && c.endsWith('\n')));
});

test('TTY: the line is redrawn in place and cleared at the end', (t) => {
  const stream = Object.assign(new PassThrough(), { isTTY: true });
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const reporter = progressReporter(stream);
  reporter.update(halfway);
  reporter.update({ ...halfway, documents: 1300 });
  reporter.done();
  t.is(chunks.length, 3);
  t.true(chunks[1]!.startsWith('\r\x1b[2K[############'));
  t.is(chunks[2], '\r\x1b[2K');
});
