/** JSONL sink: one record per line, exactly the JSON of SCHEMA.md (what `baochi extract` prints). */
import type { OutputRecord } from '../record.js';
import { AppendFile } from './append-file.js';
import type { Sink, SinkCheckpoint, SinkOptions } from './sink.js';

export function openJsonlSink(path: string, options: SinkOptions = {}): Sink {
  const file = new AppendFile(path, options.resumeFrom?.bytes);
  return {
    kind: 'jsonl',
    flushEvery: { records: 500, ms: 1000 },
    write(record: OutputRecord): void {
      file.append(JSON.stringify(record) + '\n');
    },
    writeJson(json: string): void {
      file.append(json + '\n');
    },
    flush(): SinkCheckpoint {
      return { bytes: file.flush() };
    },
    close(): void {
      file.close();
    },
  };
}
