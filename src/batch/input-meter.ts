/**
 * How far through its inputs a run is, in on-disk bytes, for the ETA: the total is measured in the
 * background (a streaming walk, nothing listed in memory); the position advances by whole files, and
 * inside a WARC by the record offset in its source name (`warc:FILE#OFFSET`).
 */
import { statSync, type Stats } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { kindOfPath } from '../ingest/sources.js';

async function sizeOf(path: string): Promise<number> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch {
    return 0;
  }
  if (info.isFile()) return info.size;
  if (!info.isDirectory()) return 0;
  let total = 0;
  for await (const entry of await opendir(path)) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) total += await sizeOf(child);
    else if (entry.isFile() && kindOfPath(child).kind !== null) total += (await stat(child)).size;
  }
  return total;
}

/** Sum of the on-disk sizes of what `readInputs` will read (0 for stdin). */
export async function measureInputs(inputs: string[]): Promise<number> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-') continue;
    const size = await sizeOf(input);
    if (size > 0 || !/[*?[\]{}]/.test(input)) { total += size; continue; }
    for (const match of await glob(input, { onlyFiles: true })) total += await sizeOf(match);
  }
  return total;
}

/** The file a document came from and its offset there. */
function locate(source: string): { file: string; offset: number } {
  if (source.startsWith('warc:')) {
    const hash = source.lastIndexOf('#');
    return { file: source.slice(5, hash), offset: Number(source.slice(hash + 1)) || 0 };
  }
  const hash = source.lastIndexOf('#');
  return { file: hash > 0 ? source.slice(0, hash) : source, offset: 0 };
}

export class InputMeter {
  /** Total on-disk bytes, once measured. */
  total: number | null = null;
  private finished = 0;
  private file: string | null = null;
  private fileSize = 0;
  private offset = 0;

  constructor(inputs: string[]) {
    measureInputs(inputs).then((t) => { this.total = t; }, () => { this.total = null; });
  }

  /** Note that a document from `source` was read. */
  see(source: string): void {
    const { file, offset } = locate(source);
    if (file !== this.file) {
      this.finished += this.fileSize;
      this.file = file;
      try {
        this.fileSize = statSync(file).size;
      } catch {
        this.fileSize = 0; // stdin, a JSONL line id, a missing path: counts nothing
      }
      this.offset = 0;
    }
    this.offset = Math.min(offset, this.fileSize);
  }

  /** Bytes read so far: finished files plus the offset into the current one. */
  get position(): number {
    return this.finished + this.offset;
  }
}
