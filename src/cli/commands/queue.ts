/**
 * The queue commands (src/queue/): `baochi enqueue`, `baochi worker`, `baochi queue status`.
 * Redis (BullMQ) holds the work, PostgreSQL the records; any number of workers on any number of
 * machines.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { progressReporter } from '../../batch/progress.js';
import { formatSummaryLines } from '../../batch/summary.js';
import { DEFAULT_MAX_BYTES } from '../../pipeline/limits.js';
import { DEFAULT_QUEUE_NAME, isPostgresUrl, redisOptions } from '../../queue/connection.js';
import { DEFAULT_ATTEMPTS, enqueue } from '../../queue/enqueue.js';
import { formatStatus, queueStatus, retryFailed } from '../../queue/status.js';
import { DEFAULT_LOCK_MS, DEFAULT_TIME_LIMIT_MS, runQueueWorker } from '../../queue/worker.js';
import { EXIT, type CliIO } from '../io.js';
import { isoOption, positiveIntOption } from '../option-values.js';

export const ENQUEUE_HELP = `Usage: baochi enqueue INPUT... --queue redis://HOST:PORT/DB [--name Q]

Reads the inputs as \`baochi run\` does (files, directories, quoted globs, .gz, JSONL, WARC and
.warc.gz, - for stdin) and adds one job per document to the queue. A job carries the document's
bytes (deflated, in a Redis key beside it), so workers need no shared filesystem. Its id is the document's sha256 and a hash
of its source: enqueueing the same inputs again adds nothing. A source that cannot be read (or is
over --max-bytes) still gets a job: its worker writes the error record.

Options:
      --queue URL         Redis: redis://[USER:PASSWORD@]HOST[:PORT][/DB] (required)
      --name Q            queue name (default ${DEFAULT_QUEUE_NAME})
      --max-bytes N       per-document size limit (default ${DEFAULT_MAX_BYTES}); larger → error record
      --attempts N        tries per job when the store or Redis fails (default ${DEFAULT_ATTEMPTS};
                          backoff 1 s, doubling)
      --json              print the summary as JSON on stdout
  -q, --quiet             no summary
  -h, --help              this help

Exit status: 0 done, 1 Redis unreachable, 2 usage errors.
`;

export const WORKER_HELP = `Usage: baochi worker --queue redis://HOST:PORT/DB --out postgres://USER@HOST/DB [--concurrency N] [--drain]

Takes jobs from the queue, extracts each document (on N worker threads) and writes its record in
one PostgreSQL transaction (tables articles, errors, officials, positions, figures, dates, as the
SQLite store; created if missing), then marks the job done. Run any number of workers on any
number of machines against the same queue and database: every input ends up as exactly one row
(articles or errors); identical bytes under two sources make the later one a duplicate error row.

A fault of PostgreSQL or Redis (down, restarting) fails the job, which is retried with backoff.
A document over the limits or crashing the extractor becomes an error record. A worker killed
mid-job loses nothing: its job goes back to the queue when its lock expires (--lock-ms). SIGTERM
or SIGINT: finish the jobs in hand, then exit.

Options:
      --queue URL         Redis (required)
      --out URL           postgres://USER[:PASSWORD]@HOST[:PORT]/DB (required)
      --name Q            queue name (default ${DEFAULT_QUEUE_NAME})
  -c, --concurrency N     extraction threads (default 1; one per core you give this process)
      --drain             exit once nothing is waiting, delayed or active (batch jobs, tests)
      --lock-ms MS        job lock (default ${DEFAULT_LOCK_MS}): how soon a killed worker's job is taken again
      --time-limit MS     per-document time limit (default ${DEFAULT_TIME_LIMIT_MS}) → error record (stage limit)
      --max-bytes N       per-document size limit (default ${DEFAULT_MAX_BYTES})
      --published-at ISO  publication time for pages that state none
      --no-site-hints     use the generic content scorer only
      --json              print the summary as JSON on stdout
  -q, --quiet             no progress, no summary
  -h, --help              this help

Exit status: 0 stopped cleanly (drained, or SIGTERM), 1 the store or Redis could not be reached
at start, 2 usage errors.
`;

export const QUEUE_HELP = `Usage: baochi queue status --queue redis://HOST:PORT/DB [--name Q] [--json]
       baochi queue retry --queue redis://HOST:PORT/DB [--name Q]

status: the queue's jobs: waiting, delayed (retries in backoff), active, done, failed (tries used
up, e.g. the store was down for hours), and how many finished in the last minute (docs/s).
retry:  failed jobs back to waiting (they still hold their bytes), for the workers to take again.
`;

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>): { values: Record<string, unknown>; positionals: string[] } | { usage: string } {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    return { usage: err instanceof Error ? err.message : String(err) };
  }
}

function checkQueue(url: unknown): string | null {
  if (typeof url !== 'string') return '--queue redis://HOST:PORT/DB is required';
  try {
    redisOptions(url);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

const usageError = (io: CliIO, command: string, message: string, help: string): number => {
  io.stderr.write(`baochi ${command}: ${message}\n\n${help}`);
  return EXIT.usage;
};

export async function runEnqueue(argv: string[], io: CliIO): Promise<number> {
  const parsed = parse(argv, {
    queue: { type: 'string' }, name: { type: 'string' }, 'max-bytes': { type: 'string' }, attempts: { type: 'string' }, json: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' },
  });
  if ('usage' in parsed) return usageError(io, 'enqueue', parsed.usage, ENQUEUE_HELP);
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) { io.stdout.write(ENQUEUE_HELP); return EXIT.ok; }
  if (parsed.positionals.length === 0) return usageError(io, 'enqueue', 'no INPUT given', ENQUEUE_HELP);
  const bad = checkQueue(v.queue);
  if (bad) return usageError(io, 'enqueue', bad, ENQUEUE_HELP);
  const maxBytes = positiveIntOption('max-bytes', v['max-bytes'] as string | undefined);
  if ('usage' in maxBytes) return usageError(io, 'enqueue', maxBytes.usage, ENQUEUE_HELP);
  const attempts = positiveIntOption('attempts', v.attempts as string | undefined);
  if ('usage' in attempts) return usageError(io, 'enqueue', attempts.usage, ENQUEUE_HELP);
  try {
    const s = await enqueue({
      inputs: parsed.positionals, queue: v.queue as string, stdin: io.stdin,
      ...(v.name ? { name: v.name as string } : {}),
      ...(maxBytes.value ? { maxBytes: maxBytes.value } : {}),
      ...(attempts.value ? { attempts: attempts.value } : {}),
    });
    if (v.json) io.stdout.write(JSON.stringify(s) + '\n');
    if (!v.quiet) {
      io.stderr.write(`baochi: ${s.documents} documents read, ${s.added} jobs added, ${s.existing} already queued; ` +
        `${(s.bytes / 1048576).toFixed(1)} MB → ${(s.payloadBytes / 1048576).toFixed(1)} MB of job data; ${s.seconds.toFixed(2)} s\n`);
    }
    return EXIT.ok;
  } catch (err) {
    io.stderr.write(`baochi enqueue: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
}

export async function runWorker(argv: string[], io: CliIO): Promise<number> {
  const parsed = parse(argv, {
    queue: { type: 'string' }, out: { type: 'string', short: 'o' }, name: { type: 'string' }, concurrency: { type: 'string', short: 'c' },
    drain: { type: 'boolean' }, 'lock-ms': { type: 'string' }, 'time-limit': { type: 'string' }, 'max-bytes': { type: 'string' },
    'published-at': { type: 'string' }, 'no-site-hints': { type: 'boolean' }, json: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' },
  });
  if ('usage' in parsed) return usageError(io, 'worker', parsed.usage, WORKER_HELP);
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) { io.stdout.write(WORKER_HELP); return EXIT.ok; }
  if (parsed.positionals.length) return usageError(io, 'worker', `unexpected argument "${parsed.positionals[0]}"`, WORKER_HELP);
  const bad = checkQueue(v.queue);
  if (bad) return usageError(io, 'worker', bad, WORKER_HELP);
  if (typeof v.out !== 'string' || !isPostgresUrl(v.out)) return usageError(io, 'worker', '--out postgres://USER@HOST/DB is required', WORKER_HELP);
  const ints: Record<string, number | undefined> = {};
  for (const k of ['concurrency', 'lock-ms', 'time-limit', 'max-bytes']) {
    const c = positiveIntOption(k, v[k] as string | undefined);
    if ('usage' in c) return usageError(io, 'worker', c.usage, WORKER_HELP);
    ints[k] = c.value;
  }
  const publishedAt = isoOption('published-at', v['published-at'] as string | undefined);
  if ('usage' in publishedAt) return usageError(io, 'worker', publishedAt.usage, WORKER_HELP);

  const quiet = Boolean(v.quiet);
  const reporter = quiet ? null : progressReporter(io.stderr as NodeJS.WritableStream & { isTTY?: boolean });
  let signalled: () => void = () => {};
  const stop = new Promise<void>((resolve) => { signalled = resolve; });
  const onSignal = (): void => signalled();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    const summary = await runQueueWorker({
      queue: v.queue as string, out: v.out, stop, drain: Boolean(v.drain),
      ...(v.name ? { name: v.name as string } : {}),
      ...(ints.concurrency ? { concurrency: ints.concurrency } : {}),
      ...(ints['lock-ms'] ? { lockMs: ints['lock-ms'] } : {}),
      ...(ints['time-limit'] ? { timeLimitMs: ints['time-limit'] } : {}),
      ...(ints['max-bytes'] ? { maxBytes: ints['max-bytes'] } : {}),
      extract: { publishedAt: publishedAt.value ?? null, siteHints: !v['no-site-hints'] },
      ...(reporter ? { onProgress: (p) => reporter.update(p) } : {}),
    });
    reporter?.done();
    if (v.json) io.stdout.write(JSON.stringify(summary) + '\n');
    if (!quiet) io.stderr.write(formatSummaryLines(summary).join('\n') + '\n');
    return EXIT.ok;
  } catch (err) {
    reporter?.done();
    io.stderr.write(`baochi worker: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

export async function runQueue(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') { io.stdout.write(QUEUE_HELP); return sub ? EXIT.ok : EXIT.usage; }
  if (sub !== 'status' && sub !== 'retry') return usageError(io, 'queue', `unknown subcommand "${sub}"`, QUEUE_HELP);
  const parsed = parse(rest, { queue: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if ('usage' in parsed) return usageError(io, 'queue', parsed.usage, QUEUE_HELP);
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) { io.stdout.write(QUEUE_HELP); return EXIT.ok; }
  const bad = checkQueue(v.queue);
  if (bad) return usageError(io, 'queue', bad, QUEUE_HELP);
  try {
    const name = (v.name as string | undefined) ?? DEFAULT_QUEUE_NAME;
    if (sub === 'retry') {
      io.stderr.write(`baochi: ${await retryFailed(v.queue as string, name)} failed jobs back to waiting\n`);
      return EXIT.ok;
    }
    const s = await queueStatus(v.queue as string, name);
    io.stdout.write((v.json ? JSON.stringify(s) : formatStatus(s)) + '\n');
    return EXIT.ok;
  } catch (err) {
    io.stderr.write(`baochi queue: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
}
