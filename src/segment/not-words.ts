/**
 * Dictionary entries that UD-VTB writes as several words ("cho biết", "có một", "trở về"): Viet74K
 * lists many phrases, and its `is_in_dict` features pull the CRF towards joining them. Best mode
 * leaves these out of the dictionary the model sees (the model's own lexical weights still apply).
 * The list is data, corpus/lexicon/segment-not-words.tsv, learned from the UD-VTB dev split by
 * scripts/learn-segment-conventions.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toToneStyle } from '../text/tone-style.js';

export const NOT_WORDS_FILE = fileURLToPath(new URL('../../corpus/lexicon/segment-not-words.tsv', import.meta.url));

/** First column of TSV text, lower-cased, new tone style; "#" starts a comment, "form" is the header. */
export function parseNotWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const form = line.split('\t')[0]!.trim();
    if (form && !form.startsWith('#') && form !== 'form') out.add(toToneStyle(form.normalize('NFC').toLowerCase(), 'new'));
  }
  return out;
}

let notWords: Set<string> | null = null;

/** corpus/lexicon/segment-not-words.tsv, loaded once (empty when the file is absent). */
export function loadNotWords(): Set<string> {
  notWords ??= parseNotWords(existsSync(NOT_WORDS_FILE) ? readFileSync(NOT_WORDS_FILE, 'utf8') : '');
  return notWords;
}
