/**
 * The record contract (../shared/SCHEMA.md, v1.1): one ArticleRecord or ErrorRecord per input document.
 * Field names, types and meanings here are what evaluation scripts read; add fields, never rename.
 */

export const PIPELINE = { name: 'baochi', version: '0.1.0' } as const;
export type PipelineInfo = { name: string; version: string };

/** `[start, end)` UTF-16 offsets into the field the mention was found in. */
export type Span = [number, number];

/** Where a mention sits when it is not in `text`: offsets then index into that field. */
export type MentionField = 'text' | 'title' | 'lead' | 'captions';

export interface Located {
  span: Span;
  /** Absent or "text" for the body; "title" | "lead" | "captions" otherwise. */
  field?: MentionField;
  /** Caption index when field is "captions". */
  index?: number;
}

export interface Position {
  /** The office alone: "Phó Chủ tịch". */
  title: string;
  /** The organization as written ("UBND tỉnh"), or null. */
  organization: string | null;
  /** Abbreviations expanded, bare "tỉnh"/"thành phố" resolved: "Ủy ban nhân dân tỉnh Bắc Ninh". */
  organizationFull: string | null;
  /** The whole position phrase as written: "Phó Chủ tịch UBND tỉnh". */
  text: string;
  /** A former holder: "nguyên Chủ tịch", "cựu Bộ trưởng", "former" (SCHEMA v1.1). */
  former: boolean;
}

export interface Official {
  /** Full name as written, NFC, no honorific. */
  name: string;
  gender: 'male' | 'female' | null;
  positions: Position[];
  /** Every mention, short forms ("ông Khải") included. */
  mentions: Located[];
}

export type Approx = 'about' | 'over' | 'under' | 'at_least' | 'at_most';
export type FigureStatus = 'actual' | 'estimate' | 'target';

export interface Figure extends Located {
  /** The mention as written: "1.127,9 nghìn tỷ đồng". */
  text: string;
  /** The number after scale words; for a range, the lower bound. */
  value: number;
  /** Canonical unit (SCHEMA.md table): "VND", "USD", "%", "pp", "t", "người", "VND/lượng"… */
  unit: string | null;
  approx: Approx | null;
  range: { from: number; to: number } | null;
  /** What is measured, as written, or null. */
  metric: string | null;
  change: { direction: 'up' | 'down'; reference: string | null } | null;
  status: FigureStatus | null;
  /** ISO-like period (DateMention.value format, or an ISO 8601 interval "2021-03-24/2022-12-30"), or null. */
  period: string | null;
}

/** A part of day written with a day ("Sáng 13/1"): the mention stays a day (SCHEMA v1.1). */
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

export type Grain = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';
export type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'reference';

export interface DateMention extends Located {
  /** The mention as written: "Ngày 15 – 1". */
  text: string;
  /** ISO at its grain ("2021-01-15", "2021-Q1", "2021-H1", "2021-W02", "2021-01-15T10:30"), or null. */
  value: string | null;
  grain: Grain;
  /** Inclusive end of a range, same format as value, else null. */
  to: string | null;
  /** "morning" … "night" when a part of day is written with the date, else null. */
  partOfDay: PartOfDay | null;
  /** Parts not written but taken from the reference date (or context). */
  inferred: string[];
}

/** Word-segmented fields (`--segment`): the syllables of each word joined by "_". */
export interface SegmentedFields {
  title: string | null;
  lead: string | null;
  text: string;
}

export interface ArticleRecord {
  kind: 'article' | 'listing';
  /** sha256 (hex) of the input bytes. */
  id: string;
  source: string;
  url: string | null;
  site: string | null;
  language: string;
  title: string | null;
  lead: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  authors: string[];
  section: string | null;
  tags: string[];
  /** Clean body, paragraphs joined by "\n\n", lead and captions excluded. */
  text: string;
  captions: string[];
  /** Only when asked (`segment: true`): title, lead and text with words joined by "_"; else null. */
  segmented: SegmentedFields | null;
  officials: Official[];
  figures: Figure[];
  dates: DateMention[];
  warnings: string[];
  pipeline: PipelineInfo;
}

export type ErrorStage = 'ingest' | 'decode' | 'parse' | 'clean' | 'extract' | 'analyse' | 'limit' | 'duplicate';

export interface ErrorRecord {
  kind: 'error';
  id: string;
  source: string;
  stage: ErrorStage | string;
  /** A clear, one-line reason. */
  error: string;
  url?: string | null;
  pipeline: PipelineInfo;
}

export type OutputRecord = ArticleRecord | ErrorRecord;

export function isErrorRecord(r: OutputRecord): r is ErrorRecord {
  return r.kind === 'error';
}

/** Error records carry one line: newlines folded, length capped so a log stays readable. */
export function errorRecord(id: string, source: string, stage: ErrorRecord['stage'], reason: unknown, url?: string | null): ErrorRecord {
  const message = reason instanceof Error ? reason.message : String(reason);
  const oneLine = message.replace(/\s+/g, ' ').trim().slice(0, 300) || 'unknown error';
  const rec: ErrorRecord = { kind: 'error', id, source, stage, error: oneLine, pipeline: { ...PIPELINE } };
  if (url !== undefined) rec.url = url;
  return rec;
}
