/**
 * Learn corpus/lexicon/word-classes.tsv from the UD-VTB dev split (never test): for each lower-case
 * word, its most frequent universal part of speech and how often it was seen. The figures finder
 * reads it to tell a counted noun after a numeral ("126 nhà giáo") from a verb ("10 lên 50"), where
 * vntk's POS model, given a few words only, is often wrong.
 *
 *   npx tsx scripts/learn-word-classes.ts          # writes corpus/lexicon/word-classes.tsv
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sharedPath } from '../src/testing/shared.js';

const file = sharedPath('peer', 'ud-vtb', 'vi_vtb-ud-dev.conllu');
if (!file) { console.error('../shared/peer/ud-vtb not found'); process.exit(2); }
const counts = new Map<string, Map<string, number>>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const cells = line.split('\t');
  if (cells.length < 4 || !/^\d+$/.test(cells[0]!)) continue;
  const form = cells[1]!.normalize('NFC');
  const upos = cells[3]!;
  // lower-case words of letters only: names, numbers and punctuation are not needed
  if (form !== form.toLowerCase() || !/^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u.test(form)) continue;
  const byPos = counts.get(form) ?? new Map<string, number>();
  byPos.set(upos, (byPos.get(upos) ?? 0) + 1);
  counts.set(form, byPos);
}
const rows: string[] = [];
for (const [form, byPos] of [...counts].sort((a, b) => a[0].localeCompare(b[0], 'vi'))) {
  const [upos, n] = [...byPos].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const total = [...byPos.values()].reduce((a, b) => a + b, 0);
  rows.push(`${form}\t${upos}\t${n}\t${total}`);
}
const header = [
  '# Lower-case words with their most frequent universal POS in UD-VTB: form, UPOS, its count, all counts.',
  '# Derived from UD-VTB (UD_Vietnamese-VTB, https://github.com/UniversalDependencies/UD_Vietnamese-VTB),',
  '# vi_vtb-ud-dev.conllu, the dev split only; licence CC BY-SA 4.0, so this file is CC BY-SA 4.0 too.',
  '# Written by scripts/learn-word-classes.ts.',
];
const out = fileURLToPath(new URL('../corpus/lexicon/word-classes.tsv', import.meta.url));
writeFileSync(out, [...header, ...rows].join('\n') + '\n');
console.log(`${rows.length} words → ${out}`);
