import test from 'ava';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIO } from '../../testing/memory-io.js';
import { EXIT } from '../io.js';
import { runDemo, samplesDir } from './demo.js';

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

const samples = existsSync(samplesDir()) ? readdirSync(samplesDir()).filter((f) => /\.(html?|txt)$/.test(f)) : [];

(samples.length > 0 ? test : test.skip)('demo: corpus/samples → SQLite store with a summary table; a rerun replaces the store', async (t) => {
  const out = join(tempDir('baochi-demo-'), 'baochi.db');
  for (let run = 0; run < 2; run++) {
    const io = memoryIO();
    t.is(await runDemo(['--out', out, '--workers', '2'], io), EXIT.ok);
    const table = io.out();
    const cell = (name: string): number => Number(new RegExp(`\\| ${name} +\\| +([\\d.]+) \\|`).exec(table)?.[1]);
    t.is(cell('pages'), samples.length);
    const db = new Database(out, { readonly: true });
    const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    t.is(n('SELECT count(*) AS n FROM articles') + n('SELECT count(*) AS n FROM errors'), samples.length, `run ${run + 1}`);
    t.is(n("SELECT count(*) AS n FROM articles WHERE kind = 'article'"), cell('articles'));
    t.is(n('SELECT count(*) AS n FROM officials'), cell('officials'));
    t.is(n('SELECT count(*) AS n FROM figures'), cell('figures'));
    t.is(n('SELECT count(*) AS n FROM dates'), cell('dates'));
    db.close();
    t.false(existsSync(`${out}.ledger.db`), 'the demo leaves no ledger behind');
  }
});

test('demo finds the samples from any working directory (package-relative path)', (t) => {
  t.regex(samplesDir(), /corpus[/\\]samples[/\\]?$/);
  t.true(existsSync(join(samplesDir(), '..', '..', 'package.json')));
});
