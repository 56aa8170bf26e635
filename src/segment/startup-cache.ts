/**
 * A disk cache for what the segmenter compiles from its word lists at start-up (the CRF's compiled
 * dictionary, the long Viet74K entries): ~170 ms of every process and worker thread that segments,
 * which `baochi segment` on 2 threads pays three times; read back it costs ~15 ms.
 *
 * - Key: a name plus the path, size and mtime of every input file, the code files that compile
 *   them, and the package version: editing a lexicon or upgrading rebuilds the entry.
 * - Written to a temp file and renamed, so processes that start together never read half a file;
 *   an unreadable or stale file is rebuilt. Any failure (read-only disk, no home) means compiling.
 * - Where: $BAOCHI_CACHE_DIR, else $XDG_CACHE_HOME/baochi, else ~/.cache/baochi.
 *   BAOCHI_CACHE=off turns it off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';

/** Bump when the shape of a cached value changes. */
const FORMAT = 1;

export function startupCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.BAOCHI_CACHE === 'off' || env.BAOCHI_CACHE === '0') return null;
  if (env.BAOCHI_CACHE_DIR) return env.BAOCHI_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'baochi');
  try {
    const home = homedir();
    return home ? join(home, '.cache', 'baochi') : null;
  } catch {
    return null;
  }
}

/**
 * Paths of code modules next to `here` (an import.meta.url), as inputs of a cache key: `.ts` when
 * running from src/ through tsx, `.js` from dist/.
 */
export function codeFiles(here: string, modules: readonly string[]): string[] {
  const ext = here.endsWith('.ts') ? '.ts' : '.js';
  return modules.map((m) => fileURLToPath(new URL(m + ext, here)));
}

/** The cache file of a value: name plus a hash of its inputs' paths, sizes and mtimes. */
export function startupCacheFile(dir: string, name: string, inputs: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${name}\0`);
  for (const path of inputs) {
    try {
      const st = statSync(path);
      hash.update(`${path}\0${st.size}\0${st.mtimeMs}\0`);
    } catch {
      hash.update(`${path}\0absent\0`);
    }
  }
  return join(dir, `${name}-${hash.digest('hex').slice(0, 20)}.v8`);
}

/**
 * `build()`'s value, read from the cache when an entry for these inputs exists, else built and
 * written. The value must be structured-clone data (no functions); `valid` rejects a damaged entry.
 */
export function readThrough<T>(entry: string, inputs: readonly string[], build: () => T, valid: (value: unknown) => boolean): T {
  const dir = startupCacheDirectory();
  if (!dir) return build();
  // code run from src/ (tsx: tests, scripts) and from dist/ has other code files as inputs: separate
  // names, so that neither removes the other's entry as stale
  const name = import.meta.url.endsWith('.ts') ? `${entry}-src` : entry;
  const file = startupCacheFile(dir, name, inputs);
  try {
    const value: unknown = deserialize(readFileSync(file));
    if (valid(value)) return value as T;
  } catch {
    // absent or unreadable: build it
  }
  const value = build();
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, serialize(value));
    renameSync(temp, file);
  } catch {
    try { unlinkSync(temp); } catch { /* never written */ }
    return value;
  }
  // entries of this name for other inputs are stale: remove them (another process may be reading
  // one; on POSIX its open file stays readable)
  try {
    const own = file.slice(dir.length + 1);
    const same = new RegExp(`^${name.replace(/[^\w-]/g, '')}-[0-9a-f]{20}\\.v8$`);
    for (const other of readdirSync(dir)) {
      if (other !== own && same.test(other)) unlinkSync(join(dir, other));
    }
  } catch {
    // another process removed it first
  }
  return value;
}
