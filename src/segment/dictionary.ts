/**
 * The Viet74K word list (from @vntk/dictionary) as Sets. vntk lower-cases the whole file and splits
 * it on "\n"; `has(word)` then asks for `word.toLowerCase()`.
 */
import { readFileSync } from 'node:fs';
import { viet74kPath } from './vntk-files.js';

let plain: Set<string> | null = null;

/** Viet74K entries, lower-cased as vntk does. Loaded once. */
export function viet74k(): Set<string> {
  plain ??= new Set(readFileSync(viet74kPath(), 'utf8').toLowerCase().split('\n'));
  return plain;
}
