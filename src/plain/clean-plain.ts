/**
 * The clean stage for plain text (.txt files, JSONL `text` fields): no markup, so paragraphs are lines.
 * Widget lines and hotline numbers are dropped, the first headline-shaped line is the title,
 * lines repeated (or repeated with a typo) are image captions: kept once in `captions`, out of the text.
 */
import { genericHints } from '../html/sites.js';
import type { CleanedDocument } from '../pipeline/document.js';
import { emptyCleaned } from '../pipeline/document.js';
import { isNearDuplicate } from './near-duplicate.js';

const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u200b\ufeff]+/g, ' ').trim();

// 0989837029 · 0989 837 029 · (024) 3825 1234 · +84 24 3825 1234 · Hotline: 1900 1234
const PHONE_LINE = /^(?:(?:hotline|điện thoại|đt|tel|sđt|phone)\s*:?\s*)?[+(]?\d[\d\s.()-]{7,}\d$/iu;
// "Ảnh: …", "Nguồn ảnh: …", or a line closing with "(Ảnh: …)" / "- Ảnh: …"
const CAPTION_LINE = /^(?:ảnh|nguồn ảnh)\s*:|[-–(]\s*ảnh\s*:[^()]*\)?$/iu;
const SENTENCE_END = /[.!?…:;]["”’)]*$/u;

/** A headline: several words, no closing punctuation, not shouting a widget. */
function isHeadline(line: string): boolean {
  const words = line.split(' ').length;
  return words >= 5 && words <= 40 && !SENTENCE_END.test(line);
}

function isWidgetLine(line: string, widgetOpenings: string[]): boolean {
  if (PHONE_LINE.test(line)) return true;
  const lower = line.toLowerCase();
  return line.length <= 60 && widgetOpenings.some((w) => lower.startsWith(w));
}

export function cleanPlainText(text: string, url: string | null = null): CleanedDocument {
  const doc = emptyCleaned();
  doc.url = url;
  const widgetOpenings = genericHints().boilerplateLines;
  const lines = text.split(/\r\n?|\n/).map(fold).filter(Boolean);

  // Lines above the headline are the page's chrome (support widgets, phone numbers, menus).
  let titleIndex = lines.findIndex((l) => isHeadline(l) && !isWidgetLine(l, widgetOpenings));
  // A short headline ("Giá vàng tăng mạnh") still opens the text when nothing longer does.
  if (titleIndex < 0 && lines.length > 1) {
    const first = lines.findIndex((l) => !isWidgetLine(l, widgetOpenings));
    if (first >= 0 && first < lines.length - 1 && lines[first]!.split(' ').length >= 2 && !SENTENCE_END.test(lines[first]!)) titleIndex = first;
  }
  if (titleIndex >= 0) doc.title = lines[titleIndex]!;
  const body = lines.slice(titleIndex + 1).filter((l) => !isWidgetLine(l, widgetOpenings) && l !== doc.title);
  if (titleIndex < 0) doc.warnings.push('no title line found');

  // A line printed twice (the second time perhaps with a typo) is an image caption.
  const captionAt = new Set<number>();
  for (let i = 0; i < body.length; i++) {
    if (captionAt.has(i) || body[i]!.length > 300) continue;
    for (let j = i + 1; j < body.length; j++) {
      if (isNearDuplicate(body[i]!, body[j]!)) {
        if (!captionAt.has(i)) doc.captions.push(body[i]!);
        captionAt.add(i).add(j);
      }
    }
    if (!captionAt.has(i) && CAPTION_LINE.test(body[i]!)) {
      doc.captions.push(body[i]!);
      captionAt.add(i);
    }
  }
  doc.paragraphs = body.filter((_, i) => !captionAt.has(i));
  const dropped = lines.length - body.length - (titleIndex >= 0 ? 1 : 0);
  if (dropped > 0) doc.warnings.push(`dropped ${dropped} widget/phone line(s)`);
  return doc;
}
