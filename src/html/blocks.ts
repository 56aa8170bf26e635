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
}

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'nobr',
]);
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'button', 'select', 'textarea', 'img', 'picture', 'video', 'audio', 'iframe']);
const CELL_MARK = '\u0001';

interface WalkState {
  buffer: string[];
  linkChars: number;
  block: Element;
  out: Block[];
}

function flush(state: WalkState): void {
  if (state.buffer.length === 0) return;
  let raw = state.buffer.join('');
  state.buffer = [];
  const linkChars = state.linkChars;
  state.linkChars = 0;
  if (raw.includes(CELL_MARK)) {
    raw = raw.split(CELL_MARK).map((c) => foldText(c)).filter(Boolean).join(' | ');
  }
  const text = foldText(raw);
  if (text) state.out.push({ text, tag: state.block.name, linkChars: Math.min(linkChars, text.length), element: state.block });
}

// Steps of the walk, kept in parallel stacks (no object per node): visit a node, close a block
// element (restoring the outer block), or close a table cell.
const VISIT = 0;
const CLOSE_BLOCK = 1;
const CLOSE_CELL = 2;

/** Walk without recursion (pages nest thousands of levels deep): an explicit stack of steps. */
function walk(root: Element, state: WalkState): void {
  const kinds: number[] = [];
  const nodes: AnyNode[] = [];
  const links: boolean[] = [];
  const pushChildren = (el: Element, inLink: boolean): void => {
    for (let i = el.children.length - 1; i >= 0; i--) {
      kinds.push(VISIT);
      nodes.push(el.children[i]!);
      links.push(inLink);
    }
  };
  pushChildren(root, false);
  while (kinds.length) {
    const kind = kinds.pop()!;
    const node = nodes.pop()!;
    const inLink = links.pop()!;
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
      if (inLink) state.linkChars += data.replace(/\s+/g, ' ').trim().length;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name;
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      flush(state);
    } else if (INLINE.has(name)) {
      pushChildren(el, inLink || name === 'a');
    } else if (CELL.has(name)) {
      state.buffer.push(CELL_MARK);
      kinds.push(CLOSE_CELL);
      nodes.push(el);
      links.push(false);
      pushChildren(el, inLink);
    } else {
      // A block element: what came before it is one block, its own content others.
      flush(state);
      kinds.push(CLOSE_BLOCK);
      nodes.push(state.block); // the outer block, restored when this one closes
      links.push(false);
      state.block = el;
      pushChildren(el, inLink);
    }
  }
}

/** The blocks of `root`, in order. */
export function collectBlocks(root: Element): Block[] {
  const state: WalkState = { buffer: [], linkChars: 0, block: root, out: [] };
  walk(root, state);
  flush(state);
  return state.out;
}
