/**
 * What compromise does by itself on the English gold (issue #14: "measure it and write what it lacks"):
 * compromise-dates' .dates(), core .numbers()/.money() values, and .people() names, each against
 * ../shared/corpus/english/gold body mentions. The English path keeps compromise as tokenizer and
 * tagger and does these three jobs itself (src/extract/english/README.md).
 *
 *   npx tsx scripts/measure-compromise.ts
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

nlp.plugin(datesPlugin);
const dir = resolve(import.meta.dirname, '../../shared/corpus/english/gold');
if (!existsSync(dir)) {
  console.log(`no gold at ${dir}: nothing to measure`);
  process.exit(0);
}
const strip = (s: string): string => s.replace(/^(?:in|on|the|from|since|by|at|of|up|about|nearly|some|around)\s+/i, '').replace(/[.,;)]+$/, '').replace(/^\(/, '');
let gd = 0, dSpan = 0, dRight = 0, dProposed = 0, dEmpty = 0;
let gf = 0, fSpan = 0, fRight = 0;
let go = 0, oFound = 0;
// compromise's untyped json() at this depth: text plus the plugin's fields.
type Json = { text: string; dates?: { start?: string | null; end?: string | null }; number?: { num?: number } };
for (const f of readdirSync(dir).sort()) {
  const g = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const text: string = g.paragraphs.join('\n\n');
  const doc = nlp(text);
  // The dates plugin adds .dates() to a View; its types are not in compromise's own.
  const ds = (doc as unknown as { dates(o: object): { json(): Json[] } }).dates({ today: g.publishedAt.slice(0, 10) }).json();
  dProposed += ds.length;
  dEmpty += ds.filter((d) => !d.dates?.start).length;
  for (const x of g.dates.filter((d: { field: string }) => d.field === 'text')) {
    gd++;
    const hit = ds.find((d) => d.text.includes(x.text) || x.text.includes(strip(d.text)));
    if (!hit) continue;
    dSpan++;
    const exact = !['quarter', 'half', 'week'].includes(x.grain);
    if (exact && (hit.dates?.start ?? '').startsWith(x.value) && (!x.to || (hit.dates?.end ?? '').startsWith(x.to))) dRight++;
  }
  const nums = [...doc.numbers().json(), ...doc.money().json()] as Json[];
  for (const x of g.figures.filter((d: { field: string }) => d.field === 'text')) {
    gf++;
    const hits = nums.filter((n) => n.text.includes(x.text.split(' ')[0]!.replace(/^(?:VND|US\$|\$)/, '')));
    if (!hits.length) continue;
    fSpan++;
    if (hits.some((n) => n.number?.num === x.value)) fRight++;
  }
  const people = (doc.people().json() as Json[]).map((p) => strip(p.text));
  for (const o of g.officials) {
    go++;
    if (people.some((p) => p === o.name)) oFound++;
  }
}
console.log(`dates   (compromise-dates .dates()): gold ${gd}, span found ${dSpan}, value right ${dRight} (quarters/halves/weeks not counted as right); proposed ${dProposed}, ${dEmpty} of them without a date`);
console.log(`figures (compromise .numbers()/.money()): gold ${gf}, number found ${fSpan}, value = gold value ${fRight}`);
console.log(`people  (compromise .people()): gold officials ${go}, full name found ${oFound}`);
const s = 'The province collected VND2.3 trillion ($100 million) in the first 11 months.';
console.log(`example: ${JSON.stringify(s)} → numbers ${JSON.stringify((doc0(s).numbers().json() as Json[]).map((j) => [j.text, j.number?.num]))}`);
function doc0(x: string) { return nlp(x); }
