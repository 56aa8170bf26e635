/**
 * baochi — Vietnamese news pages to structured records.
 *
 * `extract(input)` turns one page (HTML string or bytes, or plain text) into one record per
 * ../shared/SCHEMA.md; the finders are exported for use on any text.
 */
export { extract, sha256Hex } from './pipeline/extract.js';
export type { ExtractInput, ExtractOptions, CleanedDocument } from './pipeline/document.js';
export * from './record.js';
export { validateRecord, recordSchema } from './schema/validate.js';
export { decodeBytes } from './decode/charset.js';
export { parseNumber } from './extract/numbers.js';
export { findFigures } from './extract/figures.js';
export type { FigureOptions } from './extract/figures.js';
export { findDates } from './extract/dates.js';
export type { DateOptions } from './extract/dates.js';
export { findOfficials } from './extract/officials.js';
export type { OfficialOptions } from './extract/officials.js';
export { segment, segmentForms, segmentedText } from './segment/index.js';
export type { Sentence, Word, SegmentOptions } from './segment/index.js';
export { repairLegacyText } from './decode/legacy/index.js';
export type { LegacyEncoding, RepairResult } from './decode/legacy/index.js';
export { makeShadow } from './text/normalize.js';
export type { Shadow, ShadowOptions } from './text/normalize.js';
export { splitSentences } from './text/split-sentences.js';
export { openStore } from './knowledge/store.js';
export type { Store, OpenStoreOptions } from './knowledge/store.js';
export { listOfficials } from './knowledge/officials-registry.js';
export type { OfficialRow, OfficialsQuery } from './knowledge/officials-registry.js';
export { series } from './knowledge/series.js';
export type { SeriesRow, SeriesQuery } from './knowledge/series.js';
