/**
 * `baochi series`: indicator series of a store (src/knowledge/series.ts): one row per metric, place,
 * period and status, with the value the sources agree on and a flag where they disagree.
 */
import { parseArgs } from 'node:util';
import { formatRows, OUTPUT_FORMATS, type ColumnSpec, type OutputFormat } from '../../knowledge/format.js';
import { series, type SeriesRow } from '../../knowledge/series.js';
import { openStore } from '../../knowledge/store.js';
import { EXIT, writeLine, type CliIO } from '../io.js';

export const SERIES_HELP = `Usage: baochi series [--metric M] [--province P] [--unit U] [--status S] [--store FILE] [--format table|jsonl|csv]

Indicator series across the articles of a store: one row per (metric, place, period, status) with
its value, unit, change, the sources that agree and a flag where another source gives another
value. Metric names are normalized (case, tone style, abbreviations such as "KNXK", synonyms from
corpus/lexicon/metrics.tsv); values are never added up across units or statuses; a syndicated copy
counts once. Without --metric, every series with at least two periods.

Options:
  --metric M        the indicator ("kim ngạch xuất khẩu", "KNXK", "GRDP")
  --province P      the place ("Bắc Ninh", "TP.HCM")
  --unit U          a canonical unit: VND, USD, %, t, ha, người…
  --status S        actual, estimate or target
  --store FILE      the store (default ./baochi.db)
  --format F        table (default), jsonl or csv
  -h, --help        this help

JSONL rows: {metric, place, period, value, unit, status, sources, disagree, change, others, sentence, source}
Exit status: 0 done, 1 the store could not be read, 2 usage errors.
`;

const changeText = (r: SeriesRow): string | null => (r.change ? `${r.change.direction}${r.change.reference ? ` vs ${r.change.reference}` : ''}` : null);

const COLUMNS: ColumnSpec<SeriesRow>[] = [
  { header: 'metric', cell: (r) => r.metric, width: 32 },
  { header: 'place', cell: (r) => r.place, width: 16 },
  { header: 'period', cell: (r) => r.period, width: 21 },
  { header: 'value', cell: (r) => r.value, align: 'right' },
  { header: 'unit', cell: (r) => r.unit, width: 16 },
  { header: 'status', cell: (r) => r.status },
  { header: 'change', cell: changeText, width: 24 },
  { header: 'sources', cell: (r) => r.sources, width: 30 },
  { header: 'disagree', cell: (r) => (r.disagree ? r.others.map((o) => `${o.value} (${o.sources.join(', ')})`) : '') , width: 30 },
  { header: 'sentence', cell: (r) => r.sentence, width: 60 },
];

const CSV_COLUMNS: ColumnSpec<SeriesRow>[] = [
  ...COLUMNS.slice(0, 6),
  { header: 'change_direction', cell: (r) => r.change?.direction ?? null },
  { header: 'change_reference', cell: (r) => r.change?.reference ?? null },
  { header: 'sources', cell: (r) => r.sources },
  { header: 'disagree', cell: (r) => r.disagree },
  { header: 'others', cell: (r) => r.others.map((o) => `${o.value} (${o.sources.join(', ')})`) },
  { header: 'sentence', cell: (r) => r.sentence },
  { header: 'source', cell: (r) => r.source },
];

/** The JSONL shape of issue #16, then the change, the other values and where the value was read. */
export function seriesJson(r: SeriesRow): Record<string, unknown> {
  return {
    metric: r.metric, place: r.place, period: r.period, value: r.value, unit: r.unit, status: r.status, sources: r.sources,
    disagree: r.disagree, change: r.change, others: r.others, sentence: r.sentence, source: r.source,
  };
}

export async function runSeries(argv: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        metric: { type: 'string' }, province: { type: 'string' }, unit: { type: 'string' }, status: { type: 'string' },
        store: { type: 'string', default: 'baochi.db' }, format: { type: 'string', default: 'table' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    io.stderr.write(`baochi series: ${err instanceof Error ? err.message : String(err)}\n\n${SERIES_HELP}`);
    return EXIT.usage;
  }
  if (values.help) { io.stdout.write(SERIES_HELP); return EXIT.ok; }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    io.stderr.write(`baochi series: --format must be table, jsonl or csv, not "${values.format}"\n`);
    return EXIT.usage;
  }
  if (values.status && !['actual', 'estimate', 'target'].includes(values.status)) {
    io.stderr.write(`baochi series: --status must be actual, estimate or target, not "${values.status}"\n`);
    return EXIT.usage;
  }
  let store;
  try {
    store = await openStore(values.store);
  } catch (err) {
    io.stderr.write(`baochi series: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
  try {
    const rows = series(store, { metric: values.metric, province: values.province, unit: values.unit, status: values.status });
    for (const line of formatRows(rows, format === 'csv' ? CSV_COLUMNS : COLUMNS, format, seriesJson)) await writeLine(io.stdout, line);
    if (format === 'table') io.stderr.write(`baochi series: ${rows.length} rows (${store.duplicates.size} syndicated copies counted once)\n`);
  } finally {
    store.close();
  }
  return EXIT.ok;
}
