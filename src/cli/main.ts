/**
 * `baochi` — the command line. Each command lives in src/cli/commands/ and is loaded lazily so that
 * `baochi extract` never pays for the batch engine or the segmenter.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT, processIO, type CliIO } from './io.js';

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: { summary: 'pages → records (JSONL), one per input, in input order', load: async () => (await import('./commands/extract.js')).runExtract },
  run: { summary: 'the batch engine: archives → JSONL, CSV, SQLite or Parquet, all cores, resumable', load: async () => (await import('./commands/run.js')).runRun },
  segment: { summary: 'Vietnamese word segmentation (words joined by "_")', load: async () => (await import('./commands/segment.js')).runSegment },
  officials: { summary: 'who held which office when, across the articles of a store', load: async () => (await import('./commands/officials.js')).runOfficials },
  series: { summary: 'indicator series across the articles of a store', load: async () => (await import('./commands/series.js')).runSeries },
  report: { summary: 'one self-contained HTML page: officials, timelines, series charts', load: async () => (await import('./commands/report.js')).runReport },
  enqueue: { summary: 'inputs → one Redis (BullMQ) job per document, for `baochi worker`', load: async () => (await import('./commands/queue.js')).runEnqueue },
  worker: { summary: 'queue jobs → records in PostgreSQL; any number, on any number of machines', load: async () => (await import('./commands/queue.js')).runWorker },
  queue: { summary: 'queue status (waiting, active, done, failed, docs/s over the last minute) | queue retry', load: async () => (await import('./commands/queue.js')).runQueue },
  demo: { summary: 'process corpus/samples into ./baochi.db and print a summary (npm start)', load: async () => (await import('./commands/demo.js')).runDemo },
};

function version(): string {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };
  return pkg.version;
}

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'baochi — Vietnamese news pages to structured records (officials, figures, dates)',
    '',
    'Usage: baochi <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `baochi <command> --help` for the options of one command.',
    '',
    'Examples:',
    '  baochi extract page.html',
    '  baochi extract --out records.jsonl pages/ dump.jsonl.gz',
    '  baochi run archive.warc.gz --out store.db --format sqlite',
    '  echo "Sáng 20/5, Bộ Y tế tổ chức hội nghị." | baochi segment',
    '  baochi officials --store store.db --province "Bắc Ninh"',
    '  baochi series --store store.db --metric "kim ngạch xuất khẩu" --format csv',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage() + '\n');
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(version() + '\n');
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`baochi: unknown command "${name}"\n\n${usage()}\n`);
    return EXIT.usage;
  }
  return (await command.load())(rest, io);
}
