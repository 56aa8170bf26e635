/**
 * `baochi report`: one self-contained HTML page from a store (src/knowledge/report.ts): the officials
 * table (searchable), a timeline per person, a chart per indicator series.
 */
import { parseArgs } from 'node:util';
import { writeReport } from '../../knowledge/report.js';
import { openStore } from '../../knowledge/store.js';
import { EXIT, type CliIO } from '../io.js';

export const REPORT_HELP = `Usage: baochi report [--store FILE] [--out FILE]

Writes one self-contained HTML page from a store (the SQLite store of \`baochi run --format sqlite\`
or \`baochi demo\`, or a JSONL file of records): the officials table with a search box, a timeline
per person, and a chart per indicator series with at least two periods. The charting library
(Chart.js) and the data are inside the page: it opens without a network.

Options:
  --store FILE      the store (default ./baochi.db)
  -o, --out FILE    the page (default ./report.html)
  -h, --help        this help

Exit status: 0 done, 1 the store could not be read or the page not written, 2 usage errors.
`;

export async function runReport(argv: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        store: { type: 'string', default: 'baochi.db' }, out: { type: 'string', short: 'o', default: 'report.html' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    io.stderr.write(`baochi report: ${err instanceof Error ? err.message : String(err)}\n\n${REPORT_HELP}`);
    return EXIT.usage;
  }
  if (values.help) { io.stdout.write(REPORT_HELP); return EXIT.ok; }
  let store;
  try {
    store = await openStore(values.store);
  } catch (err) {
    io.stderr.write(`baochi report: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
  try {
    const s = writeReport(store, values.out);
    io.stdout.write(`baochi report: ${s.persons} persons (${s.rows} rows), ${s.series} series, ${s.articles} articles (${s.copies} copies counted once) → ${values.out}\n`);
  } catch (err) {
    io.stderr.write(`baochi report: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  } finally {
    store.close();
  }
  return EXIT.ok;
}
