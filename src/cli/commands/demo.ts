/**
 * `baochi demo` (npm start): `run corpus/samples --out baochi.db --format sqlite` with the sample
 * pages of the package, whatever the working directory, then a summary table. Re-running replaces
 * the store.
 */
import Database from 'better-sqlite3';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { removeLedger, ledgerPathFor } from '../../batch/ledger.js';
import { formatSummaryTable } from '../../batch/summary.js';
import { writeReport } from '../../knowledge/report.js';
import { openStore } from '../../knowledge/store.js';
import { EXIT, type CliIO } from '../io.js';
import { positiveIntOption } from '../option-values.js';
import { runWithProgress } from './run.js';

export const DEMO_HELP = `Usage: baochi demo [--out FILE] [--workers N]

Processes the sample pages shipped in corpus/samples/ with the batch engine into an SQLite store
(default ./baochi.db, replaced on each run; tables articles, errors, officials, positions,
figures, dates; with --segment, so articles.segmented_* hold the word-segmented fields), prints
a summary table and one segmented example, then writes the report of the store (report.html
beside it: officials, timelines, series charts). Try afterwards:

  sqlite3 baochi.db "SELECT name, title, organization FROM officials JOIN positions USING (article_id, official_index)"
  sqlite3 baochi.db "SELECT metric, value, unit FROM figures WHERE unit = 'VND' ORDER BY value DESC LIMIT 5"
  baochi officials
  baochi series

Options:
  -o, --out FILE     the SQLite store (default ./baochi.db)
  -w, --workers N    worker threads (default: the number of cores)
  -h, --help         this help

Exit status: 0 done, 1 the store could not be written, 2 usage errors.
`;

/**
 * corpus/samples of the package: src/cli/commands → ../../../ (and dist/cli/commands likewise),
 * relative to the working directory when it lies below it, so that record sources read
 * "corpus/samples/…" after `npm start`.
 */
export function samplesDir(): string {
  const absolute = fileURLToPath(new URL('../../../corpus/samples/', import.meta.url));
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

/** One article's word-segmented title and opening from the store (the demo runs with --segment). */
function segmentedExample(store: string): string {
  try {
    const db = new Database(store, { readonly: true });
    const row = db.prepare("SELECT source, segmented_title AS title, segmented_text AS text FROM articles WHERE kind = 'article' AND segmented_text <> '' ORDER BY source LIMIT 1").get() as { source: string; title: string | null; text: string } | undefined;
    db.close();
    if (!row) return '';
    const opening = row.text.length > 160 ? `${row.text.slice(0, 160)}…` : row.text;
    return `\nsegmented (articles.segmented_title / segmented_text, words joined by "_"), ${row.source}:\n  ${row.title ?? ''}\n  ${opening}\n`;
  } catch {
    return ''; // an example only: the run itself has already succeeded
  }
}

/** The report of the demo store, beside it (report.html next to baochi.db). */
async function writeDemoReport(out: string, io: CliIO): Promise<number> {
  const reportPath = join(dirname(out), 'report.html');
  try {
    const store = await openStore(out);
    try {
      const s = writeReport(store, reportPath);
      io.stdout.write(`baochi demo: report (${s.persons} persons, ${s.series} series) → ${reportPath}\n`);
    } finally {
      store.close();
    }
  } catch (err) {
    io.stderr.write(`baochi demo: report not written: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

export async function runDemo(argv: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', short: 'o' },
        workers: { type: 'string', short: 'w' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    io.stderr.write(`baochi demo: ${err instanceof Error ? err.message : String(err)}\n\n${DEMO_HELP}`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout.write(DEMO_HELP);
    return EXIT.ok;
  }
  const workersOpt = positiveIntOption('workers', values.workers);
  if ('usage' in workersOpt) {
    io.stderr.write(`baochi demo: ${workersOpt.usage}\n`);
    return EXIT.usage;
  }
  const workers = workersOpt.value;
  const out = values.out ?? 'baochi.db';
  removeLedger(ledgerPathFor(out));
  const result = await runWithProgress(
    { inputs: [samplesDir()], out, format: 'sqlite', extract: { segment: true }, ...(workers ? { workers } : {}) }, io, false, 'demo',
  );
  if (typeof result === 'number') return result;
  // The demo store needs no resume: its ledger goes, the store stays.
  removeLedger(ledgerPathFor(out));
  io.stdout.write(`baochi demo: ${samplesDir()} → ${out}\n${formatSummaryTable(result)}\n`);
  io.stdout.write(segmentedExample(out));
  return writeDemoReport(out, io);
}
