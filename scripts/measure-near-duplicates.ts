/**
 * Near-duplicate detection measured on a JSONL of texts (issue #16): MinHash+LSH pairs against the
 * exact all-pairs Jaccard of the same shingle sets (an inverted index), with times, the distribution
 * of scores, and a seeded sample of pairs to read.
 *
 *   npx tsx scripts/measure-near-duplicates.ts ../shared/corpus/news-text/articles.jsonl [--sample 20] [--seed 1]
 *     [--jaccard 0.5] [--containment 0.8]
 *
 * Nothing from the input is written anywhere: the sample is printed for a person to judge.
 */
import { readFileSync } from 'node:fs';
import { findNearDuplicates, isCopy, scorePair, shingles, templateFree, type PairScore } from '../src/knowledge/near-duplicates.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const path = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!path) throw new Error('usage: measure-near-duplicates.ts FILE.jsonl');
const jaccard = Number(opt('--jaccard', '0.5'));
const containment = Number(opt('--containment', '0.8'));
const maxDf = Number(opt('--max-df', '8'));
const sampleSize = Number(opt('--sample', '20'));
let seed = Number(opt('--seed', '1'));
const random = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };

interface Line { id: string; text: string; url?: string }
const docs = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l, n) => {
  const o = JSON.parse(l) as Line;
  return { id: o.id ?? String(n), text: o.text, url: o.url, site: o.url ? new URL(o.url).hostname.replace(/^www\./, '') : null };
});
const byId = new Map(docs.map((d) => [d.id, d]));

let t0 = performance.now();
const pairs = findNearDuplicates(docs, { jaccard, containment, maxDocumentFrequency: maxDf });
const lshMs = performance.now() - t0;

// Exact: every pair sharing a shingle, by an inverted index (the ground truth LSH approximates).
t0 = performance.now();
const whole = docs.map((d) => shingles(d.text));
const sets = templateFree(whole, maxDf, docs.map((d) => d.site));
const postings = new Map<number, number[]>();
whole.forEach((s, n) => { if (s.length >= 40) for (const x of s) { const p = postings.get(x); if (p) p.push(n); else postings.set(x, [n]); } });
const exact: { i: number; j: number; s: PairScore }[] = [];
const bins = new Array(11).fill(0) as number[];
const options = { jaccard, containment, maxDocumentFrequency: maxDf };
for (let i = 0; i < docs.length; i++) {
  if (whole[i]!.length < 40) continue;
  const counts = new Map<number, number>();
  for (const x of whole[i]!) for (const j of postings.get(x)!) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
  for (const [j, common] of counts) {
    if (common < 5) continue;
    const s = scorePair(whole[i]!, whole[j]!, sets[i]!, sets[j]!);
    bins[Math.min(10, Math.floor(s.jaccard * 10))]!++;
    if (isCopy(s, options) || (args.includes('--grey') && (s.jaccard >= 0.2 || s.containment >= 0.5 || s.whole >= 0.5))) exact.push({ i, j, s });
  }
}
const exactMs = performance.now() - t0;
const found = new Set(pairs.flatMap((p) => [`${p.a}|${p.b}`, `${p.b}|${p.a}`]));
const accepted = exact.filter((e) => isCopy(e.s, options));
const missed = accepted.filter((e) => !found.has(`${docs[e.i]!.id}|${docs[e.j]!.id}`));

console.log(`documents: ${docs.length}`);
console.log(`minhash+lsh: ${pairs.length} pairs in ${lshMs.toFixed(0)} ms`);
console.log(`exact all-pairs: ${accepted.length} pairs in ${exactMs.toFixed(0)} ms; missed by lsh: ${missed.length}`);
console.log(`pairs sharing ≥5 shingles by template-free jaccard decile: ${bins.map((n, k) => `${k / 10}:${n}`).join(' ')}`);
const near = accepted.filter((e) => e.s.jaccard < jaccard).length;
console.log(`accepted by whole-text jaccard ≥ 0.8: ${accepted.filter((e) => e.s.whole >= 0.8).length}`);
console.log(`accepted by containment only: ${near}`);
if (args.includes('--grey')) {
  // the pairs around the thresholds, to choose them: a read of the grey zone
  for (const e of exact.sort((x, y) => x.s.jaccard - y.s.jaccard)) {
    const a = docs[e.i]!; const b = docs[e.j]!;
    console.log(`grey ${isCopy(e.s, options) ? 'COPY' : 'no'} W=${e.s.whole.toFixed(2)} J=${e.s.jaccard.toFixed(2)} C=${e.s.containment.toFixed(2)} n=${e.s.sizes.join('/')} ${a.url ?? a.id} ${b.url ?? b.id}\n   A: ${a.text.slice(0, 90).replace(/\n+/g, ' | ')}\n   B: ${b.text.slice(0, 90).replace(/\n+/g, ' | ')}`);
  }
}
console.log(`\nsample of ${sampleSize} accepted pairs (seed ${opt('--seed', '1')}):`);
const pool = [...pairs];
for (let k = 0; k < sampleSize && pool.length; k++) {
  const p = pool.splice(Math.floor(random() * pool.length), 1)[0]!;
  const a = byId.get(p.a)!; const b = byId.get(p.b)!;
  console.log(`${k + 1}. W=${p.whole.toFixed(2)} J=${p.jaccard.toFixed(2)} C=${p.containment.toFixed(2)}${p.contained ? ' (contained)' : ''} ${p.a} ${a.url ?? ''}\n   ${p.b} ${b.url ?? ''}`);
  console.log(`   A: ${a.text.slice(0, 110).replace(/\n+/g, ' | ')}\n   B: ${b.text.slice(0, 110).replace(/\n+/g, ' | ')}`);
}
