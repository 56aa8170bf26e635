/**
 * Inputs → a stream of RawDocuments, in input order, never listed whole into memory (directories are
 * walked one level at a time, JSONL read line by line). A source that fails yields a document with
 * `failure` set instead of throwing, so the caller emits an error record and goes on.
 */
import { createReadStream, type Dirent } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { glob } from 'tinyglobby';
import {
  HTML_EXTENSIONS, JSONL_EXTENSIONS, TEXT_EXTENSIONS, WARC_EXTENSIONS, type RawDocument, type RawFormat,
} from './raw-document.js';
import { jsonlLineToDocument } from './jsonl.js';
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../pipeline/limits.js';

export interface SourceOptions<W = never> {
  /** Stdin, for the "-" input. */
  stdin?: NodeJS.ReadableStream;
  /**
   * Reader for WARC files (the batch layer provides it; it may yield WARC chunks, type W, for its
   * workers to decode); without it a WARC file is an error record.
   */
  readWarc?: (path: string) => AsyncIterable<RawDocument | W>;
  /**
   * Largest page read, in bytes (after gunzip): a larger file becomes a `limit` error record without
   * being read into memory. Default: extract's limit (20 MiB).
   */
  maxBytes?: number;
}

type Kind = 'html' | 'text' | 'jsonl' | 'warc' | null;

/** Kind of a file by its name, looking through a trailing .gz. */
export function kindOfPath(path: string): { kind: Kind; gzip: boolean } {
  let name = path.toLowerCase();
  const gzip = name.endsWith('.gz');
  if (gzip) name = name.slice(0, -3);
  const ext = extname(name);
  if (HTML_EXTENSIONS.includes(ext)) return { kind: 'html', gzip };
  if (TEXT_EXTENSIONS.includes(ext)) return { kind: 'text', gzip };
  if (JSONL_EXTENSIONS.includes(ext)) return { kind: 'jsonl', gzip };
  if (WARC_EXTENSIONS.includes(ext)) return { kind: 'warc', gzip };
  return { kind: null, gzip };
}

const GLOB_CHARS = /[*?[\]{}]/;

function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(e?.message ?? '')) return 'truncated gzip data (unexpected end of file)';
  if (e?.code === 'Z_DATA_ERROR') return `corrupt gzip data (${e.message})`;
  return (e?.message ?? String(err)).replace(/\s+/g, ' ');
}

function failed(source: string, stage: string, reason: string): RawDocument {
  return { source, format: 'html', failure: { stage, reason } };
}

/** Walk a directory depth-first in name order, yielding files whose kind we read. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries: Dirent[] = [];
  const handle = await opendir(dir);
  for await (const entry of handle) entries.push(entry);
  // One directory level is held at a time: name order makes runs reproducible.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && kindOfPath(path).kind !== null) yield path;
  }
}

class TooLarge extends Error {}

/** A page file's bytes; a page over `maxBytes` (before or after gunzip) throws TooLarge unread. */
async function readWhole(path: string, gzip: boolean, maxBytes: number): Promise<Uint8Array> {
  const { size } = await stat(path);
  if (!gzip && size > maxBytes) throw new TooLarge(tooLargeReason(size, maxBytes));
  const buf = await readFile(path);
  if (!gzip) return buf;
  try {
    return gunzipSync(buf, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new TooLarge(tooLargeReason(0, maxBytes, true));
    }
    throw err;
  }
}

async function* readJsonl(path: string, gzip: boolean): AsyncGenerator<RawDocument> {
  const file = createReadStream(path);
  const stream = gzip ? file.pipe(createGunzip()) : file;
  let lineNo = 0;
  try {
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      yield jsonlLineToDocument(line, `${path}#${lineNo}`);
    }
  } catch (err) {
    yield failed(`${path}#${lineNo + 1}`, 'ingest', reasonOf(err));
  } finally {
    file.destroy();
  }
}

/** One file → its documents (one for a page, one per line for JSONL, one per record for WARC). */
export async function* readFileDocuments<W = never>(path: string, options: SourceOptions<W> = {}, forced?: RawFormat): AsyncGenerator<RawDocument | W> {
  const { kind, gzip } = kindOfPath(path);
  if (kind === 'jsonl') { yield* readJsonl(path, gzip); return; }
  if (kind === 'warc') {
    if (!options.readWarc) { yield failed(path, 'ingest', 'WARC input needs `baochi run`'); return; }
    yield* options.readWarc(path);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readWhole(path, gzip, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (err) {
    yield failed(path, err instanceof TooLarge ? 'limit' : gzip ? 'decode' : 'ingest', reasonOf(err));
    return;
  }
  const format: RawFormat = forced ?? (kind === 'text' ? 'text' : 'html');
  if (format === 'text') yield { source: path, format, content: Buffer.from(bytes).toString('utf8') };
  else yield { source: path, format, bytes };
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Every input in order: "-" (stdin), a file, a directory (recursive), or a glob. A missing path or an
 * empty directory yields one failed document so that it shows in the output.
 */
export async function* readInputs<W = never>(inputs: string[], options: SourceOptions<W> = {}): AsyncGenerator<RawDocument | W> {
  for (const input of inputs) {
    if (input === '-') {
      const buf = await readStdin(options.stdin ?? process.stdin);
      const head = buf.subarray(0, 2048).toString('utf8').trimStart();
      if (head.startsWith('{')) {
        let n = 0;
        for (const line of buf.toString('utf8').split('\n')) {
          n++;
          if (line.trim()) yield jsonlLineToDocument(line, `-#${n}`);
        }
      } else if (head.startsWith('<')) yield { source: '-', format: 'html', bytes: buf };
      else yield { source: '-', format: 'text', content: buf.toString('utf8') };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      if (GLOB_CHARS.test(input)) {
        const matches = (await glob(input, { onlyFiles: true, absolute: false })).sort();
        const readable = matches.filter((m) => kindOfPath(m).kind !== null);
        if (readable.length === 0) yield failed(input, 'ingest', 'glob matched no readable file');
        for (const m of readable) yield* readFileDocuments(m, options);
        continue;
      }
      yield failed(input, 'ingest', reasonOf(err));
      continue;
    }
    if (info.isDirectory()) {
      let count = 0;
      try {
        for await (const path of walk(input)) {
          count++;
          yield* readFileDocuments(path, options);
        }
      } catch (err) {
        yield failed(input, 'ingest', reasonOf(err));
        continue;
      }
      if (count === 0) yield failed(input, 'ingest', 'directory holds no .html, .htm, .txt, .jsonl or .warc file');
    } else {
      // A file named on the command line is read whatever its extension: HTML unless it says .txt.
      yield* readFileDocuments(input, options);
    }
  }
}
