/** The sinks by name: `openSink(kind, path, options)`. */
import { openCsvSink } from './csv.js';
import { openJsonlSink } from './jsonl.js';
import { openParquetSink } from './parquet.js';
import { openPostgresSink } from './postgres.js';
import type { Sink, SinkKind, SinkOptions } from './sink.js';
import { openSqliteSink } from './sqlite.js';

export type { Sink, SinkCheckpoint, SinkKind, SinkOptions } from './sink.js';
export { SINK_KINDS } from './sink.js';

const OPENERS = {
  jsonl: openJsonlSink,
  csv: openCsvSink,
  sqlite: openSqliteSink,
  parquet: openParquetSink,
  postgres: openPostgresSink,
} satisfies Record<SinkKind, (path: string, options?: SinkOptions) => Sink>;

export function openSink(kind: SinkKind, path: string, options: SinkOptions = {}): Sink {
  return OPENERS[kind](path, options);
}
