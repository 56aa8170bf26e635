/** One JSONL line → a RawDocument: an object with `html` or `text`, optional `id`, `url`, `publishedAt`. */
import type { RawDocument } from './raw-document.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

export function jsonlLineToDocument(line: string, lineSource: string): RawDocument {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { source: lineSource, format: 'html', failure: { stage: 'ingest', reason: `invalid JSON line: ${msg}` } };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    return { source: lineSource, format: 'html', failure: { stage: 'ingest', reason: 'JSONL line is not an object' } };
  }
  const o = obj as Record<string, unknown>;
  const id = o.id === undefined || o.id === null ? undefined : String(o.id);
  const source = id ?? lineSource;
  const base = { source, url: str(o.url), publishedAt: str(o.publishedAt), ...(id ? { givenId: id } : {}) };
  if (typeof o.html === 'string') return { ...base, format: 'html', content: o.html };
  if (typeof o.text === 'string') return { ...base, format: 'text', content: o.text };
  return { ...base, format: 'html', failure: { stage: 'ingest', reason: 'JSONL object has neither an "html" nor a "text" string' } };
}
