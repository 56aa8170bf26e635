/**
 * Precision review: print the mentions of a random sample of records, each with its sentence, for a
 * person to read and judge (issue #13). The sample is seeded, so two reviewers read the same lines.
 *
 *   npx baochi extract ../shared/corpus/news-text/articles.jsonl > /tmp/nt.jsonl
 *   npx tsx scripts/review-sample.ts /tmp/nt.jsonl --kind officials|figures|dates [--records 200] [--seed 1]
 *     [--mentions N]   (N mentions drawn from the sampled records instead of all of them)
 *
 * Output: one numbered block per mention: the source, the mention's fields, and the sentence with the
 * mention in [[ ]]. Nothing is judged here: the numbers are for the reviewer's notes.
 */
import { readFileSync } from 'node:fs';
import type { ArticleRecord, DateMention, Figure, Located, Official, OutputRecord } from '../src/record.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : dflt);
const path = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const kind = opt('--kind', 'figures') as 'officials' | 'figures' | 'dates';
const recordCount = Number(opt('--records', '200'));
const mentionCount = args.includes('--mentions') ? Number(opt('--mentions', '0')) : null;
let seed = Number(opt('--seed', '1')) >>> 0;
if (!path || !['officials', 'figures', 'dates'].includes(kind)) {
  console.error('usage: review-sample.ts RECORDS.jsonl --kind officials|figures|dates [--records 200] [--seed 1] [--mentions N]');
  process.exit(2);
}

/** mulberry32: a small seeded generator, so the sample is the same on every machine. */
function random(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function sample<T>(items: T[], n: number): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

function fieldText(r: ArticleRecord, m: Located): string {
  if (m.field === 'title') return r.title ?? '';
  if (m.field === 'lead') return r.lead ?? '';
  if (m.field === 'captions') return r.captions[m.index ?? 0] ?? '';
  return r.text;
}
/** The sentence around a span, the mention marked with [[ ]]. */
function inSentence(text: string, [start, end]: [number, number]): string {
  const stops = /[.!?…\n]/;
  let a = start;
  while (a > 0 && start - a < 300 && !(stops.test(text[a - 1]!) && /\s/.test(text[a] ?? ' '))) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !stops.test(text[b]!)) b++;
  return `${text.slice(a, start)}[[${text.slice(start, end)}]]${text.slice(end, Math.min(text.length, b + 1))}`.replace(/\s+/g, ' ').trim();
}

const describe = {
  officials: (o: Official): string => `${o.name} · ${o.positions.map((p) => `${p.former ? 'former ' : ''}${p.text} → ${p.title} | ${p.organizationFull ?? '∅'}`).join(' ; ') || 'no position'}`,
  figures: (f: Figure): string => [`${f.value} ${f.unit ?? '∅'}`, f.approx && `approx ${f.approx}`, f.range && `range ${f.range.from}–${f.range.to}`,
    `metric ${f.metric ?? '∅'}`, f.change && `change ${f.change.direction} ${f.change.reference ?? ''}`, `status ${f.status ?? '∅'}`, `period ${f.period ?? '∅'}`]
    .filter(Boolean).join(' · '),
  dates: (d: DateMention): string => `${d.value ?? 'null'} ${d.grain}${d.to ? ` → ${d.to}` : ''}${d.partOfDay ? ` ${d.partOfDay}` : ''}${d.inferred.length ? ` inferred ${d.inferred.join(',')}` : ''}`,
};

const records = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutputRecord)
  .filter((r): r is ArticleRecord => r.kind === 'article');
const chosen = sample(records, recordCount);
type Row = { source: string; what: string; sentence: string };
const rows: Row[] = [];
for (const r of chosen) {
  if (kind === 'officials') {
    for (const o of r.officials) {
      const m = o.mentions[0]!;
      rows.push({ source: r.source, what: describe.officials(o), sentence: inSentence(fieldText(r, m), m.span) });
    }
  } else {
    for (const m of r[kind] as (Figure | DateMention)[]) {
      const what = kind === 'figures' ? describe.figures(m as Figure) : describe.dates(m as DateMention);
      rows.push({ source: r.source, what, sentence: inSentence(fieldText(r, m), m.span) });
    }
  }
}
const shown = mentionCount === null ? rows : sample(rows, mentionCount);
process.stdout.on('error', () => process.exit(0)); // `| head` closes the pipe: not an error
const header = `# ${kind}: ${shown.length} mentions from ${chosen.length} of ${records.length} article records (seed ${opt('--seed', '1')})`;
process.stdout.write([header, ...shown.map((row, i) => `\n${i + 1}. ${row.source}\n   ${row.what}\n   ${row.sentence}`)].join('\n') + '\n');
