/**
 * The "Done when" on ../shared/corpus: every page through extract() (finders off: this is the
 * clean stage's gate), scored by ../shared/tools/score.mjs. Skipped when ../shared is absent.
 */
import test from 'ava';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { extract } from '../index.js';
import { sharedPath } from '../testing/shared.js';

const pages = sharedPath('corpus', 'pages');
const gold = sharedPath('corpus', 'gold');
const scorer = sharedPath('tools', 'score.mjs');
const ready = pages && gold && scorer;

interface Score {
  errors: number;
  kindAccuracy: number;
  titleAccuracy: number;
  publishedAtAccuracy: number;
  leadAccuracy: number;
  paragraphs: { p: number; r: number; f1: number };
  leaks: number;
}

function scoreCorpus(siteHints: boolean): Score {
  const lines = readdirSync(pages!).sort().map((f) => {
    const bytes = readFileSync(join(pages!, f));
    const source = `pages/${f}`;
    const options = { siteHints, analyse: false };
    const record = f.endsWith('.txt') ? extract({ text: bytes.toString('utf8'), source, options }) : extract({ html: new Uint8Array(bytes), source, options });
    return JSON.stringify(record);
  });
  const out = join(mkdtempSync(join(tmpdir(), 'baochi-corpus-')), 'records.jsonl');
  writeFileSync(out, lines.join('\n') + '\n');
  const res = spawnSync(process.execPath, [scorer!, out, gold!, '--json'], { encoding: 'utf8' });
  return JSON.parse(res.stdout) as Score;
}

(ready ? test : test.skip)('site hints on: kind, title, publishedAt 100 %, lead ≥ 90 %, paragraph F1 ≥ 0.98, no leaks', (t) => {
  const s = scoreCorpus(true);
  t.is(s.errors, 0);
  t.is(s.kindAccuracy, 1);
  t.is(s.titleAccuracy, 1);
  t.is(s.publishedAtAccuracy, 1);
  t.true(s.leadAccuracy >= 0.9, `lead ${s.leadAccuracy}`);
  t.true(s.paragraphs.f1 >= 0.98, `paragraph F1 ${s.paragraphs.f1}`);
  t.is(s.leaks, 0);
});

(ready ? test : test.skip)('site hints off: paragraph F1 ≥ 0.95', (t) => {
  const s = scoreCorpus(false);
  t.true(s.paragraphs.f1 >= 0.95, `paragraph F1 ${s.paragraphs.f1}`);
  t.is(s.kindAccuracy, 1);
});
