/**
 * CSS selectors answered without cheerio, with cheerio's results: each selector is parsed and
 * compiled once per process (css-select), and matched against the page scan's candidate lists or one
 * walk of a container, instead of a fresh compile and a recursive walk of the whole page per query.
 * Selectors are css-select syntax (jQuery's :first, :eq… are not); sites.json is checked in the tests.
 *
 *   selectInDocument(index, sel)  ≡ cheerio  $(sel)             (every element of the page)
 *   selectWithin(roots, sel)      ≡ cheerio  $(roots).find(sel) (descendants, selector scoped to roots)
 *   matchesSelector(el, sel)      ≡ cheerio  $(el).is(sel) / .filter(sel) on one element
 */
import { compile, selectAll } from 'css-select';
import { parse, type Selector } from 'css-what';
import { isTag, type AnyNode, type Element, type ParentNode } from 'domhandler';
import type { ElementIndex } from './element-index.js';

type Test = (el: Element) => boolean;

/** A selector with only descendant and child combinators, as compounds from left to right. */
interface Chain {
  compounds: Test[];
  /** What the rightmost compound requires, if anything cheap to check. */
  last: Requirement | null;
  /** combinators[i] joins compounds[i] and compounds[i + 1]. */
  combinators: Array<'descendant' | 'child'>;
}

interface Compiled {
  /** The whole selector, unscoped (document context). */
  test: Test;
  /** One chain per group; null when a group uses anything beyond descendant/child combinators. */
  chains: Chain[] | null;
  /** Tag or class of the rightmost compound of a one-group selector: where candidates are listed. */
  tag: string | null;
  className: string | null;
  /** Necessary conditions, one per group (an element must meet one); null when a group has none. */
  requirements: Requirement[] | null;
}

const TRAVERSALS = new Set(['descendant', 'child', 'sibling', 'adjacent', 'parent', 'column-combinator']);

/**
 * What the rightmost compound of a group surely requires, checked inline before any css-select call:
 * a tag name, or an attribute (for class, a substring of it: class values match case-sensitively).
 */
interface Requirement {
  tag: string | null;
  attr: string | null;
  contains: string | null;
}

function requirementOf(tokens: Selector[]): Requirement | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (TRAVERSALS.has(t.type)) break;
    if (t.type === 'tag') return { tag: t.name.toLowerCase(), attr: null, contains: null };
    if (t.type === 'attribute' && t.action !== 'not') {
      const name = t.name.toLowerCase();
      const substring = name === 'class' && (t.action === 'element' || t.action === 'any') && t.ignoreCase !== true && t.value !== '';
      return { tag: null, attr: name, contains: substring ? t.value : null };
    }
  }
  return null;
}

function meets(el: Element, r: Requirement): boolean {
  if (r.tag !== null) return el.name === r.tag;
  const v = el.attribs[r.attr!];
  return v !== undefined && (r.contains === null || v.includes(r.contains));
}

/** Every group's requirement, or null when one group requires nothing cheap to check. */
function requirementsOf(groups: Selector[][]): Requirement[] | null {
  const out: Requirement[] = [];
  for (const g of groups) {
    const r = requirementOf(g);
    if (!r) return null;
    out.push(r);
  }
  return out;
}

function meetsAny(el: Element, rs: Requirement[]): boolean {
  for (const r of rs) if (meets(el, r)) return true;
  return false;
}

const OPTIONS = { xmlMode: false };
const cache = new Map<string, Compiled>();

/** One group as a chain of compiled compounds; null when it uses more than descendant/child combinators. */
function chainOf(tokens: Selector[]): Chain | null {
  const chain: Chain = { compounds: [], last: requirementOf(tokens), combinators: [] };
  let compound: Selector[] = [];
  for (const t of tokens) {
    if (t.type === 'descendant' || t.type === 'child') {
      if (compound.length === 0) return null;
      chain.compounds.push(compile<AnyNode, Element>([compound], OPTIONS));
      chain.combinators.push(t.type);
      compound = [];
    } else if (t.type === 'tag' || t.type === 'attribute' || t.type === 'universal') {
      compound.push(t);
    } else {
      return null; // pseudo-classes, sibling combinators…: the general path
    }
  }
  if (compound.length === 0) return null;
  chain.compounds.push(compile<AnyNode, Element>([compound], OPTIONS));
  return chain;
}

function compileSelector(selector: string): Compiled {
  const groups = parse(selector);
  // css-select sorts the tokens it is given in place: hand it copies.
  const test = compile<AnyNode, Element>(groups.map((g) => [...g]), OPTIONS);
  const chains: Chain[] = [];
  for (const g of groups) {
    const chain = chainOf(g);
    if (!chain) break;
    chains.push(chain);
  }
  let tag: string | null = null;
  let className: string | null = null;
  if (groups.length === 1) {
    // The rightmost compound names the candidates.
    const tokens = groups[0]!;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (TRAVERSALS.has(t.type)) break;
      if (t.type === 'tag') tag = t.name.toLowerCase();
      else if (t.type === 'attribute' && t.name === 'class' && t.action === 'element' && t.ignoreCase !== true) className = t.value;
    }
  }
  return { test, chains: chains.length === groups.length ? chains : null, tag, className, requirements: requirementsOf(groups) };
}

function compiled(selector: string): Compiled {
  let c = cache.get(selector);
  if (!c) {
    c = compileSelector(selector);
    cache.set(selector, c);
  }
  return c;
}

/** Does `el` match `selector` in the context of the whole document? */
export function matchesSelector(el: Element, selector: string): boolean {
  return compiled(selector).test(el);
}

/** Every element of the document matching `selector`, in document order. */
export function selectInDocument(index: ElementIndex, selector: string): Element[] {
  const c = compiled(selector);
  const pool = index.candidates(c.tag, c.className);
  const pre = pool === index.elements ? c.requirements : null;
  const out: Element[] = [];
  for (const el of pool) {
    if (pre && !meetsAny(el, pre)) continue;
    // An element with a class twice ("a a") is listed twice under it, one after the other.
    if (out[out.length - 1] !== el && c.test(el) && index.isAttached(el)) out.push(el);
  }
  return out;
}

/**
 * The parent element of `el`, not above `boundary`: a scoped selector's leftmost compound may match
 * the scope element itself (css-select's "flexible descendant" for an array context), never beyond.
 */
function parentBelow(el: Element, boundary: Element | null): Element | null {
  if (el === boundary) return null;
  const p = el.parent;
  return p && isTag(p) ? p : null;
}

/** Do `el`'s ancestors (up to `boundary`, included) complete the chain up to compound `i`? */
function chainMatches(el: Element, chain: Chain, i: number, boundary: Element | null): boolean {
  if (!chain.compounds[i]!(el)) return false;
  if (i === 0) return true;
  if (chain.combinators[i - 1] === 'child') {
    const p = parentBelow(el, boundary);
    return p !== null && chainMatches(p, chain, i - 1, boundary);
  }
  for (let a = parentBelow(el, boundary); a; a = parentBelow(a, boundary)) {
    if (chainMatches(a, chain, i - 1, boundary)) return true;
  }
  return false;
}

/**
 * The descendants of `roots` matching `selector`, in document order, as cheerio's find: the
 * selector is relative to the roots (`:scope sel`: its elements within a root, the root included)
 * when every root sits inside an element.
 */
export function selectWithin(roots: ParentNode[], selector: string): Element[] {
  if (roots.length === 0) return [];
  const c = compiled(selector);
  const scoped = roots.every((r) => r.parent !== null && isTag(r.parent));
  if (roots.length > 1 || !c.chains) {
    // The general case, rare: css-select with the roots as context, as cheerio-select does it.
    const children = roots.flatMap((r) => r.children.filter(isTag));
    return selectAll<AnyNode, Element>(selector, children, { ...OPTIONS, context: roots });
  }
  const root = roots[0]!;
  const chains = c.chains;
  const boundary = scoped ? (root as Element) : null;
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    for (const chain of chains) {
      if (chain.last && !meets(node, chain.last)) continue;
      if (chainMatches(node, chain, chain.compounds.length - 1, boundary)) {
        out.push(node);
        break;
      }
    }
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
