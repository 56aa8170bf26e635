/**
 * The name-variant threshold on data (issue #16): over every pair of distinct official names in a
 * store, Jaro–Winkler over the matching shadow, split by whether the pair passes the structural test
 * of src/knowledge/names.ts (same syllables, one drops marks of the other). Prints the passing pairs
 * with their score and how many other pairs score high (namesakes-to-be if JW alone decided).
 *
 *   npx tsx scripts/measure-name-variants.ts STORE.db
 */
import Database from 'better-sqlite3';
import { bareLetters, dropsMarks, markCount, nameKey, nameSimilarity, sameName } from '../src/knowledge/names.js';

const path = process.argv[2];
if (!path) throw new Error('usage: measure-name-variants.ts STORE.db');
const db = new Database(path, { readonly: true });
const names = [...new Set((db.prepare('SELECT name FROM officials').all() as { name: string }[]).map((r) => nameKey(r.name)).filter(Boolean))];
const structural = (a: string, b: string): boolean => {
  const x = a.split(' '); const y = b.split(' ');
  return x.length === y.length && x.every((s, i) => s === y[i] || dropsMarks(s, y[i]!) || dropsMarks(y[i]!, s));
};
const bins = [0.95, 0.9, 0.85, 0.8];
const high = new Map(bins.map((b) => [b, 0]));
const passing: string[] = [];
let pairs = 0;
for (let i = 0; i < names.length; i++) {
  for (let j = i + 1; j < names.length; j++) {
    pairs++;
    const a = names[i]!; const b = names[j]!;
    const s = nameSimilarity(a, b);
    if (structural(a, b)) { passing.push(`${s.toFixed(3)}  ${a} / ${b}`); continue; }
    for (const t of bins) if (s >= t) high.set(t, high.get(t)! + 1);
  }
}
console.log(`${names.length} distinct names, ${pairs} pairs`);
console.log(`pairs passing the structural test: ${passing.length}`);
for (const p of passing.sort().reverse()) console.log(`  ${p}`);
console.log(`pairs sameName accepts: ${names.flatMap((a, i) => names.slice(i + 1).filter((b) => sameName(a, b)).map((b) => `${a} / ${b}`)).join('; ') || 'none'}`);
// Each marked name against its own unmarked form: the scores a true "typed without diacritics" variant gets.
const own = names.filter((n) => markCount(n) > 0 && n.includes(' ')).map((n) => nameSimilarity(n, bareLetters(n))).sort((x, y) => x - y);
const q = (f: number): string => own[Math.min(own.length - 1, Math.floor(f * own.length))]!.toFixed(3);
console.log(`a name vs its unmarked form (${own.length} names): min ${own[0]!.toFixed(3)}, 1% ${q(0.01)}, 5% ${q(0.05)}, median ${q(0.5)}, max ${own.at(-1)!.toFixed(3)}`);
console.log(`other pairs by Jaro–Winkler: ${bins.map((t) => `≥${t}: ${high.get(t)}`).join(', ')}`);
