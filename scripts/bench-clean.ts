/**
 * The clean stage side by side with Mozilla Readability 0.6 on linkedom, same pages, same run.
 *   npx tsx scripts/bench-clean.ts [--pages DIR] [--gold DIR] [--runs N] [--no-score]
 * Speed: pages per second over every HTML page of DIR, median of N runs (default 5), runs interleaved.
 * Quality: both outputs written as records and scored with ../shared/tools/score.mjs against the gold
 * (the plain-text seed goes through cleanPlainText for both, so the rows differ only on HTML pages).
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanHtml } from '../src/html/clean.js';
import { cleanPlainText } from '../src/plain/clean-plain.js';
import type { CleanedDocument } from '../src/pipeline/document.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const shared = resolve(import.meta.dirname, '../../shared');
const pagesDir = opt('--pages', join(shared, 'corpus/pages'));
const goldDir = opt('--gold', join(shared, 'corpus/gold'));
const runs = Number(opt('--runs', '5'));
if (!existsSync(pagesDir)) {
  console.log(`no pages at ${pagesDir}: nothing to measure`);
  process.exit(0);
}

const files = readdirSync(pagesDir).sort();
const html = files.filter((f) => /\.html?$/.test(f)).map((f) => ({ name: f, text: readFileSync(join(pagesDir, f), 'utf8') }));
const plain = files.filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: readFileSync(join(pagesDir, f), 'utf8') }));

interface ReadabilityResult {
  title: string | null;
  publishedTime: string | null;
  content: string;
  excerpt: string | null;
  byline: string | null;
}

function runReadability(page: string): ReadabilityResult | null {
  // linkedom's document is DOM-compatible enough for Readability; its types are not the lib.dom ones.
  const { document } = parseHTML(page);
  return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse() as ReadabilityResult | null;
}

interface Rate {
  /** Pages per wall-clock second. */
  wall: number;
  /** Pages per CPU second of this process: steadier when other jobs share the machine. */
  cpu: number;
}

function pagesPerSecond(fn: (page: string) => unknown): Rate {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const p of html) fn(p.text);
  const c = process.cpuUsage(c0);
  return { wall: html.length / ((performance.now() - t0) / 1000), cpu: html.length / ((c.user + c.system) / 1e6) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Warm up both (module loading, JIT) before timing.
pagesPerSecond((p) => cleanHtml(p));
pagesPerSecond(runReadability);
const ours: Rate[] = [];
const oursNoHints: Rate[] = [];
const theirs: Rate[] = [];
for (let i = 0; i < runs; i++) {
  ours.push(pagesPerSecond((p) => cleanHtml(p)));
  oursNoHints.push(pagesPerSecond((p) => cleanHtml(p, { siteHints: false })));
  theirs.push(pagesPerSecond(runReadability));
}
const med = (xs: Rate[], k: keyof Rate): number => median(xs.map((x) => x[k]));
const row = (name: string, xs: Rate[]): string =>
  `| ${name.padEnd(34)} | ${med(xs, 'wall').toFixed(1).padStart(8)} | ${med(xs, 'cpu').toFixed(1).padStart(9)} | ${xs.map((x) => x.wall.toFixed(1)).join(' ')} |`;
console.log(`clean stage vs Readability: ${html.length} HTML pages, median of ${runs} runs (runs interleaved)`);
console.log(`| ${'extractor'.padEnd(34)} | pages/s  | pages/CPU-s | wall pages/s of each run |`);
console.log(`|${'-'.repeat(36)}|----------|-----------|------|`);
console.log(row('baochi cleanHtml, site hints on', ours));
console.log(row('baochi cleanHtml, site hints off', oursNoHints));
console.log(row('Readability 0.6 on linkedom', theirs));
const ratio = (xs: Rate[], k: keyof Rate): string => (med(xs, k) / med(theirs, k)).toFixed(2);
console.log(`speed ratio vs Readability (wall / CPU): hints on ${ratio(ours, 'wall')}× / ${ratio(ours, 'cpu')}×, hints off ${ratio(oursNoHints, 'wall')}× / ${ratio(oursNoHints, 'cpu')}×`);

if (args.includes('--no-score') || !existsSync(goldDir)) process.exit(0);

/** A record for score.mjs from a cleaned document (no finders: only the clean stage is scored). */
function record(source: string, doc: Pick<CleanedDocument, 'kind' | 'title' | 'lead' | 'publishedAt' | 'paragraphs' | 'captions' | 'url'>): string {
  return JSON.stringify({ source: `pages/${source}`, kind: doc.kind, url: doc.url, title: doc.title, lead: doc.lead, publishedAt: doc.publishedAt, text: doc.paragraphs.join('\n\n'), captions: doc.captions, figures: [], dates: [], officials: [] });
}

/** Readability's article HTML → paragraphs, one per block element, the way the gold counts them. */
function readabilityParagraphs(content: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks = document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td');
  const out: string[] = [];
  for (const el of blocks) {
    if (el.querySelector('p, h2, h3, h4, li, blockquote, pre, td')) continue; // the inner block speaks
    const text = (el.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

function score(records: string[], label: string): void {
  const out = `/tmp/bench-clean-${label}.jsonl`;
  writeFileSync(out, records.join('\n') + '\n');
  const res = spawnSync(process.execPath, [join(shared, 'tools/score.mjs'), out, goldDir], { encoding: 'utf8' });
  const lines = res.stdout.trim().split('\n');
  console.log(`\n${label}:`);
  for (const l of lines.slice(-3, -1)) console.log(`  ${l}`);
}

const plainRecords = plain.map((p) => record(p.name, cleanPlainText(p.text)));
for (const hints of [true, false]) {
  score([...html.map((p) => record(p.name, cleanHtml(p.text, { siteHints: hints }))), ...plainRecords], hints ? 'baochi-site-hints-on' : 'baochi-site-hints-off');
}
score(
  [
    ...html.map((p) => {
      const r = runReadability(p.text);
      return record(p.name, {
        kind: 'article', url: null, title: r?.title ?? null, lead: r?.excerpt ?? null,
        publishedAt: r?.publishedTime ?? null, paragraphs: r ? readabilityParagraphs(r.content) : [], captions: [],
      });
    }),
    ...plainRecords,
  ],
  'readability',
);
