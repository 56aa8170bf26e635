/**
 * One document, start to finish: decode → clean → analyse → record. Pure (no I/O) and total:
 * whatever the input, it returns a record, an error record when a stage fails.
 */
import { createHash } from 'node:crypto';
import { decodeBytes } from '../decode/charset.js';
import { toNfc } from '../decode/nfc.js';
import { repairLegacyText } from '../decode/legacy/index.js';
import { cleanHtml } from '../html/clean.js';
import { hostOf } from '../html/metadata.js';
import { cleanPlainText } from '../plain/clean-plain.js';
import { PIPELINE, errorRecord, type ArticleRecord, type OutputRecord } from '../record.js';
import { analyse } from './analyse.js';
import { segmentRecord } from './segment-record.js';
import type { CleanedDocument, ExtractInput } from './document.js';
import { DEFAULT_MAX_BYTES, tooLargeReason } from './limits.js';

export { DEFAULT_MAX_BYTES };

const encoder = new TextEncoder();

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(typeof data === 'string' ? encoder.encode(data) : data).digest('hex');
}

function sizeOf(input: ExtractInput): number {
  if (input.html instanceof Uint8Array) return input.html.byteLength;
  if (typeof input.html === 'string') return input.html.length;
  return input.text?.length ?? 0;
}

/** Turn one input into one record. Never throws. */
export function extract(input: ExtractInput): OutputRecord {
  const source = input.source ?? '<input>';
  const raw = input.html ?? input.text ?? '';
  const id = input.id ?? sha256Hex(raw);
  const url = input.url ?? null;
  const options = input.options ?? {};
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  if (input.html === undefined && input.text === undefined) return errorRecord(id, source, 'ingest', 'no html or text given', url);
  const size = sizeOf(input);
  if (size === 0) return errorRecord(id, source, 'decode', 'empty document (0 bytes)', url);
  if (size > maxBytes) {
    return errorRecord(id, source, 'limit', tooLargeReason(size, maxBytes), url);
  }

  // decode
  let body: string;
  const warnings: string[] = [];
  const isHtml = input.html !== undefined;
  try {
    if (input.html instanceof Uint8Array) {
      const decoded = decodeBytes(input.html, input.charset);
      body = decoded.text;
      warnings.push(...decoded.warnings);
    } else {
      body = toNfc(input.html ?? input.text ?? '');
    }
  } catch (err) {
    return errorRecord(id, source, 'decode', err, url);
  }
  const repaired = repairLegacyText(body, { html: isHtml }); // TCVN3/VNI mojibake, VIQR (issue #4)
  if (repaired.encodings.length) { body = repaired.text; warnings.push(`legacy ${repaired.encodings.join('+')} text converted to Unicode`); }
  if (body.trim() === '') return errorRecord(id, source, 'decode', 'document holds only white space', url);

  // clean
  let doc: CleanedDocument;
  try {
    doc = isHtml ? cleanHtml(body, { url, siteHints: options.siteHints ?? true }) : cleanPlainText(body, url);
  } catch (err) {
    return errorRecord(id, source, 'clean', err, url);
  }
  warnings.push(...doc.warnings);
  if (!doc.publishedAt && input.publishedAt) {
    doc.publishedAt = input.publishedAt;
  }

  const text = doc.paragraphs.join('\n\n');
  const record: ArticleRecord = {
    kind: doc.kind,
    id,
    source,
    url: doc.url ?? url,
    site: doc.site ?? hostOf(doc.url ?? url),
    language: doc.language,
    title: doc.title,
    lead: doc.kind === 'article' ? doc.lead : null,
    publishedAt: doc.publishedAt,
    modifiedAt: doc.modifiedAt,
    authors: doc.authors,
    section: doc.section,
    tags: doc.tags,
    text: doc.kind === 'article' ? text : '',
    captions: doc.kind === 'article' ? doc.captions : [],
    segmented: null,
    officials: [],
    figures: [],
    dates: [],
    warnings,
    pipeline: { ...PIPELINE },
  };

  if (options.segment) segmentRecord(record);

  // analyse: a finder that throws costs its arrays, not the document.
  if (record.kind === 'article' && options.analyse !== false) {
    try {
      const found = analyse({
        title: record.title, lead: record.lead, text: record.text, captions: record.captions,
        publishedAt: record.publishedAt, site: record.site, language: record.language,
      });
      record.officials = found.officials;
      record.figures = found.figures;
      record.dates = found.dates;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      record.warnings.push(`analyse failed: ${message.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
  return record;
}
