/**
 * The visible dateline of an article: a short line with a full date, next to the headline (just
 * above it, or below it before the story starts) — where every template of the last fifteen years
 * prints it, whatever its class names. Reading only the lines beside the h1 keeps the dates of
 * sidebars, teasers, comments and the story text out.
 */
import type { AnyNode, Element } from 'domhandler';
import { readDateline, type DatelineParts } from './datelines.js';

/** Limits of the walk around the headline. */
export interface DatelineOptions {
  /** Lines read after the headline. @default 14 */
  linesAfter: number;
  /** Lines read before it. @default 8 */
  linesBefore: number;
  /** A longer line is prose, not a dateline. @default 120 */
  maxLineChars: number;
  /** After this many prose lines (the lead, the first paragraph) the story has begun: stop. @default 2 */
  maxProseLines: number;
}

export const DEFAULT_DATELINE: DatelineOptions = { linesAfter: 14, linesBefore: 8, maxLineChars: 120, maxProseLines: 2 };

const INLINE = new Set(['a', 'abbr', 'b', 'big', 'cite', 'em', 'font', 'i', 'label', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'nobr']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'textarea', 'svg']);
const PROSE_CHARS = 150;

interface Line {
  text: string;
  block: AnyNode | null;
  linked: boolean;
}

/** The nearest non-inline ancestor, and whether a link sits on the way. */
function blockOf(node: AnyNode): { block: AnyNode | null; linked: boolean } {
  let linked = false;
  let p = node.parent;
  while (p && p.type === 'tag' && INLINE.has((p as Element).name)) {
    if ((p as Element).name === 'a') linked = true;
    p = p.parent;
  }
  return { block: p, linked };
}

const skipped = (n: AnyNode): boolean => n.type === 'script' || n.type === 'style' || (n.type === 'tag' && SKIP.has((n as Element).name));

function nextNode(n: AnyNode, enter: boolean): AnyNode | null {
  if (enter && n.type === 'tag' && !skipped(n) && (n as Element).children.length) return (n as Element).children[0]!;
  let c: AnyNode | null = n;
  while (c && !c.next) c = c.parent;
  return c ? c.next : null;
}

function prevNode(n: AnyNode): AnyNode | null {
  if (n.prev) {
    let c: AnyNode = n.prev;
    while (c.type === 'tag' && !skipped(c) && (c as Element).children.length) c = (c as Element).children[(c as Element).children.length - 1]!;
    return c;
  }
  return n.parent;
}

/** Lines of text from `start` on, in one direction, grouped by block element (and <br>). */
function collectLines(start: AnyNode, forward: boolean, limit: number, options: DatelineOptions): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let prose = 0;
  const close = (): boolean => {
    if (current && current.text.trim()) {
      lines.push(current);
      if (current.text.trim().length > PROSE_CHARS) prose++;
    }
    current = null;
    return lines.length >= limit || prose >= options.maxProseLines;
  };
  let n: AnyNode | null = forward ? nextNode(start, false) : prevNode(start);
  for (let steps = 0; n && steps < 4000; steps++) {
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      if (data.trim()) {
        const { block, linked } = blockOf(n);
        if (current && (current as Line).block !== block && close()) break;
        current ??= { text: '', block, linked: true };
        current.text = forward ? `${current.text} ${data}` : `${data} ${current.text}`;
        current.linked &&= linked;
      }
    } else if (n.type === 'tag' && (n as Element).name === 'br') {
      if (close()) break;
    }
    // Walking back onto a parent adds nothing: a tag holds no text of its own.
    n = forward ? nextNode(n, true) : prevNode(n);
  }
  close();
  return lines;
}

export interface FoundDateline {
  parts: DatelineParts;
  /** The line it was read from, folded. */
  line: string;
}

function firstDateline(lines: Line[], options: DatelineOptions): { found: FoundDateline; distance: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (line.linked || text.length > options.maxLineChars) continue;
    const parts = readDateline(text);
    if (parts) return { found: { parts, line: text }, distance: i };
  }
  return null;
}

/** The dateline nearest the headline element (after it on a tie), or null. */
export function findDatelineNear(headline: Element, options: DatelineOptions = DEFAULT_DATELINE): FoundDateline | null {
  const after = firstDateline(collectLines(headline, true, options.linesAfter, options), options);
  const before = firstDateline(collectLines(headline, false, options.linesBefore, options), options);
  if (after && (!before || after.distance <= before.distance)) return after.found;
  return before?.found ?? null;
}
