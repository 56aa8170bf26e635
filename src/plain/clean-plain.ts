/**
 * The clean stage for plain text (.txt files, JSONL `text` fields): no markup, so paragraphs are
 * lines. First honest version (foundation): the first line that reads like a headline is the title,
 * every other non-empty line is a paragraph. The cleaning issue adds widget/hotline/caption rules.
 */
import type { CleanedDocument } from '../pipeline/document.js';
import { emptyCleaned } from '../pipeline/document.js';

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function cleanPlainText(text: string, url: string | null = null): CleanedDocument {
  const doc = emptyCleaned();
  doc.url = url;
  const lines = text.split(/\r?\n/).map(fold).filter(Boolean);
  // A headline has several words and no final full stop.
  const titleIndex = lines.findIndex((l) => l.split(' ').length >= 5 && !/[.!?…:]$/.test(l));
  if (titleIndex >= 0) doc.title = lines[titleIndex]!;
  doc.paragraphs = lines.filter((_, i) => i !== titleIndex);
  if (!doc.title) doc.warnings.push('no title line found');
  return doc;
}
