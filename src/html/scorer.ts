/**
 * Finds the story container on pages no hint describes (the Readability / jusText family):
 * every text block votes for its parent (full weight), grandparent (1/2) and great-grandparent (1/3)
 * with a score for story-like text (length, commas, Vietnamese stop words), damped by link density.
 * The element with the most votes, after its own link density, is the story.
 */
import type { Element } from 'domhandler';
import { selectWithin } from './css-query.js';
import { measureText, measureTextExcept, textOf } from './dom-text.js';
import type { ElementIndex } from './element-index.js';
import { isStoryLike } from './story-words.js';

/** Thresholds of the scorer. */
export interface ScorerOptions {
  /** Shortest block that votes, in characters. @default 25 */
  minBlockChars: number;
  /** How many ancestors a block votes for. @default 3 */
  ancestorLevels: number;
}

export const DEFAULT_SCORER: ScorerOptions = { minBlockChars: 25, ancestorLevels: 3 };

const TEXT_BLOCKS = ['p', 'pre', 'blockquote', 'li', 'td', 'h2', 'h3', 'h4', 'div'];
const BLOCK_CHILD = new Set(['p', 'div', 'section', 'article', 'ul', 'ol', 'table', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'header', 'footer', 'form', 'pre']);

function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (c.type === 'tag' && BLOCK_CHILD.has((c as Element).name)) return true;
  return false;
}

/** Text blocks under root: from the page scan's index when there is one, else one css-select pass. */
function textBlocks(root: Element, index: ElementIndex | undefined): Element[] {
  if (!index) return selectWithin([root], TEXT_BLOCKS.join(','));
  const out: Element[] = [];
  for (const tag of TEXT_BLOCKS) for (const el of index.query(tag) ?? []) if (el !== root) out.push(el);
  return out;
}

/** Table plumbing: a row or row group is never a story container, and it hides the table from its cells. */
const TABLE_PLUMBING = new Set(['tr', 'tbody', 'thead', 'tfoot']);

/** True when `el` or one of its ancestors is marked as boilerplate (a related box, a comment list). */
function insideBoilerplate(el: Element, isBoilerplate: (el: Element) => boolean): boolean {
  for (let a: Element | null = el; a && a.type === 'tag'; a = a.parent as Element | null) if (isBoilerplate(a)) return true;
  return false;
}

/**
 * The story container under `root`. `isBoilerplate` tells boxes marked as related news, comments…:
 * a candidate inside one is not the story, however well its teasers read.
 */
export function findStoryContainer(root: Element, index?: ElementIndex, options: ScorerOptions = DEFAULT_SCORER, isBoilerplate: (el: Element) => boolean = () => false): Element | null {
  const scores = new Map<Element, number>();
  for (const el of textBlocks(root, index)) {
    // A div votes only when it holds text itself (portals that write paragraphs as div + br).
    if (el.name === 'div' && hasBlockChild(el)) continue;
    const m = measureText(el);
    if (m.chars < options.minBlockChars) continue;
    const linkDensity = m.linkChars / m.chars;
    if (linkDensity > 0.5) continue;
    let score = 1 + m.commas + Math.min(Math.floor(m.chars / 100), 3);
    score *= 1 - linkDensity;
    if (isStoryLike(textOf(el))) score *= 1.5;
    let ancestor = el.parent;
    for (let level = 0; level < options.ancestorLevels && ancestor && ancestor.type === 'tag'; level++) {
      let a = ancestor as Element;
      // Old pages put each photo and its caption in a table: the cell's votes go to the table itself.
      while (TABLE_PLUMBING.has(a.name) && a.parent && a.parent.type === 'tag') a = a.parent as Element;
      scores.set(a, (scores.get(a) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      ancestor = a.parent;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  // Candidates nest: each element's boilerplate verdict is computed once.
  const verdicts = new Map<Element, boolean>();
  const marked = (el: Element): boolean => {
    if (!el.attribs['class'] && !el.attribs['id']) return false;
    let v = verdicts.get(el);
    if (v === undefined) verdicts.set(el, (v = isBoilerplate(el)));
    return v;
  };
  // Only the strongest few need their (costlier) link density.
  const top = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  for (const [el, raw] of top) {
    if (insideBoilerplate(el, marked)) continue;
    // A related box inside the story container is removed later: its links do not count against it
    // (measured again without such boxes only when the links weigh at all).
    let m = measureText(el);
    if (m.chars && m.linkChars / m.chars > 0.1) m = measureTextExcept(el, marked);
    const score = raw * (1 - (m.chars ? m.linkChars / m.chars : 0));
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best;
}
