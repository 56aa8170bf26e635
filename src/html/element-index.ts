/**
 * Elements by tag, class and id, built during the page scan, so that simple selectors
 * ("h1", "h2.detail-sapo", ".sapo_detail", "#maincontent", "article.fck_detail") are answered by Map
 * look-ups instead of a css-select pass over the whole page. Other selectors return null: the
 * caller falls back to cheerio. Built before any element is removed; elements removed later are
 * filtered out by `isAttached`.
 */
import type { AnyNode, Element } from 'domhandler';

// tag? (.class)* (#id)?  — nothing else (no attributes, combinators or pseudo-classes)
const SIMPLE = /^([a-z][a-z0-9]*)?((?:\.[\w-]+)*)(?:#([\w-]+))?$/i;

export class ElementIndex {
  private readonly byTag = new Map<string, Element[]>();
  private readonly byClass = new Map<string, Element[]>();
  private readonly byId = new Map<string, Element>();
  private readonly root: AnyNode;

  constructor(root: AnyNode) {
    this.root = root;
  }

  /** Record one element (called in document order by the page scan). */
  add(el: Element): void {
    const tagged = this.byTag.get(el.name);
    if (tagged) tagged.push(el);
    else this.byTag.set(el.name, [el]);
    const cls = el.attribs['class'];
    if (cls) {
      for (const c of cls.split(/\s+/)) {
        if (!c) continue;
        const list = this.byClass.get(c);
        if (list) list.push(el);
        else this.byClass.set(c, [el]);
      }
    }
    const id = el.attribs['id'];
    if (id && !this.byId.has(id)) this.byId.set(id, el);
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
