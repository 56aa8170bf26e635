/** The shapes that travel between the stages of one document: input → cleaned document → record. */
import type { ArticleRecord } from '../record.js';

/** What `extract()` accepts: raw HTML (string or bytes) or plain text, plus what the caller knows. */
export interface ExtractInput {
  html?: string | Uint8Array;
  text?: string;
  /** The page's URL when known (WARC target URI, JSONL field); the page's canonical URL wins. */
  url?: string | null;
  /** Where the document came from: path, URL or "warc:FILE#OFFSET". */
  source?: string;
  /** Publication time the caller knows (ISO 8601); used when the page states none. */
  publishedAt?: string | null;
  /** Charset from a transport header (HTTP Content-Type), if any. */
  charset?: string | null;
  /** sha256 of the original bytes when the caller already has it (batch ledger). */
  id?: string;
  /** Options for the stages. */
  options?: ExtractOptions;
}

export interface ExtractOptions {
  /** Use per-site selector hints from corpus/lexicon/sites.json (default true). */
  siteHints?: boolean;
  /** Run the finders (officials, figures, dates). Default true. */
  analyse?: boolean;
  /** Largest input accepted, in bytes (default 20 MiB); larger gives an error record. */
  maxBytes?: number;
  /**
   * Add `segmented` (title, lead, text with the syllables of each word joined by "_") to
   * Vietnamese records. Default false: it costs a segmentation of the whole text.
   */
  segment?: boolean;
}

/** The record fields the clean stage fills (metadata as the page states it). */
type CleanedMetadata = Pick<ArticleRecord, 'kind' | 'url' | 'site' | 'language' | 'title' | 'lead' | 'publishedAt'
  | 'modifiedAt' | 'authors' | 'section' | 'tags' | 'captions' | 'warnings'>;

/** Output of the clean stage: metadata and story blocks, before any finder runs. */
export interface CleanedDocument extends CleanedMetadata {
  /** Story paragraphs in order, NFC, white space folded; joined by "\n\n" they form `text`. */
  paragraphs: string[];
}

export function emptyCleaned(): CleanedDocument {
  return {
    kind: 'article', url: null, site: null, language: 'vi', title: null, lead: null, publishedAt: null,
    modifiedAt: null, authors: [], section: null, tags: [], paragraphs: [], captions: [], warnings: [],
  };
}
