/**
 * The Viet74K word list (from @vntk/dictionary) as Sets. vntk lower-cases the whole file and splits
 * it on "\n"; `has(word)` then asks for `word.toLowerCase()`.
 */
import { readFileSync } from 'node:fs';
import { codeFiles, readThrough } from './startup-cache.js';
import { viet74kPath } from './vntk-files.js';

let plain: Set<string> | null = null;

/**
 * Viet74K entries, lower-cased as vntk does. Loaded once, through the start-up cache: the entries
 * read back as an array take ~13 ms to become a Set, where decoding, lower-casing and splitting
 * the file took ~35 ms more, in every thread that segments.
 */
export function viet74k(): Set<string> {
  if (plain) return plain;
  const entries = readThrough('segment-viet74k', [viet74kPath(), ...codeFiles(import.meta.url, ['./dictionary'])],
    () => [...new Set(readFileSync(viet74kPath(), 'utf8').toLowerCase().split('\n'))],
    (v) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'string');
  plain = new Set(entries);
  return plain;
}
