/**
 * Where vntk's models and the Viet74K dictionary are on disk. They are read from node_modules at
 * run time (never copied into the repository) and only on first use.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export type VntkModelName = 'word_tokenizer' | 'pos_tag' | 'chunking' | 'ner';

export function vntkModelPath(name: VntkModelName): string {
  return join(dirname(require.resolve('vntk/package.json')), 'lib', name, 'model.bin');
}

export function viet74kPath(): string {
  return join(dirname(require.resolve('@vntk/dictionary/package.json')), 'data', 'Viet74K.txt');
}
