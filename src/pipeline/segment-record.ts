/**
 * The `segmented` fields of a record (`--segment`, SCHEMA v1.1): title, lead and text with the
 * syllables of each word joined by "_" and punctuation split off (segmentedText). Vietnamese
 * records only: English and other languages keep `segmented: null` with a warning, since a
 * Vietnamese word model has nothing to say about them. A segmenter failure costs the field, not
 * the record.
 */
import type { ArticleRecord } from '../record.js';
import { segmentedText } from '../segment/index.js';

export function segmentRecord(record: ArticleRecord): void {
  if (record.language !== 'vi') {
    record.warnings.push(`segment: not done for language "${record.language}" (Vietnamese word model)`);
    return;
  }
  try {
    record.segmented = {
      title: record.title === null ? null : segmentedText(record.title),
      lead: record.lead === null ? null : segmentedText(record.lead),
      text: segmentedText(record.text),
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    record.warnings.push(`segment failed: ${message.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
}
