/**
 * Extract every page of a corpus folder and score the records against its gold folder.
 *   npx tsx scripts/eval.ts [--no-site-hints] [--out FILE] [--pages DIR] [--gold DIR] [--json]
 * Defaults: ../shared/corpus/pages and ../shared/corpus/gold; records go to /tmp/baochi-eval.jsonl.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { extract } from '../src/index.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const shared = resolve(import.meta.dirname, '../../shared');
const pages = opt('--pages', join(shared, 'corpus/pages'));
const gold = opt('--gold', join(shared, 'corpus/gold'));
const out = opt('--out', '/tmp/baochi-eval.jsonl');
const siteHints = !args.includes('--no-site-hints');
if (!existsSync(pages)) {
  console.log(`no corpus at ${pages}: nothing to score`);
  process.exit(0);
}
const lines: string[] = [];
for (const f of readdirSync(pages).sort()) {
  const bytes = readFileSync(join(pages, f));
  const source = `pages/${f}`;
  const rec = f.endsWith('.txt')
    ? extract({ text: bytes.toString('utf8'), source, options: { siteHints } })
    : extract({ html: new Uint8Array(bytes), source, options: { siteHints } });
  lines.push(JSON.stringify(rec));
}
writeFileSync(out, lines.join('\n') + '\n');
const score = spawnSync(process.execPath, [join(shared, 'tools/score.mjs'), out, gold, ...(args.includes('--json') ? ['--json'] : [])], { encoding: 'utf8' });
process.stdout.write(score.stdout);
process.stderr.write(score.stderr);
