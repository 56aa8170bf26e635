/**
 * The clean stage on two page folders — ../shared/corpus (the pages the rules were written on) and
 * ../shared/corpus/wild (templates nobody here tuned for) — and on both together, beside Mozilla
 * Readability 0.6 and Defuddle 0.19 (both on linkedom), same pages, same run.
 *   npx tsx scripts/eval-wild.ts [--json] [--keep DIR]
 * Columns: kind, title, publishedAt, snippets found (textIncludes), leaks (textExcludes found in text),
 * all computed by ../shared/tools/score.mjs. Peers have no page kind: their kind column is "–".
 * Records go to /tmp/baochi-eval-wild/ (or --keep DIR). Skips cleanly when ../shared is absent.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { parseHTML } from 'linkedom';
import { extract } from '../src/index.js';
import { decodeBytes } from '../src/decode/charset.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const shared = resolve(import.meta.dirname, '../../shared');
const sets = [
  { name: 'corpus', pages: join(shared, 'corpus/pages'), gold: join(shared, 'corpus/gold') },
  { name: 'wild', pages: join(shared, 'corpus/wild/pages'), gold: join(shared, 'corpus/wild/gold') },
];
if (!sets.every((s) => existsSync(s.pages) && existsSync(s.gold))) {
  console.log(`no corpus at ${shared}/corpus: nothing to score`);
  process.exit(0);
}
const outDir = opt('--keep', '/tmp/baochi-eval-wild');
mkdirSync(outDir, { recursive: true });

interface Page {
  set: string;
  name: string;
  bytes: Uint8Array;
  html: string | null;
}
const pages: Page[] = sets.flatMap((s) =>
  readdirSync(s.pages).sort().map((f) => {
    const bytes = new Uint8Array(readFileSync(join(s.pages, f)));
    return { set: s.name, name: f, bytes, html: /\.html?$/.test(f) ? decodeBytes(bytes).text : null };
  }),
);

interface PeerOut {
  title: string | null;
  publishedAt: string | null;
  paragraphs: string[];
}

/** An extractor's article HTML → paragraphs, one per innermost block element. */
function paragraphsOf(content: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const out: string[] = [];
  for (const el of document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption')) {
    if (el.querySelector('p, h2, h3, h4, li, blockquote, pre, td')) continue; // the inner block speaks
    const text = (el.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  // Text outside any block (div + br pages) would be lost above: fall back to the whole text.
  if (out.length === 0) {
    const all = (document.body?.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    if (all) out.push(all);
  }
  return out;
}

function runReadability(html: string): PeerOut {
  // linkedom's document is DOM-compatible enough for Readability; its types are not the lib.dom ones.
  const { document } = parseHTML(html);
  const r = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return { title: r?.title ?? null, publishedAt: r?.publishedTime ?? null, paragraphs: r?.content ? paragraphsOf(r.content) : [] };
}

async function runDefuddle(html: string): Promise<PeerOut> {
  const { document } = parseHTML(html);
  // Defuddle accepts any DOM Document; linkedom's type is not lib.dom's.
  // Defuddle logs its own recoverable errors (bad JSON-LD) to the console: keep the table readable.
  const error = console.error;
  console.error = () => {};
  try {
    const r = await Defuddle(document as unknown as Parameters<typeof Defuddle>[0]);
    return { title: r.title || null, publishedAt: r.published || null, paragraphs: r.content ? paragraphsOf(r.content) : [] };
  } finally {
    console.error = error;
  }
}

const peerRecord = (p: Page, out: PeerOut): string =>
  JSON.stringify({ source: `pages/${p.name}`, kind: 'article', title: out.title, publishedAt: out.publishedAt, text: out.paragraphs.join('\n\n'), captions: [], figures: [], dates: [], officials: [] });

type Extractor = { label: string; kind: boolean; run: (p: Page) => Promise<string> };
const extractors: Extractor[] = [
  ...[true, false].map((siteHints) => ({
    label: `baochi, site hints ${siteHints ? 'on' : 'off'}`,
    kind: true,
    run: async (p: Page) => {
      const input = p.html === null ? { text: new TextDecoder().decode(p.bytes) } : { html: p.bytes };
      return JSON.stringify(extract({ ...input, source: `pages/${p.name}`, options: { siteHints, analyse: false } }));
    },
  })),
  { label: 'Readability 0.6 (linkedom)', kind: false, run: async (p: Page) => peerRecord(p, p.html === null ? { title: null, publishedAt: null, paragraphs: [] } : runReadability(p.html)) },
  { label: 'Defuddle 0.19 (linkedom)', kind: false, run: async (p: Page) => peerRecord(p, p.html === null ? { title: null, publishedAt: null, paragraphs: [] } : await runDefuddle(p.html)) },
];

// "both": one gold folder holding both sets' files (their names do not collide).
const bothGold = join(outDir, 'gold-both');
rmSync(bothGold, { recursive: true, force: true });
mkdirSync(bothGold);
for (const s of sets) for (const f of readdirSync(s.gold).filter((f) => f.endsWith('.json'))) symlinkSync(join(s.gold, f), join(bothGold, f));
const golds: Record<string, string> = { corpus: sets[0]!.gold, wild: sets[1]!.gold, both: bothGold };

interface Summary {
  kindAccuracy: number;
  titleAccuracy: number;
  publishedAtAccuracy: number;
  includes: number | null;
  leaks: number;
  excludes: number;
}

const pct = (x: number | null): string => (x == null ? '–' : `${(100 * x).toFixed(1)} %`);
const results: Record<string, Record<string, Summary>> = {};
for (const ex of extractors) {
  const lines: Record<string, string[]> = { corpus: [], wild: [] };
  for (const p of pages) {
    try {
      lines[p.set]!.push(await ex.run(p));
    } catch (err) {
      // One page an extractor chokes on scores as an empty record; the run goes on.
      lines[p.set]!.push(JSON.stringify({ source: `pages/${p.name}`, kind: 'error', text: '', error: String(err) }));
    }
  }
  const slug = ex.label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  results[ex.label] = {};
  for (const set of ['corpus', 'wild', 'both']) {
    const file = join(outDir, `${slug}-${set}.jsonl`);
    const recs = set === 'both' ? [...lines['corpus']!, ...lines['wild']!] : lines[set]!;
    writeFileSync(file, recs.join('\n') + '\n');
    const res = spawnSync(process.execPath, [join(shared, 'tools/score.mjs'), file, golds[set]!, '--json'], { encoding: 'utf8' });
    results[ex.label]![set] = JSON.parse(res.stdout) as Summary;
  }
}

if (args.includes('--json')) {
  console.log(JSON.stringify(results));
} else {
  for (const set of ['corpus', 'wild', 'both']) {
    console.log(`\n${set}:`);
    console.log('| extractor | kind | title | publishedAt | snippets found | leaks |');
    console.log('|---|---|---|---|---|---|');
    for (const ex of extractors) {
      const s = results[ex.label]![set]!;
      console.log(`| ${ex.label} | ${ex.kind ? pct(s.kindAccuracy) : '–'} | ${pct(s.titleAccuracy)} | ${pct(s.publishedAtAccuracy)} | ${pct(s.includes)} | ${s.leaks}/${s.excludes} |`);
    }
  }
}
