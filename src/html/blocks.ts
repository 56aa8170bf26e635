/**
 * A container's text as blocks in reading order, in one walk over the tree. Block elements (p, h2,
 * li, div…) and <br> end a block; inline elements (a, strong, span…) continue it; table cells of a
 * row are joined with " | " so a table stays one text row per <tr>. Link text is counted per block
 * so related-headline lists can be told from story text.
 */
import type { AnyNode, Element } from 'domhandler';
import { foldText } from './fold-text.js';

export interface Block {
  text: string;
  /** Tag of the block element the text sits in ("p", "h2", "li", "tr", "div"…). */
  tag: string;
  /** Characters of the text inside <a> elements. */
  linkChars: number;
  /** The block element the text sits in. */
  element: Element;
  /** Characters of the text in italics (<em>, <i>, style="font-style: italic"): captions of pasted markup. */
  italicChars: number;
  /**
   * When an image came right before this text (no other text between): its alt text ('' without one).
   * Undefined otherwise. A short line under a photo that repeats its alt, or is all italics, is a caption.
   */
  afterImage?: string;
}

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'nobr',
]);
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'button', 'select', 'textarea', 'picture', 'video', 'audio', 'iframe']);
const ITALIC = new Set(['em', 'i']);
// Flags of a node on the walk's stack: inside a link, inside italics.
const IN_LINK = 1;
const IN_ITALIC = 2;
const CELL_MARK = '\u0001';

interface WalkState {
  buffer: string[];
  linkChars: number;
  italicChars: number;
  block: Element;
  out: Block[];
  /** Alt text of an image with no text after it yet, else undefined. */
  image: string | undefined;
}

function flush(state: WalkState): void {
  if (state.buffer.length === 0) return;
  let raw = state.buffer.join('');
  state.buffer = [];
  const linkChars = state.linkChars;
  const italicChars = state.italicChars;
  state.linkChars = 0;
  state.italicChars = 0;
  if (raw.includes(CELL_MARK)) {
    raw = raw.split(CELL_MARK).map((c) => foldText(c)).filter(Boolean).join(' | ');
  }
  const text = foldText(raw);
  if (!text) return;
  const block: Block = { text, tag: state.block.name, linkChars: Math.min(linkChars, text.length), element: state.block, italicChars: Math.min(italicChars, text.length) };
  if (state.image !== undefined) block.afterImage = state.image;
  state.image = undefined;
  state.out.push(block);
}

const isItalic = (el: Element): boolean => ITALIC.has(el.name) || (el.attribs['style'] !== undefined && /font-style\s*:\s*italic/i.test(el.attribs['style']));

// Steps of the walk, kept in parallel stacks (no object per node): visit a node, close a block
// element (restoring the outer block), or close a table cell.
const VISIT = 0;
const CLOSE_BLOCK = 1;
const CLOSE_CELL = 2;

/** Walk without recursion (pages nest thousands of levels deep): an explicit stack of steps. */
function walk(root: Element, state: WalkState): void {
  const kinds: number[] = [];
  const nodes: AnyNode[] = [];
  const links: number[] = [];
  const pushChildren = (el: Element, flags: number): void => {
    for (let i = el.children.length - 1; i >= 0; i--) {
      kinds.push(VISIT);
      nodes.push(el.children[i]!);
      links.push(flags);
    }
  };
  pushChildren(root, 0);
  while (kinds.length) {
    const kind = kinds.pop()!;
    const node = nodes.pop()!;
    const flags = links.pop()!;
    if (kind === CLOSE_BLOCK) {
      flush(state);
      state.block = node as Element;
      continue;
    }
    if (kind === CLOSE_CELL) {
      state.buffer.push(CELL_MARK);
      continue;
    }
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      state.buffer.push(data);
      if (flags !== 0) {
        const len = data.replace(/\s+/g, ' ').trim().length;
        if (flags & IN_LINK) state.linkChars += len;
        if (flags & IN_ITALIC) state.italicChars += len;
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name;
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      flush(state);
    } else if (name === 'img') {
      // An image opening a block (not an icon inside a sentence): the line after it may be its caption.
      if (state.buffer.every((b) => b.trim() === '')) state.image = el.attribs['alt'] ?? el.attribs['title'] ?? '';
    } else if (INLINE.has(name)) {
      pushChildren(el, flags | (name === 'a' ? IN_LINK : 0) | (isItalic(el) ? IN_ITALIC : 0));
    } else if (CELL.has(name)) {
      state.buffer.push(CELL_MARK);
      kinds.push(CLOSE_CELL);
      nodes.push(el);
      links.push(0);
      pushChildren(el, flags);
    } else {
      // A block element: what came before it is one block, its own content others.
      flush(state);
      kinds.push(CLOSE_BLOCK);
      nodes.push(state.block); // the outer block, restored when this one closes
      links.push(0);
      state.block = el;
      pushChildren(el, flags | (isItalic(el) ? IN_ITALIC : 0));
    }
  }
}

/** The blocks of `root`, in order. */
export function collectBlocks(root: Element): Block[] {
  const state: WalkState = { buffer: [], linkChars: 0, italicChars: 0, block: root, out: [], image: undefined };
  walk(root, state);
  flush(state);
  return state.out;
}
