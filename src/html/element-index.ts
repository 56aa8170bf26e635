/**
 * Elements by tag, class and id, built during the page scan, so that simple selectors
 * ("h1", "h2.detail-sapo", ".sapo_detail", "#maincontent", "article.fck_detail") are answered by Map
 * look-ups instead of a css-select pass over the whole page. Other selectors return null: the
 * caller falls back to css-query.ts, which takes its candidates from `candidates` / `elements`.
 * Built before any element is removed; elements removed later are filtered out by `isAttached`.
 */
import type { AnyNode, Element } from 'domhandler';

/** JavaScript's \s: ASCII white space, NBSP, the Unicode space separators, line/paragraph separators, BOM. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// tag? (.class)* (#id)?  — nothing else (no attributes, combinators or pseudo-classes)
const SIMPLE = /^([a-z][a-z0-9]*)?((?:\.[\w-]+)*)(?:#([\w-]+))?$/i;

export class ElementIndex {
  private readonly byTag = new Map<string, Element[]>();
  private readonly byClass = new Map<string, Element[]>();
  private readonly byId = new Map<string, Element>();
  /**
   * Every element, those inside scripts, styles and titles included, in blocks of one top-level
   * subtree each (the scan takes the top level last first): see `elements`.
   */
  private readonly blocks: Element[][] = [[]];
  private ordered: Element[] | null = null;
  /** Elements the page scan does not enter (swallowed by an unclosed <script/>…): not in the maps. */
  private hidden = 0;
  private readonly root: AnyNode;

  constructor(root: AnyNode) {
    this.root = root;
  }

  /** Record one element (called by the page scan, in its order). */
  add(el: Element): void {
    this.blocks[this.blocks.length - 1]!.push(el);
    const tagged = this.byTag.get(el.name);
    if (tagged) tagged.push(el);
    else this.byTag.set(el.name, [el]);
    const cls = el.attribs['class'];
    if (cls) {
      // The tokens of cls.split(/\s+/), without the regex and the array.
      let start = -1;
      for (let i = 0; i <= cls.length; i++) {
        if (i < cls.length && !isSpace(cls.charCodeAt(i))) {
          if (start < 0) start = i;
        } else if (start >= 0) {
          this.addClass(cls.slice(start, i), el);
          start = -1;
        }
      }
    }
    const id = el.attribs['id'];
    if (id && !this.byId.has(id)) this.byId.set(id, el);
  }

  private addClass(c: string, el: Element): void {
    const list = this.byClass.get(c);
    if (list) list.push(el);
    else this.byClass.set(c, [el]);
  }

  /** Record an element the scan does not read (inside a script, style or title): for `candidates` only. */
  addHidden(el: Element): void {
    this.blocks[this.blocks.length - 1]!.push(el);
    this.hidden++;
  }

  /** The scan moves on to the next top-level node (they come last first). */
  startTopLevel(): void {
    if (this.blocks[this.blocks.length - 1]!.length) this.blocks.push([]);
  }

  /** Every element of the page in document order (removed ones included: check `isAttached`). */
  get elements(): readonly Element[] {
    if (!this.ordered) {
      const filled = this.blocks.filter((b) => b.length);
      this.ordered = filled.length === 1 ? filled[0]! : filled.flat();
    }
    return this.ordered;
  }

  /**
   * Every element that may match a selector whose rightmost compound has this tag or class, in
   * document order (removed elements included: check `isAttached`). A superset, never a miss.
   */
  candidates(tag: string | null, className: string | null): readonly Element[] {
    // The maps follow the scan's order, the page's only when there is one top-level subtree.
    const inPageOrder = this.blocks.filter((b) => b.length).length <= 1;
    if (this.hidden > 0 || !inPageOrder) return this.elements;
    if (className !== null) return this.byClass.get(className) ?? [];
    if (tag !== null) return this.byTag.get(tag) ?? [];
    return this.elements;
  }

  /** Still in the document (not removed by an earlier stage)? */
  isAttached(el: Element): boolean {
    let n: AnyNode | null = el;
    while (n.parent) n = n.parent;
    return n === this.root;
  }

  /** The elements a simple selector matches, in document order; null when the selector is not simple. */
  query(selector: string): Element[] | null {
    const m = SIMPLE.exec(selector.trim());
    if (!m || (!m[1] && !m[2] && !m[3])) return null;
    const tag = m[1]?.toLowerCase();
    const classes = m[2] ? m[2].slice(1).split('.') : [];
    const id = m[3];
    let pool: Element[];
    if (id) pool = this.byId.has(id) ? [this.byId.get(id)!] : [];
    else if (classes.length) pool = this.byClass.get(classes[0]!) ?? [];
    else pool = this.byTag.get(tag!) ?? [];
    return pool.filter((el) => {
      if (tag && el.name !== tag) return false;
      if (classes.length > (id ? 0 : 1)) {
        const own = new Set((el.attribs['class'] ?? '').split(/\s+/));
        if (!classes.every((c) => own.has(c))) return false;
      }
      return this.isAttached(el);
    });
  }
}
