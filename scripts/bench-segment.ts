/**
 * Word segmentation: parity with vntk, speed against vntk in the same run, and P/R/F1 on UD-VTB.
 *
 *   npx tsx scripts/bench-segment.ts [--split test|dev] [--vntk-syllables 2000] [--full-vntk] [--cli-copies 50]
 *
 * Parity on every sentence compares our `vntk` mode with vntk's own featurizer and crfsuite
 * tagger (`transform` + `tagger.tag`, fed the same syllables). vntk's dictionary test is a linear
 * `indexOf` over 74K words; for the all-sentence parity pass it is swapped for an equivalent Set
 * lookup so the pass takes seconds (`--full-vntk` keeps the original). The speed comparison times
 * the original vntk on the first N syllables and ours on all sentences, both whole paths
 * (syllables in, words out). The CLI rows time `baochi segment --lines` (dist/) end to end on the
 * split's sentence text repeated --cli-copies times (50: 692,850 syllables for test), 3 rounds,
 * default threads and --threads 1 interleaved, medians.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { readConllu, scoreWords, type ConlluSentence } from '../src/segment/ud/read-conllu.js';
import { tagSyllables, groupWords, wordLabels, type WordTaggerOptions } from '../src/segment/word-tagger.js';
import { tagChunks, tagEntities, tagPos } from '../src/segment/tag-words.js';
import { segment } from '../src/segment/index.js';
import { sharedPath } from '../src/testing/shared.js';

const args = process.argv.slice(2);
const flag = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const split = flag('--split', 'test');
const vntkBudget = Number(flag('--vntk-syllables', '2000'));
const fullVntk = args.includes('--full-vntk');

const file = sharedPath('peer', 'ud-vtb', `vi_vtb-ud-${split}.conllu`);
if (!file) { console.error('../shared/peer/ud-vtb not found'); process.exit(2); }
const sentences = readConllu(readFileSync(file, 'utf8'));
const totalSyllables = sentences.reduce((n, s) => n + s.syllables.length, 0);
console.log(`UD-VTB ${split}: ${sentences.length} sentences, ${totalSyllables} syllables`);

// vntk, loaded in this (main) thread only
const require = createRequire(import.meta.url);
interface VntkWordTokenizer { transform(tokens: string[][]): string[][]; tagger: { tag(x: string[][]): string[] } }
const vntk = require('vntk/lib/word_tokenizer') as VntkWordTokenizer;
const vntkDict = require('@vntk/dictionary') as { has(w: string): boolean; lower_words: string[] };

function vntkTags(s: ConlluSentence): string[] {
  return vntk.tagger.tag(vntk.transform(s.syllables.map((w) => [w, 'X'])));
}
function vntkWords(s: ConlluSentence): string[] {
  const tags = vntkTags(s);
  const words: string[] = [];
  tags.forEach((tag, i) => {
    if (tag === 'IW' && words.length) words[words.length - 1] += ' ' + s.syllables[i];
    else words.push(s.syllables[i]!);
  });
  return words;
}
function ourWords(s: ConlluSentence, options: WordTaggerOptions): string[] {
  const tags = tagSyllables(s.syllables, options);
  return groupWords(s.syllables, tags).map((g) => g.map((i) => s.syllables[i]).join(' '));
}
function ranges(s: ConlluSentence, options: WordTaggerOptions): [number, number][] {
  return groupWords(s.syllables, tagSyllables(s.syllables, options)).map((g) => [g[0]!, g[g.length - 1]! + 1]);
}

// 1. speed: original vntk on a prefix, ours on everything
const subset: ConlluSentence[] = [];
let subsetSyllables = 0;
for (const s of sentences) {
  if (subsetSyllables >= vntkBudget) break;
  subset.push(s);
  subsetSyllables += s.syllables.length;
}
let t0 = performance.now();
const vntkSubset = subset.map(vntkWords);
const vntkMs = performance.now() - t0;
const vntkRate = subsetSyllables / (vntkMs / 1000);

const labels = wordLabels(); // load the model and dictionary before timing
ourWords(sentences[0]!, { mode: 'vntk' });
ourWords(sentences[0]!, { mode: 'best' });
const rounds = 10;
let best = Infinity;
let ours: string[][] = [];
for (let r = 0; r < rounds; r++) {
  t0 = performance.now();
  ours = sentences.map((s) => ourWords(s, { mode: 'vntk' }));
  best = Math.min(best, performance.now() - t0);
}
const ourRate = totalSyllables / (best / 1000);
let bestModeMs = Infinity;
for (let r = 0; r < rounds; r++) {
  t0 = performance.now();
  for (const s of sentences) ourWords(s, { mode: 'best' });
  bestModeMs = Math.min(bestModeMs, performance.now() - t0);
}
const subsetSame = vntkSubset.filter((w, i) => JSON.stringify(w) === JSON.stringify(ours[i])).length;
console.log(`speed vntk (original): ${subsetSyllables} syllables in ${vntkMs.toFixed(0)} ms = ${vntkRate.toFixed(0)} syllables/s; output equal on ${subsetSame}/${subset.length} sentences`);
console.log(`speed ours (vntk mode): ${totalSyllables} syllables in ${best.toFixed(1)} ms = ${ourRate.toFixed(0)} syllables/s (best of ${rounds})`);
console.log(`speed ours (best mode): ${(totalSyllables / (bestModeMs / 1000)).toFixed(0)} syllables/s`);
console.log(`ratio ours/vntk: ${(ourRate / vntkRate).toFixed(0)}x (vntk mode), ${(totalSyllables / (bestModeMs / 1000) / vntkRate).toFixed(0)}x (best mode)`);
// the library path from raw text: sentence splitting, tokens with spans, words (best mode)
const texts = sentences.map((s) => s.syllables.join(' '));
let textMs = Infinity;
for (let r = 0; r < 3; r++) {
  t0 = performance.now();
  for (const text of texts) segment(text);
  textMs = Math.min(textMs, performance.now() - t0);
}
console.log(`speed segment(text), best mode, spans: ${(totalSyllables / (textMs / 1000)).toFixed(0)} syllables/s`);

// 1b. the CLI end to end (issue #15): `baochi segment --lines` on the split's text × 50, start-up,
// reading, sentence splitting, formatting and writing included; dist/ is built first when stale
const copies = Number(flag('--cli-copies', '50'));
if (copies > 0) {
  const texts = sentences.map((s) => s.text ?? s.syllables.join(' '));
  const dir = mkdtempSync(join(tmpdir(), 'baochi-bench-segment-'));
  const input = join(dir, `ud-${split}-x${copies}.txt`);
  writeFileSync(input, Array.from({ length: copies }, () => texts.join('\n')).join('\n') + '\n');
  const cliSyllables = totalSyllables * copies;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) console.log(`npm run build failed: ${built.stderr}`);
  const bin = join(root, 'bin', 'baochi.js');
  const rows: Record<string, number[]> = {};
  // the start-up cache (src/segment/startup-cache.ts) is warm after the first run; the last row
  // gives every run an empty one, as on a machine's very first run
  const emptyCache = (): NodeJS.ProcessEnv => ({ ...process.env, BAOCHI_CACHE_DIR: mkdtempSync(join(dir, 'cache-')) });
  for (let r = 0; r < 3; r++) {
    for (const [label, extra, env] of [['default threads', [], () => process.env], ['--threads 1', ['--threads', '1'], () => process.env], ['default threads, empty start-up cache', [], emptyCache]] as const) {
      const runEnv = env();
      const t = performance.now();
      const run = spawnSync(process.execPath, [bin, 'segment', '--lines', ...extra, input], { stdio: ['ignore', 'ignore', 'pipe'], env: runEnv });
      const seconds = (performance.now() - t) / 1000;
      if (run.status !== 0) throw new Error(`baochi segment failed: ${run.stderr}`);
      (rows[label] ??= []).push(seconds);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const mid = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1]!;
  for (const [label, secs] of Object.entries(rows)) {
    console.log(`speed CLI \`baochi segment --lines\` (${label}), ${cliSyllables} syllables: ${mid(secs).toFixed(2)} s = ${(cliSyllables / mid(secs)).toFixed(0)} syllables/s end to end (median of ${secs.map((x) => x.toFixed(2)).join(', ')} s; ${availableParallelism()} CPUs, load ${loadavg()[0]!.toFixed(1)})`);
  }
}

// 1c. the text path's syllables against the gold's: hyphenated and joined tokens stay whole
let countDiffers = 0;
for (const s of sentences) {
  if (s.text === undefined) continue;
  const n = segment(s.text, { oneSentence: true }).reduce((k, x) => k + x.words.reduce((m, w) => m + w.syllables.length, 0), 0);
  if (n !== s.syllables.length) countDiffers++;
}
console.log(`syllable count of segment(# text) ≠ gold: ${countDiffers}/${sentences.length} sentences`);

// 2. parity on every sentence
if (!fullVntk) {
  const lower = new Set(vntkDict.lower_words);
  vntkDict.has = (w: string): boolean => Boolean(w) && lower.has(w.toLowerCase());
}
t0 = performance.now();
let same = 0;
const mismatches: string[] = [];
for (const s of sentences) {
  const theirs = vntkTags(s).join(' ');
  const mine = Array.from(tagSyllables(s.syllables, { mode: 'vntk' }), (t) => labels[t]).join(' ');
  if (theirs === mine) same++;
  else if (mismatches.length < 5) mismatches.push(`${s.id}: ${s.syllables.join(' ')}\n  vntk ${theirs}\n  ours ${mine}`);
}
console.log(`parity (tags, vntk mode): ${same}/${sentences.length} sentences identical${fullVntk ? '' : ' (vntk dictionary via Set)'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (const m of mismatches) console.log(m);

// 3. POS, chunking and NER parity, fed the gold words of each sentence
interface VntkTagger { transform(tokens: string[][]): string[][]; tagger: { tag(x: string[][]): string[] } }
const vntkPos = require('vntk/lib/pos_tag') as VntkTagger;
const vntkChunk = require('vntk/lib/chunking') as VntkTagger;
const vntkNer = require('vntk/lib/ner') as VntkTagger;
const sameTags = [0, 0, 0];
for (const s of sentences) {
  const words = s.words.map(([a, b]) => s.syllables.slice(a, b).join(' '));
  const pos = vntkPos.tagger.tag(vntkPos.transform(words.map((w) => [w, 'X'])));
  const chunks = vntkChunk.tagger.tag(vntkChunk.transform(words.map((w, i) => [w, pos[i]!, 'X'])));
  const ner = vntkNer.tagger.tag(vntkNer.transform(words.map((w, i) => [w, pos[i]!, chunks[i]!, 'X'])));
  if (tagPos(words).join() === pos.join()) sameTags[0]!++;
  if (tagChunks(words, pos).join() === chunks.join()) sameTags[1]!++;
  if (tagEntities(words, pos, chunks).join() === ner.join()) sameTags[2]!++;
}
console.log(`parity POS ${sameTags[0]}/${sentences.length}, chunk ${sameTags[1]}/${sentences.length}, NER ${sameTags[2]}/${sentences.length} sentences identical`);

// 4. accuracy on this split, every variant
const report = (name: string, options: WordTaggerOptions): void => {
  const sc = scoreWords(sentences.map((s) => ({ gold: s.words, predicted: ranges(s, options) })));
  console.log(`${name.padEnd(30)} P ${sc.p.toFixed(4)} R ${sc.r.toFixed(4)} F1 ${sc.f1.toFixed(4)}`);
};
const vntkScore = scoreWords(sentences.map((s) => {
  const tags = vntkTags(s);
  const predicted: [number, number][] = [];
  tags.forEach((tag, i) => {
    if (tag === 'IW' && predicted.length) predicted[predicted.length - 1]![1] = i + 1;
    else predicted.push([i, i + 1]);
  });
  return { gold: s.words, predicted };
}));
const none: WordTaggerOptions = { mode: 'best', toneShadow: false, userLexicon: false, notWords: false, previousTags: false, mergeNames: false, mergeNumbers: false, mergeLongWords: false, conventions: false };
console.log(`${'vntk itself'.padEnd(30)} P ${vntkScore.p.toFixed(4)} R ${vntkScore.r.toFixed(4)} F1 ${vntkScore.f1.toFixed(4)}`);
report('ours, vntk mode', { mode: 'vntk' });
report('+ tone-style shadow', { ...none, toneShadow: true });
report('+ user lexicon', { ...none, userLexicon: true });
report('+ previous-tag features', { ...none, previousTags: true });
report('+ names joined', { ...none, mergeNames: true });
report('+ numbers joined', { ...none, mergeNumbers: true });
report('+ long dictionary words', { ...none, mergeLongWords: true });
report('+ not-words (UD-VTB dev)', { ...none, notWords: true });
report('+ conventions (UD-VTB dev)', { ...none, conventions: true });
report('best, no not-words/conv.', { mode: 'best', notWords: false, conventions: false });
report('best, no conventions', { mode: 'best', conventions: false });
report('best, no not-words', { mode: 'best', notWords: false });
report('best mode (all)', { mode: 'best' });
