/** A RawDocument from a source → one record; a source failure becomes an error record. */
import type { RawDocument } from '../ingest/raw-document.js';
import { errorRecord, type OutputRecord } from '../record.js';
import type { ExtractOptions } from './document.js';
import { extract, sha256Hex } from './extract.js';

export interface RawExtractOptions extends ExtractOptions {
  /** Publication time to use when a page states none (CLI --published-at). */
  publishedAt?: string | null;
}

export function extractRaw(doc: RawDocument, options: RawExtractOptions = {}): OutputRecord {
  if (doc.failure) {
    // No bytes were read: the id is the hash of the source name, stable across runs.
    return errorRecord(sha256Hex(`source:${doc.source}`), doc.source, doc.failure.stage, doc.failure.reason, doc.url ?? null);
  }
  const { publishedAt, ...extractOptions } = options;
  const common = {
    source: doc.source,
    url: doc.url ?? null,
    publishedAt: doc.publishedAt ?? publishedAt ?? null,
    charset: doc.charset ?? null,
    options: extractOptions,
    ...(doc.id ? { id: doc.id } : {}),
  };
  if (doc.format === 'text') return extract({ ...common, text: doc.content ?? '' });
  return extract({ ...common, html: doc.bytes ?? doc.content ?? '' });
}
