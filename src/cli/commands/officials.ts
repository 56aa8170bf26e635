/**
 * `baochi officials`: the officials registry of a store (src/knowledge/officials-registry.ts): one row
 * per person and position, with first/last dates seen, article count and sites; careers below the table.
 */
import { parseArgs } from 'node:util';
import { formatRows, OUTPUT_FORMATS, type ColumnSpec, type OutputFormat } from '../../knowledge/format.js';
import { findPersons, type OfficialRow } from '../../knowledge/officials-registry.js';
import { openStore } from '../../knowledge/store.js';
import { EXIT, writeLine, type CliIO } from '../io.js';

export const OFFICIALS_HELP = `Usage: baochi officials [--name S] [--org S] [--province P] [--store FILE] [--format table|jsonl|csv]

Who held which office when, across the articles of a store (the SQLite store of \`baochi run --format
sqlite\` or \`baochi demo\`, or a JSONL file of records): one row per person and position with the
first and last publication date it was seen on, the number of articles and the sites. A syndicated
copy of a story counts once. Names written in either tone style or without some diacritics are one
name; namesakes in other provinces or offices stay apart unless an article links them.

Options:
  --name S          part of the name (any tone style, with or without diacritics)
  --org S           part of the organization ("UBND tỉnh Bắc Ninh", "Bộ Tài chính")
  --province P      a province ("Bắc Ninh", "TP.HCM")
  --store FILE      the store (default ./baochi.db)
  --format F        table (default), jsonl or csv
  -h, --help        this help

JSONL rows: {name, title, organizationFull, province, former, firstSeen, lastSeen, articles, sources, person}
Exit status: 0 done, 1 the store could not be read, 2 usage errors.
`;

const COLUMNS: ColumnSpec<OfficialRow>[] = [
  { header: 'name', cell: (r) => r.name, width: 28 },
  { header: 'title', cell: (r) => (r.former ? `nguyên ${r.title}` : r.title), width: 28 },
  { header: 'organizationFull', cell: (r) => r.organizationFull, width: 44 },
  { header: 'province', cell: (r) => r.province, width: 16 },
  { header: 'firstSeen', cell: (r) => r.firstSeen },
  { header: 'lastSeen', cell: (r) => r.lastSeen },
  { header: 'articles', cell: (r) => r.articles, align: 'right' },
  { header: 'sources', cell: (r) => r.sources, width: 36 },
];

const CSV_COLUMNS: ColumnSpec<OfficialRow>[] = [
  { header: 'person', cell: (r) => r.person },
  { header: 'name', cell: (r) => r.name },
  { header: 'title', cell: (r) => r.title },
  { header: 'organizationFull', cell: (r) => r.organizationFull },
  { header: 'province', cell: (r) => r.province },
  { header: 'former', cell: (r) => r.former },
  { header: 'firstSeen', cell: (r) => r.firstSeen },
  { header: 'lastSeen', cell: (r) => r.lastSeen },
  { header: 'articles', cell: (r) => r.articles },
  { header: 'sources', cell: (r) => r.sources },
];

/** The JSONL shape of issue #16, then the person number. */
export function officialJson(r: OfficialRow): Record<string, unknown> {
  return {
    name: r.name, title: r.title, organizationFull: r.organizationFull, province: r.province, former: r.former,
    firstSeen: r.firstSeen, lastSeen: r.lastSeen, articles: r.articles, sources: r.sources, person: r.person,
  };
}

export async function runOfficials(argv: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        name: { type: 'string' }, org: { type: 'string' }, province: { type: 'string' },
        store: { type: 'string', default: 'baochi.db' }, format: { type: 'string', default: 'table' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    io.stderr.write(`baochi officials: ${err instanceof Error ? err.message : String(err)}\n\n${OFFICIALS_HELP}`);
    return EXIT.usage;
  }
  if (values.help) { io.stdout.write(OFFICIALS_HELP); return EXIT.ok; }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    io.stderr.write(`baochi officials: --format must be table, jsonl or csv, not "${values.format}"\n`);
    return EXIT.usage;
  }
  let store;
  try {
    store = await openStore(values.store);
  } catch (err) {
    io.stderr.write(`baochi officials: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
  try {
    const persons = findPersons(store, { name: values.name, org: values.org, province: values.province });
    const rows = persons.flatMap((p) => p.rows);
    for (const line of formatRows(rows, format === 'csv' ? CSV_COLUMNS : COLUMNS, format, officialJson)) await writeLine(io.stdout, line);
    if (format === 'table') {
      const careers = persons.filter((p) => p.rows.filter((r) => !r.former).length >= 2);
      if (careers.length && (values.name || careers.length <= 20)) {
        await writeLine(io.stdout, '');
        for (const p of careers) await writeLine(io.stdout, `${p.name}: ${p.career}`);
      }
      io.stderr.write(`baochi officials: ${persons.length} persons, ${rows.length} rows (${store.duplicates.size} syndicated copies counted once)\n`);
    }
  } finally {
    store.close();
  }
  return EXIT.ok;
}
