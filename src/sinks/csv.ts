/**
 * CSV sink: a folder with one RFC 4180 file per table (articles.csv, errors.csv, officials.csv,
 * positions.csv, figures.csv, dates.csv), UTF-8, CRLF line ends, a header line, joinable on
 * `article_id` = articles.`id`. A null cell is empty; an empty string is `""`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputRecord } from '../record.js';
import { AppendFile } from './append-file.js';
import type { Sink, SinkCheckpoint, SinkOptions } from './sink.js';
import { TABLES, TABLE_ORDER, emptyRows, recordRows, type Cell, type TableName } from './tables.js';

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as RFC 4180 wants it: quoted when it holds a quote, comma or line break. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  const s = typeof value === 'number' ? String(value) : value;
  if (s === '' || NEEDS_QUOTES.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function csvLine(cells: Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

export function openCsvSink(dir: string, options: SinkOptions = {}): Sink {
  mkdirSync(dir, { recursive: true });
  const files = {} as Record<TableName, AppendFile>;
  for (const table of TABLE_ORDER) {
    const header = csvLine(TABLES[table].map((c) => c.name));
    files[table] = new AppendFile(join(dir, `${table}.csv`), options.resumeFrom ? options.resumeFrom[table] ?? 0 : undefined, header);
  }
  return {
    kind: 'csv',
    flushEvery: { records: 500, ms: 1000 },
    write(record: OutputRecord): void {
      const rows = recordRows(record, emptyRows());
      for (const table of TABLE_ORDER) for (const row of rows[table]) files[table].append(csvLine(row));
    },
    flush(): SinkCheckpoint {
      const checkpoint: SinkCheckpoint = {};
      for (const table of TABLE_ORDER) checkpoint[table] = files[table].flush();
      return checkpoint;
    },
    close(): void {
      for (const table of TABLE_ORDER) files[table].close();
    },
  };
}
