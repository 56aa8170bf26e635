/**
 * Dates side by side: baochi's findDates and chrono-node's `vi` locale (casual) on the shared gold
 * (title, lead and body of each gold article, read from ../shared; matching on value, grain and `to`
 * like tools/score.mjs) and on Duckling's 160 distinct VI Time cases (one mention covering the input).
 *   npx tsx scripts/eval-dates.ts
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import type { DateMention, Grain } from '../src/record.js';
import { deriveContextYear, findDates } from '../src/extract/dates.js';
import { formatDay, pad, parseWallClock } from '../src/extract/dates/calendar.js';
import { type DucklingExpected, toExpected } from '../src/extract/dates/duckling-expected.js';

type Finder = (text: string, reference: string | null, contextYear?: number | null) => Pick<DateMention, 'value' | 'grain' | 'to' | 'span'>[];

const shared = resolve(import.meta.dirname, '../../shared');
if (!existsSync(join(shared, 'corpus/gold'))) {
  console.log('no ../shared corpus: nothing to compare');
  process.exit(0);
}

/** chrono works on Date objects: the reference wall clock is given as UTC and read back as UTC. */
const chronoFinder: Finder = (text, reference) => {
  const w = parseWallClock(reference) ?? { year: 2026, month: 1, day: 1, hour: 0, minute: 0 };
  const ref = { instant: new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute)), timezone: 0 };
  return chrono.vi.casual.parse(text, ref).map((r) => {
    const format = (c: chrono.ParsedComponents): { value: string; grain: Grain } => {
      const d = c.date();
      const day = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      if (c.isCertain('minute') && c.get('minute')) return { value: `${formatDay(day)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`, grain: 'minute' };
      if (c.isCertain('hour')) return { value: `${formatDay(day)}T${pad(d.getUTCHours())}:00`, grain: 'hour' };
      if (c.isCertain('day') || c.isCertain('weekday')) return { value: formatDay(day), grain: 'day' };
      if (c.isCertain('month')) return { value: `${day.year}-${pad(day.month)}`, grain: 'month' };
      return { value: String(day.year), grain: 'year' };
    };
    const start = format(r.start);
    return { ...start, to: r.end ? format(r.end).value : null, span: [r.index, r.index + r.text.length] as [number, number] };
  });
};

const baochiFinder: Finder = (text, reference, contextYear) => findDates(text, { reference, contextYear });

interface GoldDate { value: string | null; grain: string; to?: string | null; field: string }

function scoreGold(find: Finder): { p: number; r: number; f1: number; ms: number } {
  let tp = 0, np = 0, ng = 0, ms = 0;
  const dir = join(shared, 'corpus/gold');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (gold.kind !== 'article') continue;
    const text = (gold.paragraphs ?? []).join('\n\n');
    const fields = [gold.title, gold.lead, text].filter(Boolean) as string[];
    const t0 = performance.now();
    // As the analyse stage: without publishedAt, the year of the title and opening (see context-year.ts).
    const contextYear = gold.publishedAt ? null : deriveContextYear({ title: gold.title, lead: gold.lead, text });
    const pred = fields.flatMap((s) => find(s, gold.publishedAt, contextYear));
    ms += performance.now() - t0;
    const used = new Array<boolean>(gold.dates.length).fill(false);
    for (const p of pred) {
      const i = (gold.dates as GoldDate[]).findIndex((g, j) => !used[j] && g.value === p.value && g.grain === p.grain && (g.to ?? null) === (p.to ?? null));
      if (i >= 0) { used[i] = true; tp++; }
    }
    np += pred.length;
    ng += gold.dates.length;
  }
  const p = np ? tp / np : 0, r = ng ? tp / ng : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, ms };
}

function scoreDuckling(find: Finder): number {
  const corpus = JSON.parse(readFileSync(join(shared, 'peer/duckling-vi.json'), 'utf8'));
  const cases = corpus.cases.filter((c: { dimension: string; duplicate_of_earlier: boolean }) => c.dimension === 'Time' && !c.duplicate_of_earlier);
  let ok = 0;
  for (const c of cases as { input: string; expected: DucklingExpected }[]) {
    const want = toExpected(c.expected);
    const got = find(c.input, '2017-02-02T03:55:00-02:00');
    if (got.length === 1 && got[0]!.span[0] === 0 && got[0]!.span[1] === c.input.length
      && got[0]!.value === want.value && got[0]!.grain === want.grain && (got[0]!.to ?? null) === want.to) ok++;
  }
  return ok;
}

// Warm up: lexicons and compiled patterns load on first use, not per page.
baochiFinder('ngày 1/3/2026', null);
chronoFinder('ngày 1/3/2026', null);

for (const [name, find] of [['baochi findDates', baochiFinder], ['chrono-node vi', chronoFinder]] as const) {
  // Third pass timed: V8 compiles a regex to native code only after it has run a while.
  scoreGold(find);
  scoreGold(find);
  const g = scoreGold(find);
  console.log(`${name.padEnd(17)} gold dates P ${g.p.toFixed(3)} R ${g.r.toFixed(3)} F1 ${g.f1.toFixed(3)} (${g.ms.toFixed(0)} ms, third pass) · Duckling VI Time ${scoreDuckling(find)}/160`);
}
