/**
 * `baochi run INPUT... --out PATH --format jsonl|csv|sqlite|parquet [--workers N] [--resume]`:
 * the batch engine (src/batch/run-batch.ts) with progress on stderr and a summary at the end.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { progressReporter } from '../../batch/progress.js';
import { DEFAULT_TIME_LIMIT_MS, ResumeMismatchError, runBatch, type BatchOptions } from '../../batch/run-batch.js';
import { formatSummaryLines, type RunSummary } from '../../batch/summary.js';
import { DEFAULT_MAX_BYTES } from '../../pipeline/extract.js';
import { SINK_KINDS, type SinkKind } from '../../sinks/index.js';
import { isoOption, positiveIntOption } from '../option-values.js';
import { EXIT, type CliIO } from '../io.js';

export const RUN_HELP = `Usage: baochi run [options] INPUT... --out PATH

Turns every document of the inputs into one record (SCHEMA.md) with a pool of worker threads,
and writes them to a store. Inputs are streamed, never listed whole into memory.

INPUT is a file, a directory (recursive: .html .htm .txt .jsonl .warc and the same with .gz), a
glob (quoted), or - for stdin. WARC / .warc.gz: only HTTP response records with an HTML payload
become documents (source warc:FILE#OFFSET, url from WARC-Target-URI); other records are counted
and skipped. Damage (a corrupt or truncated gzip member, bytes that are not gzip, a record cut
short) yields one error record (stage ingest) where it starts; a .warc.gz is read on from its next
good member, and the run goes on. The reading thread only cuts a WARC into members or records:
inflating, parsing, hashing and extraction run on the workers.

Options:
  -o, --out PATH          where records go (required): a file for jsonl and sqlite, a folder for
                          csv (articles.csv errors.csv officials.csv positions.csv figures.csv
                          dates.csv, RFC 4180, joined on article_id = articles.id) and parquet
                          (one sub-folder of part files per table), or a PostgreSQL URL
                          postgres://USER@HOST/DB (the store \`baochi worker\` fills: same tables
                          as sqlite, COPY in batches; rows are replaced per input, never dropped;
                          ledger baochi-HOST-DB.ledger.db in the working directory)
  -f, --format FORMAT     jsonl | csv | sqlite | parquet | postgres (default: from --out:
                          .jsonl → jsonl, .db/.sqlite → sqlite, postgres:// → postgres, else jsonl)
  -w, --workers N         worker threads (default: the number of cores, here ${cpus().length})
      --resume            continue an interrupted run: skip the inputs the ledger lists as done,
                          cut the output back to the last checkpoint (a torn line goes), append
      --ledger FILE       the ledger (default OUT.ledger.db): SQLite, keyed by source and sha256
      --unordered         write records as they finish (faster) instead of in input order
                          (the records of one WARC file still come out in file order)
      --time-limit MS     per-document time limit (default ${DEFAULT_TIME_LIMIT_MS}); a document over it
                          becomes an error record (stage limit) and its worker is replaced
      --max-bytes N       per-document size limit (default ${DEFAULT_MAX_BYTES} = 20 MiB); larger → error
                          record (stage limit)
      --part-records N    parquet: records per part file (default 5000); a part is the unit of
                          durability, so a killed run redoes at most this many records
      --published-at ISO  publication time for pages that state none
      --no-site-hints     use the generic content scorer only
      --segment           add the word-segmented title, lead and text ("segmented"; csv,
                          sqlite, parquet: articles.segmented_title/_lead/_text)
      --json              print the summary as JSON on stdout
  -q, --quiet             no progress, no summary
  -h, --help              this help

Every input yields exactly one record. Identical bytes met again under another source (in this
run or, with --resume, an earlier one) are extracted once: the later inputs become error records
{"kind":"error","stage":"duplicate","error":"same bytes as FIRST-SOURCE"} (CSV/SQLite/Parquet:
a row of the errors table). Records come out in input order unless --unordered.

Progress: on a terminal, a bar on stderr (docs/s, MB/s, errors, ETA); otherwise a line every 5 s.
At the end a summary: documents, articles, listings, duplicates, errors by stage, officials,
figures, dates, seconds, docs/s.

Exit status: 0 when the run completed (every input has a record; error records count), 1 when it
could not (the output or ledger cannot be written, a worker cannot start), 2 for usage errors
(bad option, no input, --resume with a different --format than the ledger's run).

Examples:
  baochi run archive.warc.gz --out store.db --format sqlite
  baochi run 'crawl/**/*.html.gz' --out records.jsonl --workers 8 --resume
  baochi run dump.jsonl --out tables/ --format csv
`;

function formatFromOut(out: string): SinkKind {
  if (/^postgres(ql)?:\/\//i.test(out)) return 'postgres';
  if (/\.(db|sqlite3?)$/i.test(out)) return 'sqlite';
  if (/\.parquet\/?$/i.test(out)) return 'parquet';
  return 'jsonl';
}


/** Parsed options, or a usage message. */
export function parseRunArgs(argv: string[]): { options: BatchOptions; json: boolean; quiet: boolean } | { usage: string } | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        workers: { type: 'string', short: 'w' },
        resume: { type: 'boolean' },
        ledger: { type: 'string' },
        unordered: { type: 'boolean' },
        'time-limit': { type: 'string' },
        'max-bytes': { type: 'string' },
        'part-records': { type: 'string' },
        'published-at': { type: 'string' },
        'no-site-hints': { type: 'boolean' },
        segment: { type: 'boolean' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return { usage: err instanceof Error ? err.message : String(err) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length === 0) return { usage: 'no INPUT given' };
  if (!values.out) return { usage: '--out PATH is required' };
  const format = (values.format ?? formatFromOut(values.out)) as SinkKind;
  if (!SINK_KINDS.includes(format)) return { usage: `--format wants one of ${SINK_KINDS.join(', ')}, got "${values.format}"` };
  const workersOpt = positiveIntOption('workers', values.workers);
  if ('usage' in workersOpt) return workersOpt;
  const timeLimitOpt = positiveIntOption('time-limit', values['time-limit']);
  if ('usage' in timeLimitOpt) return timeLimitOpt;
  const maxBytesOpt = positiveIntOption('max-bytes', values['max-bytes']);
  if ('usage' in maxBytesOpt) return maxBytesOpt;
  const partRecordsOpt = positiveIntOption('part-records', values['part-records']);
  if ('usage' in partRecordsOpt) return partRecordsOpt;
  const publishedAtOpt = isoOption('published-at', values['published-at']);
  if ('usage' in publishedAtOpt) return publishedAtOpt;
  const [workers, timeLimit, maxBytes, publishedAt] = [workersOpt.value, timeLimitOpt.value, maxBytesOpt.value, publishedAtOpt.value];
  return {
    json: values.json ?? false,
    quiet: values.quiet ?? false,
    options: {
      inputs: positionals,
      out: values.out,
      format,
      ...(workers ? { workers } : {}),
      resume: values.resume ?? false,
      unordered: values.unordered ?? false,
      ...(values.ledger ? { ledgerPath: values.ledger } : {}),
      ...(timeLimit ? { timeLimitMs: timeLimit } : {}),
      ...(maxBytes ? { maxBytes } : {}),
      ...(partRecordsOpt.value ? { recordsPerPart: partRecordsOpt.value } : {}),
      extract: { publishedAt: publishedAt ?? null, siteHints: !values['no-site-hints'], ...(values.segment ? { segment: true } : {}) },
    },
  };
}

/** Run the engine with progress on stderr; the summary, or the exit code of a failure. */
export async function runWithProgress(options: BatchOptions, io: CliIO, quiet: boolean, command: string): Promise<RunSummary | number> {
  const reporter = quiet ? null : progressReporter(io.stderr as NodeJS.WritableStream & { isTTY?: boolean });
  try {
    const summary = await runBatch({ ...options, stdin: io.stdin, ...(reporter ? { onProgress: (p) => reporter.update(p) } : {}) });
    reporter?.done();
    return summary;
  } catch (err) {
    reporter?.done();
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`baochi ${command}: ${message}\n`);
    return err instanceof ResumeMismatchError ? EXIT.usage : EXIT.failure;
  }
}

export async function runRun(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseRunArgs(argv);
  if ('help' in parsed) {
    io.stdout.write(RUN_HELP);
    return EXIT.ok;
  }
  if ('usage' in parsed) {
    io.stderr.write(`baochi run: ${parsed.usage}\n\n${RUN_HELP}`);
    return EXIT.usage;
  }
  const result = await runWithProgress(parsed.options, io, parsed.quiet, 'run');
  if (typeof result === 'number') return result;
  if (parsed.json) io.stdout.write(JSON.stringify(result) + '\n');
  if (!parsed.quiet) io.stderr.write(formatSummaryLines(result).join('\n') + '\n');
  return EXIT.ok;
}
