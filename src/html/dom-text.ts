/**
 * Text of a subtree without recursion: pages nest 10,000 levels deep in the wild (broken CMS
 * templates), and a recursive walk (domutils' textContent, cheerio's .text()) overflows the stack.
 */
import type { AnyNode, Element } from 'domhandler';

const dataOf = (n: AnyNode): string => (n as unknown as { data: string }).data;

/** Concatenated text nodes under `root` (comments, scripts and styles left out), in document order. */
export function textOf(root: AnyNode): string {
  if (root.type === 'text') return dataOf(root);
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(dataOf(n));
    else if (n.type === 'tag' || n.type === 'root') {
      const children = (n as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('');
}

export interface TextMeasure {
  /** Characters of text (each text node trimmed). */
  chars: number;
  /** Of which inside <a>. */
  linkChars: number;
  commas: number;
}

/** Size, linked share and commas of the text under `root`, without recursion. */
export function measureText(root: Element): TextMeasure {
  return measureTextExcept(root, null);
}

/** measureText, leaving out the subtrees `skip` accepts (boilerplate boxes inside a candidate container). */
export function measureTextExcept(root: Element, skip: ((el: Element) => boolean) | null): TextMeasure {
  const m: TextMeasure = { chars: 0, linkChars: 0, commas: 0 };
  // Two parallel stacks (node, inside a link?): no tuple allocated per node.
  const nodes: AnyNode[] = [];
  const links: boolean[] = [];
  const rootLink = root.name === 'a';
  for (let i = root.children.length - 1; i >= 0; i--) {
    nodes.push(root.children[i]!);
    links.push(rootLink);
  }
  while (nodes.length) {
    const n = nodes.pop()!;
    const inLink = links.pop()!;
    if (n.type === 'text') {
      const data = dataOf(n);
      const len = data.trim().length;
      m.chars += len;
      if (inLink) m.linkChars += len;
      for (let i = data.indexOf(','); i >= 0; i = data.indexOf(',', i + 1)) m.commas++;
    } else if (n.type === 'tag') {
      const el = n as Element;
      if (skip !== null && skip(el)) continue;
      const link = inLink || el.name === 'a';
      for (let i = el.children.length - 1; i >= 0; i--) {
        nodes.push(el.children[i]!);
        links.push(link);
      }
    }
  }
  return m;
}
