/**
 * The story of a page, in named stages: site selectors (sites.json) → generic block scorer →
 * baseline (the whole body) when a stage yields too little text. Inside the chosen container,
 * boilerplate boxes are removed, captions are taken out once, and the remaining blocks are
 * filtered (widget lines, link lists, bylines, photo credits).
 */
import { isTag, type Document, type Element } from 'domhandler';
import { removeElement } from 'domutils';
import { collectBlocks, type Block } from './blocks.js';
import { selectInDocument, selectWithin } from './css-query.js';
import { foldText } from './fold-text.js';
import { measureText, textOf } from './dom-text.js';
import { findStoryContainer } from './scorer.js';
import { readDateline } from './datelines.js';
import { isStoryLike } from './story-words.js';
import { withoutPageWrappers } from './page-wrappers.js';
import type { ElementIndex } from './element-index.js';
import type { GenericHints, SiteHints } from './sites.js';

export type StoryStage = 'site' | 'scorer' | 'baseline';

export interface Story {
  paragraphs: string[];
  captions: string[];
  /** Byline lines taken off the end of the story ("Hà Thu (tổng hợp)"), raw. */
  bylines: string[];
  /** Which stage found the container. */
  stage: StoryStage;
  /** Characters of story text in the chosen container. */
  chars: number;
  /** Blocks dropped as link lists (teaser headlines): many on section pages. */
  linkBlocks: number;
  /**
   * Times a linked line is followed by a line of prose: a teaser list alternates (headline, sapo,
   * headline…), a related box inside a story is one run of links.
   */
  teaserRuns: number;
  container: Element | null;
  /**
   * Characters of unlinked text on the whole page (after the page-wide drops): how dominant the story
   * is. Computed on first call (a walk of the whole page), which only a short story needs.
   */
  pageProseChars: () => number;
  /** The story is told in captions: `paragraphs` holds them (SCHEMA v1.1 photo story). */
  photoStory?: boolean;
}

/** Thresholds of the story stage. */
export interface StoryOptions {
  /** A stage whose container holds fewer characters hands over to the next. @default 250 */
  minStoryChars: number;
  /** A block with at least this share of linked text (and short) is a link list. @default 0.6 */
  maxLinkDensity: number;
  /** Longest caption accepted, in characters. @default 600 */
  maxCaptionChars: number;
}

export const DEFAULT_STORY: StoryOptions = { minStoryChars: 250, maxLinkDensity: 0.6, maxCaptionChars: 600 };

export interface StoryContext {
  generic: GenericHints;
  site: SiteHints | null;
  /** The lead and title found by the metadata stage: blocks repeating them are dropped. */
  lead: string | null;
  title: string | null;
  /** Elements already read as metadata (lead, title) that must not reach the text. */
  taken: Element[];
  /** Page-wide drop-tag elements (scripts, navigation, asides, footers) found by the page scan. */
  droppable: Element[];
  /** The page scan's element index, for simple selectors without a css-select pass. */
  index?: ElementIndex;
}

/** Take elements out of the tree, as cheerio's remove() does. */
function remove(elements: Iterable<Element>): void {
  for (const el of elements) {
    removeElement(el);
    el.prev = el.next = el.parent = null;
  }
}

/** The first element of the first selector (in list order) that matches under `roots`. */
const first = (roots: Element[], selectors: string[], index: ElementIndex | undefined): Element | null => {
  for (const sel of selectors) {
    const indexed = index?.query(sel);
    if (indexed) {
      if (indexed.length) return indexed[0]!;
      continue;
    }
    const hit = selectWithin(roots, sel)[0];
    if (hit) return hit;
  }
  return null;
};

/** True when an element's class or id marks it as boilerplate (generic.boilerplateClassPatterns). */
function markedBoilerplate(el: Element, generic: GenericHints): boolean {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (!cls && !id) return false; // most elements: nothing to test
  return generic.boilerplateAttr.test(cls && id ? `${cls} ${id}` : (cls ?? id)!);
}

/** Remove boilerplate boxes inside the container: drop tags, drop selectors, class/id tokens. */
function removeBoilerplate(container: Element, ctx: StoryContext): void {
  const drops = [...ctx.generic.drop, ...(ctx.site?.drop ?? [])];
  if (drops.length) remove(selectWithin([container], drops.join(',')));
  const total = measureText(container).chars || 1;
  const doomed: Element[] = [];
  const stack: Element[] = [container];
  while (stack.length) {
    for (const child of stack.pop()!.children) {
      if (child.type !== 'tag') continue;
      const c = child as Element;
      // A box holding much of the story is not boilerplate, whatever its class says.
      if (markedBoilerplate(c, ctx.generic) && measureText(c).chars <= 0.4 * total) doomed.push(c);
      else stack.push(c);
    }
  }
  remove(doomed);
}

/**
 * A table used as a photo frame (2000s templates): one row holds only an image, the other rows short
 * text with no image: those texts are its captions. A table with text beside the image (a recipe
 * step, a layout column) is content and returns null.
 */
function imageTableCaptions(table: Element, options: StoryOptions): string[] | null {
  const rows = rowsOf(table);
  if (rows.length < 2 || rows.length > 4) return null;
  let imageRows = 0;
  const texts: string[] = [];
  for (const row of rows) {
    const text = foldText(textOf(row));
    const inside = tagsUnder(row);
    if (inside.has('img')) {
      if (text) return null; // text beside the image: a layout row
      imageRows++;
    } else if (text) {
      if (inside.has('table') || inside.has('ul') || inside.has('ol')) return null;
      texts.push(text);
    }
  }
  const total = texts.reduce((n, t) => n + t.length, 0);
  return imageRows >= 1 && texts.length >= 1 && total <= options.maxCaptionChars ? texts : null;
}

/** The rows of a table (not of tables nested in it): <tr> children, or under <tbody>/<thead>/<tfoot>. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!isTag(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'tbody' || c.name === 'thead' || c.name === 'tfoot') for (const r of c.children) if (isTag(r) && r.name === 'tr') rows.push(r);
  }
  return rows;
}

/** Tag names under an element (a row holds a handful). */
function tagsUnder(el: Element): Set<string> {
  const names = new Set<string>();
  const stack: Element[] = [el];
  while (stack.length) for (const c of stack.pop()!.children) if (isTag(c)) {
    names.add(c.name);
    stack.push(c);
  }
  return names;
}

/** Take captions out of the container: each once, in order; then drop the image boxes. */
function takeCaptions(container: Element, ctx: StoryContext, options: StoryOptions): string[] {
  const captions: string[] = [];
  const seen = new Set<string>();
  const selectors = [...(ctx.site?.captions ?? []), ...ctx.generic.captions].join(',');
  for (const el of selectWithin([container], selectors)) {
    if (!el.parent) continue;
    const text = foldText(textOf(el));
    if (text && text.length <= options.maxCaptionChars && !seen.has(text)) {
      // A caption nested in an already taken one (figcaption > p.Image) is the same caption.
      if (![...seen].some((s) => s.includes(text))) {
        seen.add(text);
        captions.push(text);
      }
    }
    if (text.length <= options.maxCaptionChars) remove([el]);
  }
  // Most pages have no table at all: the index says so without a pass over the container.
  const anyTable = ctx.index ? (ctx.index.query('table') ?? []).length > 0 : true;
  for (const table of anyTable ? selectWithin([container], 'table') : []) {
    if (!table.parent) continue;
    const texts = imageTableCaptions(table, options);
    if (!texts) continue;
    for (const text of texts) {
      if (!seen.has(text)) {
        seen.add(text);
        captions.push(text);
      }
    }
    remove([table]);
  }
  for (const el of selectWithin([container], ctx.generic.figures.join(','))) {
    // Only image boxes: a table or figure with much text is content (a data table).
    if (measureText(el).chars <= options.maxCaptionChars) remove([el]);
  }
  return captions;
}

const NAME_WORD = /^\p{Lu}[\p{L}'’.]*$/u;

/** "Hà Thu (tổng hợp)", "NHẬT XUÂN - NGHI VŨ", "Theo Reuters", "PV", "(TTXVN)": a byline or source line. */
export function looksLikeByline(text: string): boolean {
  const bare = text.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare === '') return /^\(.{1,40}\)$/.test(text);
  if (bare.length > 60 || /[.!?:;…"“”]$/.test(bare) && !/\.$/.test(bare)) return false;
  const words = bare.replace(/^theo\s+/i, '').replace(/\.$/, '').split(/\s+|\s*[-–—,&/]\s*/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w) => NAME_WORD.test(w) || w === 'và');
}

const PHOTO_CREDIT = /^(?:ảnh|nguồn ảnh|video|clip|đồ họa|đồ hoạ|infographic|thiết kế)\s*:/iu;

/** A short line under a photo that repeats the photo's alt text, or is set all in italics: a caption. */
function isImageCaption(b: Block, options: StoryOptions): boolean {
  if (b.afterImage === undefined || b.text.length > Math.min(300, options.maxCaptionChars)) return false;
  if (b.italicChars >= 0.8 * b.text.length) return true;
  const alt = foldText(b.afterImage);
  return alt.length >= 10 && alt === b.text;
}

/** A short line that is a date and time, perhaps with a weekday, a zone and a source: a dateline. */
function isDatelineBlock(text: string): boolean {
  if (text.length > 80) return false;
  const parts = readDateline(text);
  if (!parts) return false;
  const rest = (text.slice(0, parts.index) + text.slice(parts.index + parts.length))
    .replace(/\(?(?:GMT|UTC)\s*[+-]?\s*\d{0,2}(?::?\d\d)?\)?|thứ\s+\p{L}+|chủ nhật|cập nhật|lúc|ngày|AM|PM/giu, '');
  // What is left is at most a short label or source ("Theo Ngoisao |"): no sentence.
  return (rest.match(/\p{L}/gu)?.length ?? 0) <= 14;
}

/** A widget header closing the body ("Theo dòng sự kiện:", "Tin cùng chuyên mục:"): short, ends with a colon. */
const WIDGET_HEADER = /^[^.!?]{2,50}:$/u;

function filterBlocks(blocks: Block[], ctx: StoryContext, captions: string[], options: StoryOptions): { kept: string[]; bylines: string[]; linkBlocks: number; teaserRuns: number; lineCaptions: string[] } {
  const captionSet = new Set(captions);
  const lineCaptions: string[] = [];
  const lines = ctx.generic.boilerplateLines;
  const kept: Block[] = [];
  let linkBlocks = 0;
  let teaserRuns = 0;
  let afterLink = false;
  for (const b of blocks) {
    const text = b.text;
    const lower = text.toLowerCase();
    const density = b.linkChars / text.length;
    if (density >= options.maxLinkDensity && text.length < 300) {
      if (text.length >= 20) {
        linkBlocks++;
        afterLink = true;
      }
      continue;
    }
    // Short lines between a headline and its sapo (a time, a byline) do not break the pattern.
    if (text.length >= 40) {
      if (afterLink) teaserRuns++;
      afterLink = false;
    }
    if (lines.some((l) => lower.startsWith(l)) && (text.length <= 60 || density >= 0.5)) continue;
    if (PHOTO_CREDIT.test(text) && text.length <= 80) continue;
    if (captionSet.has(text)) continue;
    if (isImageCaption(b, options)) {
      if (!captionSet.has(text)) lineCaptions.push(text);
      captionSet.add(text);
      continue;
    }
    // A dateline sits with the headline, before the story's first paragraphs.
    if (kept.length < 3 && isDatelineBlock(text)) continue;
    if (kept.length < 2 && (text === ctx.lead || text === ctx.title)) continue;
    if (kept.length > 0 && kept[kept.length - 1]!.text === text) continue;
    kept.push(b);
  }
  // Bylines and source lines close the story (up to two), after any widget header left below them.
  const bylines: string[] = [];
  while (kept.length > 1 && WIDGET_HEADER.test(kept[kept.length - 1]!.text)) kept.pop();
  for (let i = 0; i < 2 && kept.length > 1; i++) {
    const last = kept[kept.length - 1]!.text;
    if (!looksLikeByline(last)) break;
    bylines.unshift(last);
    kept.pop();
  }
  const texts = kept.map((b) => b.text);
  // A site dateline opening the story ("(Dân trí) - ") is not story text.
  if (texts.length && !ctx.lead) texts[0] = stripDateline(texts[0]!, ctx.generic);
  return { kept: texts.filter(Boolean), bylines, linkBlocks, teaserRuns, lineCaptions };
}

/** Remove a site dateline ("(Dân trí) - ", "TPO - ", "(NLĐO)- ") from the start of a lead or paragraph. */
export function stripDateline(text: string, generic: GenericHints): string {
  for (const re of generic.datelinePrefixes) {
    const m = re.exec(text);
    if (m && m[0].length < text.length) return text.slice(m[0].length).trim();
  }
  return text;
}

function readContainer(container: Element, ctx: StoryContext, stage: StoryStage, options: StoryOptions): Story {
  for (const el of ctx.taken) if (el !== container) remove([el]);
  removeBoilerplate(container, ctx);
  const captions = takeCaptions(container, ctx, options);
  const { kept, bylines, linkBlocks, teaserRuns, lineCaptions } = filterBlocks(collectBlocks(container), ctx, captions, options);
  captions.push(...lineCaptions);
  let paragraphs = kept;
  const photoStory = isPhotoStory(kept, captions, options);
  // SCHEMA v1.1: a story told in its captions has them as its text too (the prose lines it has first).
  if (photoStory) paragraphs = [...kept.filter(isStoryLike), ...captions];
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  return { paragraphs, captions, bylines, stage, chars, linkBlocks, teaserRuns, container, pageProseChars: () => 0, photoStory };
}

/** The captions tell the story: at least three, and more than twice the text of the body beside them. */
function isPhotoStory(kept: string[], captions: string[], options: StoryOptions): boolean {
  if (captions.length < 3) return false;
  const captionChars = captions.reduce((n, c) => n + c.length, 0);
  if (captionChars < options.minStoryChars) return false;
  const keptChars = kept.reduce((n, p) => n + p.length, 0);
  return keptChars * 2 < captionChars;
}

/** Every <body> still in the page, else the page's first element (as cheerio's $('body') / root().children().first()). */
function bodiesOf(doc: Document, index: ElementIndex | undefined): Element[] {
  const bodies = index ? selectInDocument(index, 'body') : selectWithin([doc], 'body');
  if (bodies.length) return bodies;
  const top = doc.children.find(isTag);
  return top ? [top] : [];
}

/**
 * The story of a page whose metadata was already read (this stage removes elements: run it last).
 * `useSiteHints` false skips the site selectors: the scorer must find the story alone.
 */
export function extractStory(doc: Document, ctx: StoryContext, useSiteHints: boolean, options: StoryOptions = DEFAULT_STORY): Story {
  // Page-wide drop tags first: scripts, navigation, asides and footers vote for nothing.
  const body = bodiesOf(doc, ctx.index);
  remove(withoutPageWrappers(ctx.droppable, body[0], ctx.generic.dropTags));
  const story = findStory(body, ctx, useSiteHints, options);
  // A bound function, not an arrow capturing `root`: on Node 20 (V8 11.3) a closure that captures the
  // page and is stored into a named property kept each page's DOM alive across scavenges (promotion
  // rate 97–100 %, ~3.5 MB promoted per scavenge, 3 mark-compacts instead of 1 over 340 pages),
  // and the GC work made the whole clean stage ~35 % slower by CPU. A bound function holds the page
  // the same way without that (it goes with --no-track-fields too: V8's field tracking).
  story.pageProseChars = pageProse.bind({ root: body[0], chars: null });
  return story;
}

/** The page's body and its unlinked characters once measured (Story.pageProseChars). */
interface PageProse {
  root: Element | undefined;
  chars: number | null;
}

function pageProse(this: PageProse): number {
  if (this.chars === null) {
    const m = this.root ? measureText(this.root) : null;
    this.chars = m ? m.chars - m.linkChars : 0;
  }
  return this.chars;
}

function findStory(body: Element[], ctx: StoryContext, useSiteHints: boolean, options: StoryOptions): Story {
  if (useSiteHints && ctx.site?.body.length) {
    const el = first(body, ctx.site.body, ctx.index);
    if (el && measureText(el).chars >= options.minStoryChars) {
      const story = readContainer(el, ctx, 'site', options);
      if (story.chars >= options.minStoryChars) return story;
    }
  }
  const root = body[0];
  if (!root) return { paragraphs: [], captions: [], bylines: [], stage: 'baseline', chars: 0, linkBlocks: 0, teaserRuns: 0, container: null, pageProseChars: () => 0 };
  const found = findStoryContainer(root, ctx.index, undefined, (el) => markedBoilerplate(el, ctx.generic));
  if (found) {
    const story = readContainer(found, ctx, 'scorer', options);
    if (story.chars >= options.minStoryChars) return story;
  }
  return readContainer(root, ctx, 'baseline', options);
}
