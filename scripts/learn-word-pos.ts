/**
 * Write corpus/lexicon/word-pos.tsv from the vntk dictionary (@vntk/dictionary data/dictionary.json,
 * MIT): each lower-case entry with the parts of speech of its senses, first sense first ("xe N,V").
 * The figures finder asks it whether the word after a numeral can be a noun ("126 nhà giáo") or not
 * ("… 70 quật ngã", "thường xuyên"). The 11 MB JSON is read here once, not at run time.
 *
 *   npx tsx scripts/learn-word-pos.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('@vntk/dictionary/package.json'));
const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
const dict = JSON.parse(readFileSync(join(dir, 'data/dictionary.json'), 'utf8')) as Record<string, { pos?: string }[]>;
const rows = new Map<string, string[]>();
for (const [word, senses] of Object.entries(dict)) {
  const form = word.normalize('NFC').toLowerCase().trim();
  if (!/^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u.test(form)) continue;
  const list = rows.get(form) ?? [];
  for (const s of senses) if (s.pos && !list.includes(s.pos)) list.push(s.pos);
  if (list.length) rows.set(form, list);
}
const header = [
  `# Lower-case words with the parts of speech of their senses, first sense first (N noun, V verb, A adjective, …).`,
  `# Derived from the vntk dictionary, @vntk/dictionary ${version} data/dictionary.json (MIT licence).`,
  '# Written by scripts/learn-word-pos.ts.',
];
const out = fileURLToPath(new URL('../corpus/lexicon/word-pos.tsv', import.meta.url));
const lines = [...rows].sort((a, b) => a[0].localeCompare(b[0], 'vi')).map(([w, p]) => `${w}\t${p.join(',')}`);
writeFileSync(out, [...header, ...lines].join('\n') + '\n');
console.log(`${lines.length} words → ${out}`);
