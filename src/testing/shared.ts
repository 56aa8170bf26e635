/**
 * Test helpers for the material in ../shared (the publishers' pages, gold files, peer corpora).
 * It is read in place, never copied; tests that need it are skipped with a visible reason when absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const candidate = process.env.BAOCHI_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));

/** Absolute path of ../shared, or null when this checkout has none beside it. */
export const sharedDir: string | null = existsSync(join(candidate, 'SCHEMA.md')) ? candidate : null;

export function sharedPath(...parts: string[]): string | null {
  if (!sharedDir) return null;
  const p = join(sharedDir, ...parts);
  return existsSync(p) ? p : null;
}
