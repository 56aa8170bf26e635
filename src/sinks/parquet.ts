/**
 * Parquet sink (hyparquet-writer): a folder with one sub-folder per table, each holding part files
 * (`articles/part-00000.parquet`, …) that DuckDB, Polars or hyparquet read as one table
 * (`read_parquet('OUT/articles/*.parquet')`). Rows are buffered and written as a whole part at each
 * flush, every `recordsPerPart` records: a parquet file is only readable once its footer is written,
 * so parts are the unit of durability, written to a temporary name and renamed into place.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer, type BasicType, type ColumnSource } from 'hyparquet-writer';
import type { OutputRecord } from '../record.js';
import type { Sink, SinkCheckpoint, SinkOptions } from './sink.js';
import { TABLES, TABLE_ORDER, emptyRows, recordRows, type Column, type TableRows } from './tables.js';

const PARQUET_TYPE: Record<Column['type'], BasicType> = { text: 'STRING', integer: 'INT32', real: 'DOUBLE' };
const PART = /^part-(\d+)\.parquet$/;

const partName = (n: number): string => `part-${String(n).padStart(5, '0')}.parquet`;

function writePart(dir: string, rows: TableRows, part: number): void {
  for (const table of TABLE_ORDER) {
    const tableRows = rows[table];
    if (tableRows.length === 0) continue;
    const columnData: ColumnSource[] = TABLES[table].map((col, i) => ({
      name: col.name,
      type: PARQUET_TYPE[col.type],
      data: tableRows.map((row) => row[i] ?? null),
    }));
    const buffer = parquetWriteBuffer({ columnData, createdBy: 'baochi' });
    const target = join(dir, table, partName(part));
    writeFileSync(target + '.tmp', new Uint8Array(buffer));
    renameSync(target + '.tmp', target);
  }
}

export function openParquetSink(dir: string, options: SinkOptions = {}): Sink {
  const resumeParts = options.resumeFrom?.parts;
  for (const table of TABLE_ORDER) {
    const tableDir = join(dir, table);
    if (resumeParts === undefined) rmSync(tableDir, { recursive: true, force: true });
    mkdirSync(tableDir, { recursive: true });
    // Parts from after the last checkpoint (and half-written temporaries) are produced again.
    for (const name of readdirSync(tableDir)) {
      const m = PART.exec(name);
      if (name.endsWith('.tmp') || (m && Number(m[1]) >= (resumeParts ?? 0))) rmSync(join(tableDir, name), { force: true });
    }
  }
  let part = resumeParts ?? 0;
  let rows = emptyRows();
  let buffered = 0;
  // Larger parts compress better; smaller ones redo less work after a kill.
  const recordsPerPart = options.recordsPerPart ?? 5000;

  function flush(): SinkCheckpoint {
    if (buffered > 0) {
      writePart(dir, rows, part);
      part++;
      rows = emptyRows();
      buffered = 0;
    }
    return { parts: part };
  }

  return {
    kind: 'parquet',
    flushEvery: { records: recordsPerPart, ms: Number.POSITIVE_INFINITY },
    write(record: OutputRecord): void {
      recordRows(record, rows);
      buffered++;
    },
    flush,
    close(): void {
      flush();
    },
  };
}
