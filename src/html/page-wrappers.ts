/**
 * Drop tags that wrap the page. ASP.NET WebForms pages (most Vietnamese news sites of 2008–2014) put the
 * whole page in one `<form id="aspnetForm">`: dropping every <form> as a widget drops the story with it.
 * A droppable element holding most of the page's text is a wrapper, not a widget: it stays, and the
 * drop-tag elements inside it (its scripts, menus, inputs) are listed in its place.
 */
import type { AnyNode, Element } from 'domhandler';
import { measureText } from './dom-text.js';

/** Tags that legitimately wrap a whole page in old markup; other drop tags never do. */
const WRAPPING = new Set(['form']);

/** A wrapper holds at least this share of the body's text, and at least this many characters. */
const WRAPPER_SHARE = 0.5;
const MIN_WRAPPER_CHARS = 200;

/** The outermost drop-tag elements strictly inside `root`, in document order. */
function droppablesWithin(root: Element, dropTags: ReadonlySet<string>, out: Element[]): void {
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    if (dropTags.has(el.name)) {
      out.push(el);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
}

/**
 * `droppable` (outermost drop-tag elements of the page scan) with page wrappers replaced by the
 * drop-tag elements inside them. `body` is the page's body (or top element).
 */
export function withoutPageWrappers(droppable: Element[], body: Element | undefined, dropTags: ReadonlySet<string>): Element[] {
  if (!body || !droppable.some((el) => WRAPPING.has(el.name))) return droppable;
  let total: number | null = null;
  const out: Element[] = [];
  for (const el of droppable) {
    // A search box or a comment form holds little text: the page is measured only for a big form.
    const chars = WRAPPING.has(el.name) ? measureText(el).chars : 0;
    if (chars >= MIN_WRAPPER_CHARS && chars >= WRAPPER_SHARE * (total ??= measureText(body).chars)) {
      // A nested wrapper (a form in the form) is checked in turn.
      const inner: Element[] = [];
      droppablesWithin(el, dropTags, inner);
      out.push(...withoutPageWrappers(inner, body, dropTags));
    } else out.push(el);
  }
  return out;
}
