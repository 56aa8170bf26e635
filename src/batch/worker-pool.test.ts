import test from 'ava';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkerPool, workerModule } from './worker-pool.js';

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

// A plain-JS worker speaking the pool's protocol: "hang" never answers, "crash" throws, else it echoes.
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ n, task }) => {
  if (task === 'hang') { for (;;) {} }
  if (task === 'crash') throw new Error('lỗi phân tích');
  if (task.endsWith(' rồi lỗi')) { parentPort.postMessage({ n, result: 'xong ' + task }); throw new Error('lỗi sau khi trả lời'); }
  parentPort.postMessage({ n, result: 'xong ' + task });
});
parentPort.postMessage({ ready: true });
`;

function testWorker(): URL {
  const path = join(tempDir('baochi-pool-'), 'echo-worker.mjs');
  writeFileSync(path, WORKER);
  return pathToFileURL(path);
}

test('a hung task is cut at the time limit, its worker replaced, the others finish', async (t) => {
  const pool = new WorkerPool<string, string>({
    size: 2, script: { url: testWorker() }, timeLimitMs: 300,
    onFailure: (task, stage, reason) => `${stage}: ${task}: ${reason}`,
  });
  const started = performance.now();
  const results = await Promise.all(['bài 1', 'hang', 'bài 2', 'bài 3', 'hang', 'bài 4'].map((x) => pool.run(x)));
  t.deepEqual(results, [
    'xong bài 1', 'limit: hang: took longer than the 300 ms limit per document', 'xong bài 2', 'xong bài 3',
    'limit: hang: took longer than the 300 ms limit per document', 'xong bài 4',
  ]);
  t.is(pool.replaced, 2);
  t.true(performance.now() - started < 5000);
  await pool.close();
});

test('a crashing task fails alone (stage extract) and the pool goes on', async (t) => {
  const pool = new WorkerPool<string, string>({
    size: 1, script: { url: testWorker() }, timeLimitMs: 5000,
    onFailure: (task, stage, reason) => `${stage}: ${task}: ${reason}`,
  });
  t.is(await pool.run('crash'), 'extract: crash: worker crashed: lỗi phân tích');
  t.is(await pool.run('bài 5'), 'xong bài 5');
  t.is(pool.replaced, 2, 'the crashing task is tried once more before it is blamed');
  await pool.close();
});

test('tasks posted ahead to a worker that hangs or crashes are not lost: they run on its replacement', async (t) => {
  const pool = new WorkerPool<string, string>({
    size: 1, script: { url: testWorker() }, timeLimitMs: 300,
    onFailure: (task, stage) => `${stage}: ${task}`,
  });
  const results = await Promise.all(['bài 7', 'hang', 'bài 8', 'crash', 'bài 9', 'bài 10'].map((x) => pool.run(x)));
  t.deepEqual(results, ['xong bài 7', 'limit: hang', 'xong bài 8', 'extract: crash', 'xong bài 9', 'xong bài 10']);
  t.is(pool.replaced, 3, 'one time-out, and the crash twice');
  await pool.close();
});

test('a result posted just before the worker dies counts: the crash is not blamed on that task', async (t) => {
  const pool = new WorkerPool<string, string>({
    size: 1, script: { url: testWorker() }, timeLimitMs: 5000,
    onFailure: (task, stage) => `${stage}: ${task}`,
  });
  for (let round = 0; round < 5; round++) {
    const results = await Promise.all([`bài ${round} rồi lỗi`, `bài ${round}b`].map((x) => pool.run(x)));
    t.deepEqual(results, [`xong bài ${round} rồi lỗi`, `xong bài ${round}b`]);
  }
  t.is(pool.replaced, 5);
  await pool.close();
});

test('a worker that cannot start fails the pool instead of respawning forever', async (t) => {
  const path = join(tempDir('baochi-pool-'), 'broken.mjs');
  writeFileSync(path, "import './khong-ton-tai.mjs';\n");
  const pool = new WorkerPool<string, string>({
    size: 1, script: { url: pathToFileURL(path) }, timeLimitMs: 1000, onFailure: () => 'never',
  });
  await t.throwsAsync(pool.run('bài 6'), { message: /worker failed to start/ });
  await pool.close();
});

test('workerModule: the TypeScript worker under tsx, the .js one from dist', (t) => {
  const dev = workerModule('file:///x/src/batch/run-batch.ts', 'extract-worker');
  t.true('code' in dev && dev.code.includes('"file:///x/src/batch/extract-worker.ts"'));
  const dist = workerModule('file:///x/dist/batch/run-batch.js', 'extract-worker');
  t.deepEqual(dist, { url: new URL('file:///x/dist/batch/extract-worker.js') });
});
