/**
 * One walk over the parsed page for the head-type facts (meta tags, canonical link, JSON-LD scripts,
 * <title>): a plain traversal is several times cheaper than one css-select query per fact.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { ElementIndex } from './element-index.js';

export interface PageScan {
  /** Attributes of every <meta>. */
  metas: Record<string, string>[];
  /** href of the first <link rel=canonical>. */
  canonical: string | null;
  /** Text of every <script type="application/ld+json">. */
  jsonLd: string[];
  /** Text of the first <title>. */
  title: string | null;
  /** lang of <html>. */
  lang: string | null;
  /** Elements whose tag is in the drop set (scripts, navigation, asides…), outermost only. */
  droppable: Element[];
  /** Every element by tag, class and id, for simple selectors. */
  index: ElementIndex;
}

function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

const textOf = (el: Element): string => el.children.map((c) => (c.type === 'text' || c.type === 'cdata' ? (c as unknown as { data: string }).data : '')).join('');

/** Elements inside a script, style or title (an unclosed "<script/>" swallows the page): indexed only. */
function indexHidden(index: ElementIndex, parent: Element): void {
  if (parent.children.every((c) => c.type === 'text')) return;
  const stack: AnyNode[] = [];
  for (let i = parent.children.length - 1; i >= 0; i--) stack.push(parent.children[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    index.addHidden(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
}

/** Walk the page once; `dropTags` names the elements to list in `droppable`. */
export function scanPage(root: Document, dropTags: ReadonlySet<string>): PageScan {
  const scan: PageScan = { metas: [], canonical: null, jsonLd: [], title: null, lang: null, droppable: [], index: new ElementIndex(root) };
  // A stack walk in document order: children are pushed last first so that the first pops first.
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  // The last outermost droppable element: its descendants are not listed again.
  let dropUntil: AnyNode | null = null;
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    if (el.parent === root) scan.index.startTopLevel();
    scan.index.add(el);
    if (dropTags.has(el.name) && (dropUntil === null || !isInside(el, dropUntil))) {
      scan.droppable.push(el);
      dropUntil = el;
    }
    switch (el.name) {
      case 'meta':
        scan.metas.push(el.attribs);
        continue;
      case 'link':
        if (scan.canonical === null && /(^|\s)canonical(\s|$)/i.test(el.attribs['rel'] ?? '')) scan.canonical = el.attribs['href'] ?? null;
        continue;
      case 'script':
        if ((el.attribs['type'] ?? '').toLowerCase() === 'application/ld+json') scan.jsonLd.push(textOf(el));
        indexHidden(scan.index, el);
        continue;
      case 'style':
        indexHidden(scan.index, el);
        continue;
      case 'title':
        // The document's <title>, not an SVG's.
        if (scan.title === null) scan.title = textOf(el);
        indexHidden(scan.index, el);
        continue;
      case 'html':
        scan.lang = el.attribs['lang'] ?? null;
        break;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  // Below the top level the walk is in document order: "first" above means first in its subtree.
  return scan;
}
