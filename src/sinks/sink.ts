/**
 * What every sink offers the batch engine: write records, make them durable at a checkpoint the
 * ledger stores, and roll back to that checkpoint when a killed run is resumed. Writes are
 * synchronous: the engine calls them from one thread, in output order.
 */
import type { OutputRecord } from '../record.js';

export type SinkKind = 'jsonl' | 'csv' | 'sqlite' | 'parquet' | 'postgres';
export const SINK_KINDS: readonly SinkKind[] = ['jsonl', 'csv', 'sqlite', 'parquet', 'postgres'];

/** A JSON-able position in the output (byte offsets, a batch number, a part count). */
export type SinkCheckpoint = Record<string, number>;

export interface SinkOptions {
  /**
   * Where the last completed run stopped (from the ledger): the sink truncates or deletes whatever
   * was written after it (a torn line, an uncommitted batch). Absent: start a new, empty output.
   */
  resumeFrom?: SinkCheckpoint | null;
  /** Parquet only: records per part file (default 5000). */
  recordsPerPart?: number;
}

export interface Sink {
  readonly kind: SinkKind;
  /** How often the engine should call flush(): after this many records or milliseconds. */
  readonly flushEvery: { records: number; ms: number };
  write(record: OutputRecord): void;
  /**
   * Write a record given as its JSON text (one line, no newline), when the sink stores JSON anyway:
   * the batch engine then has workers serialize records and never rebuilds them on its thread.
   */
  writeJson?(json: string): void;
  /** Make everything written so far durable; the returned checkpoint is what resume rolls back to. */
  flush(): SinkCheckpoint;
  /** Flush and release files. */
  close(): void;
}
