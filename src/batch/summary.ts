/** What a batch run did, counted as records leave the engine, and how it is printed. */
import type { OutputRecord } from '../record.js';
import { emptyWarcCounts, type WarcCounts } from '../ingest/warc.js';

export interface RunSummary {
  /** Records written by this run (one per input not skipped by --resume). */
  documents: number;
  articles: number;
  listings: number;
  /** Inputs whose bytes were seen before under another source (error records, stage "duplicate"). */
  duplicates: number;
  /** Error records other than duplicates. */
  errors: number;
  errorsByStage: Record<string, number>;
  /** Inputs skipped because the ledger of an earlier run lists them as done (--resume). */
  resumed: number;
  /** Documents a worker extracted: not resumed ones, nor duplicates stopped before extraction. */
  extracted: number;
  officials: number;
  figures: number;
  dates: number;
  /** Bytes of documents read (decompressed). */
  bytes: number;
  seconds: number;
  workers: number;
  /** Workers replaced after a time-out or a crash. */
  workersReplaced: number;
  warc: WarcCounts;
}

export function emptySummary(workers: number): RunSummary {
  return {
    documents: 0, articles: 0, listings: 0, duplicates: 0, errors: 0, errorsByStage: {}, resumed: 0, extracted: 0,
    officials: 0, figures: 0, dates: 0, bytes: 0, seconds: 0, workers, workersReplaced: 0, warc: emptyWarcCounts(),
  };
}

/** What the summary counts of a record, without the record (workers send this beside its JSON). */
export interface Tally {
  kind: OutputRecord['kind'];
  stage: string | null;
  officials: number;
  figures: number;
  dates: number;
}

export function tallyOf(record: OutputRecord): Tally {
  if (record.kind === 'error') return { kind: 'error', stage: record.stage, officials: 0, figures: 0, dates: 0 };
  return { kind: record.kind, stage: null, officials: record.officials.length, figures: record.figures.length, dates: record.dates.length };
}

export function countRecord(summary: RunSummary, tally: Tally): void {
  summary.documents++;
  if (tally.kind === 'error') {
    const stage = tally.stage ?? 'error';
    if (stage === 'duplicate') summary.duplicates++;
    else {
      summary.errors++;
      summary.errorsByStage[stage] = (summary.errorsByStage[stage] ?? 0) + 1;
    }
    return;
  }
  if (tally.kind === 'listing') summary.listings++;
  else summary.articles++;
  summary.officials += tally.officials;
  summary.figures += tally.figures;
  summary.dates += tally.dates;
}

const rate = (n: number, seconds: number): string => (seconds > 0 ? (n / seconds).toFixed(1) : '0');

/** The end-of-run lines on stderr. */
export function formatSummaryLines(s: RunSummary): string[] {
  const stages = Object.entries(s.errorsByStage).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  const skipped = Object.entries(s.warc.skipped).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(', ');
  const lines = [
    `baochi: ${s.documents} documents (${s.articles} articles, ${s.listings} listings, ${s.duplicates} duplicates, ${s.errors} errors${stages ? `: ${stages}` : ''})` +
      `${s.resumed ? `, ${s.resumed} already done (resume)` : ''}`,
    `baochi: ${s.officials} officials, ${s.figures} figures, ${s.dates} dates`,
    `baochi: ${s.seconds.toFixed(2)} s, ${rate(s.documents, s.seconds)} docs/s, ${rate(s.bytes / 1048576, s.seconds)} MB/s, ${s.workers} workers` +
      `${s.workersReplaced ? ` (${s.workersReplaced} replaced)` : ''}`,
  ];
  if (s.warc.records > 0) {
    lines.push(`baochi: WARC ${s.warc.records} records, ${s.warc.documents} HTML responses, skipped: ${skipped || 'none'}, damaged files ${s.warc.damaged}`);
  }
  return lines;
}

/** The table `baochi demo` prints. */
export function formatSummaryTable(s: RunSummary): string {
  const rows: [string, string][] = [
    ['pages', String(s.documents)],
    ['articles', String(s.articles)],
    ['listings', String(s.listings)],
    ['errors', String(s.errors + s.duplicates)],
    ['officials', String(s.officials)],
    ['figures', String(s.figures)],
    ['dates', String(s.dates)],
    ['seconds', s.seconds.toFixed(2)],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const rule = `+${'-'.repeat(w0 + 2)}+${'-'.repeat(w1 + 2)}+`;
  return [rule, ...rows.map(([k, v]) => `| ${k.padEnd(w0)} | ${v.padStart(w1)} |`), rule].join('\n');
}
