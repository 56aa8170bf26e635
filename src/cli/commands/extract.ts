/**
 * `baochi extract [--out FILE] [--published-at ISO] [--no-site-hints] [--segment] INPUT...`
 * One record per document, JSONL, in input order; diagnostics on stderr. Single process: for whole
 * archives `baochi run` adds workers, resume and other sinks.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { readInputs } from '../../ingest/sources.js';
import { extractRaw } from '../../pipeline/extract-raw.js';
import { EXIT, writeLine, type CliIO } from '../io.js';
import { isoOption, positiveIntOption } from '../option-values.js';

export const EXTRACT_HELP = `Usage: baochi extract [options] INPUT...

Turns each document into one JSON record (SCHEMA.md) on stdout, one per line, in input order.

INPUT is a file, a directory (recursive: .html .htm .txt .jsonl and the same with .gz), a glob
(quoted), or - for stdin. A .jsonl input holds one object per line with "html" or "text" and
optional "id", "url", "publishedAt"; each line becomes one record with source FILE#LINE (or its id).
A document that cannot be read becomes an error record {"kind":"error","stage":…,"error":…}:
nothing stops the run and nothing vanishes.

Options:
  -o, --out FILE          write records to FILE instead of stdout
      --published-at ISO  publication time for pages that state none (resolves relative dates)
      --no-site-hints     use the generic content scorer only (no per-site selectors)
      --segment           add "segmented": title, lead and text with the syllables of each
                          word joined by "_" (VnCoreNLP/PhoBERT input), Vietnamese records
      --max-bytes N       largest document accepted (default 20971520 = 20 MiB)
  -q, --quiet             no summary line on stderr
  -h, --help              this help

Exit status: 0 when every input yielded a record (error records count), 1 when the output could
not be written, 2 for usage errors.

Examples:
  baochi extract page.html
  baochi extract --out records.jsonl ../shared/corpus/pages/*
  baochi extract 'archive/**/*.html.gz' dump.jsonl
  curl -s https://example.vn/bai-viet.html | baochi extract -
`;

export async function runExtract(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        'published-at': { type: 'string' },
        'no-site-hints': { type: 'boolean' },
        segment: { type: 'boolean' },
        'max-bytes': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr.write(`baochi extract: ${err instanceof Error ? err.message : String(err)}\n\n${EXTRACT_HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(EXTRACT_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    io.stderr.write(`baochi extract: no INPUT given\n\n${EXTRACT_HELP}`);
    return EXIT.usage;
  }
  const publishedAtOpt = isoOption('published-at', values['published-at']);
  const maxBytesOpt = positiveIntOption('max-bytes', values['max-bytes']);
  for (const checked of [publishedAtOpt, maxBytesOpt]) {
    if ('usage' in checked) {
      io.stderr.write(`baochi extract: ${checked.usage}\n`);
      return EXIT.usage;
    }
  }
  const publishedAt = 'value' in publishedAtOpt ? publishedAtOpt.value : undefined;
  const maxBytes = 'value' in maxBytesOpt ? maxBytesOpt.value : undefined;

  const out: NodeJS.WritableStream = values.out ? createWriteStream(values.out) : io.stdout;
  let outError: Error | null = null;
  out.on('error', (err: Error) => { outError = err; });
  const started = performance.now();
  const counts = { records: 0, article: 0, listing: 0, error: 0 };
  const options = {
    publishedAt: publishedAt ?? null,
    siteHints: !values['no-site-hints'],
    ...(values.segment ? { segment: true } : {}),
    ...(maxBytes ? { maxBytes } : {}),
  };
  for await (const doc of readInputs(positionals, { stdin: io.stdin, ...(maxBytes ? { maxBytes } : {}) })) {
    const record = extractRaw(doc, options);
    counts.records++;
    counts[record.kind]++;
    if (record.kind === 'error' && !values.quiet) io.stderr.write(`baochi: ${record.source}: ${record.stage}: ${record.error}\n`);
    await writeLine(out, JSON.stringify(record));
    if (outError) break;
  }
  if (values.out) await new Promise<void>((resolve) => out.end(() => resolve()));
  if (outError) {
    io.stderr.write(`baochi extract: cannot write output: ${(outError as Error).message}\n`);
    return EXIT.failure;
  }
  if (!values.quiet) {
    const seconds = (performance.now() - started) / 1000;
    io.stderr.write(`baochi: ${counts.records} records (${counts.article} articles, ${counts.listing} listings, ${counts.error} errors) in ${seconds.toFixed(2)} s\n`);
  }
  return EXIT.ok;
}
