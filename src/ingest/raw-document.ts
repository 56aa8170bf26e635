/** What a source yields: one document's bytes or text and where it came from, before decoding. */

export type RawFormat = 'html' | 'text';

export interface RawDocument {
  /** Path as given, "FILE#LINE" for JSONL lines, "warc:FILE#OFFSET" for WARC records, "-" for stdin. */
  source: string;
  format: RawFormat;
  /** HTML bytes (decoded later, charset sniffed) … */
  bytes?: Uint8Array;
  /** … or text already decoded (JSONL fields, plain text). */
  content?: string;
  url?: string | null;
  publishedAt?: string | null;
  /** Charset from a transport header, if any. */
  charset?: string | null;
  /** Caller-given identifier (JSONL `id`), used as source when present. */
  givenId?: string;
  /** sha256 (hex) of the content, when a caller already computed it (the batch ledger): not hashed again. */
  id?: string;
  /** When the page was fetched (WARC-Date), ISO 8601. */
  fetchedAt?: string | null;
  /** Set when the source itself failed: the document becomes an error record. */
  failure?: { stage: string; reason: string };
}

/** The extensions a directory walk picks up (also with .gz). */
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml'];
export const TEXT_EXTENSIONS = ['.txt'];
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];
export const WARC_EXTENSIONS = ['.warc'];
