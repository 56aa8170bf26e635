import test from 'ava';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readThrough, startupCacheDirectory } from './startup-cache.js';

const isWords = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A temp cache folder and an input file, with BAOCHI_CACHE_DIR pointing there for the test. */
function setup(): { dir: string; input: string; done: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'baochi-cache-'));
  const dir = join(root, 'cache');
  const input = join(root, 'words.tsv');
  writeFileSync(input, 'hà nội\nthủ tướng\n');
  const before = { ...process.env };
  process.env.BAOCHI_CACHE_DIR = dir;
  delete process.env.BAOCHI_CACHE;
  return { dir, input, done: () => { process.env = before; rmSync(root, { recursive: true, force: true }); } };
}

test.serial('a value is built once, then read back from the cache folder', (t) => {
  const { dir, input, done } = setup();
  let builds = 0;
  const build = (): string[] => { builds++; return ['hà nội', 'thủ tướng']; };
  t.deepEqual(readThrough('test-words', [input], build, isWords), ['hà nội', 'thủ tướng']);
  t.deepEqual(readThrough('test-words', [input], build, isWords), ['hà nội', 'thủ tướng']);
  t.is(builds, 1);
  t.is(readdirSync(dir).filter((f) => f.startsWith('test-words-')).length, 1);
  done();
});

test.serial('an edited input rebuilds the value and the stale entry is removed', (t) => {
  const { dir, input, done } = setup();
  let builds = 0;
  readThrough('test-words', [input], () => { builds++; return ['hà nội']; }, isWords);
  writeFileSync(input, 'hà nội\nthủ tướng\nbộ trưởng\n'); // another size: another key
  t.deepEqual(readThrough('test-words', [input], () => { builds++; return ['hà nội', 'bộ trưởng']; }, isWords), ['hà nội', 'bộ trưởng']);
  t.is(builds, 2);
  t.is(readdirSync(dir).filter((f) => f.startsWith('test-words-')).length, 1);
  done();
});

test.serial('a damaged or foreign entry is rebuilt, not trusted', (t) => {
  const { dir, input, done } = setup();
  readThrough('test-words', [input], () => ['hà nội'], isWords);
  const [file] = readdirSync(dir);
  writeFileSync(join(dir, file!), 'not a v8 value');
  t.deepEqual(readThrough('test-words', [input], () => ['đà nẵng'], isWords), ['đà nẵng']);
  // a readable value of the wrong shape fails `valid`
  t.deepEqual(readThrough('test-words', [input], () => ['huế'], (v) => isWords(v) && (v as string[])[0] === 'huế'), ['huế']);
  done();
});

test.serial('BAOCHI_CACHE=off builds every time and writes nothing; an unwritable folder still gives the value', (t) => {
  const { dir, input, done } = setup();
  process.env.BAOCHI_CACHE = 'off';
  t.is(startupCacheDirectory(), null);
  let builds = 0;
  readThrough('test-words', [input], () => { builds++; return ['a']; }, isWords);
  readThrough('test-words', [input], () => { builds++; return ['a']; }, isWords);
  t.is(builds, 2);
  t.throws(() => readdirSync(dir));
  delete process.env.BAOCHI_CACHE;
  process.env.BAOCHI_CACHE_DIR = join(input, 'under-a-file'); // a file, not a folder: mkdir fails
  t.deepEqual(readThrough('test-words', [input], () => ['sơn la'], isWords), ['sơn la']);
  done();
});

test('the cache folder: BAOCHI_CACHE_DIR, else XDG_CACHE_HOME/baochi, else ~/.cache/baochi', (t) => {
  t.is(startupCacheDirectory({ BAOCHI_CACHE_DIR: '/data/cache' }), '/data/cache');
  t.is(startupCacheDirectory({ XDG_CACHE_HOME: '/home/u/.xdg' }), '/home/u/.xdg/baochi');
  t.regex(startupCacheDirectory({}) ?? '', /\.cache\/baochi$/);
  t.is(startupCacheDirectory({ BAOCHI_CACHE: 'off', BAOCHI_CACHE_DIR: '/data/cache' }), null);
});
