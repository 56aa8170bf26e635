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
  container: Element | null;
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

function tokensOf(el: Element): string[] {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (!cls && !id) return []; // most elements: no string to build and split
  const raw = `${cls ?? ''} ${id ?? ''}`;
  return raw.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

/** Remove boilerplate boxes inside the container: drop tags, drop selectors, class/id tokens. */
function removeBoilerplate(container: Element, ctx: StoryContext): void {
  const drops = [...ctx.generic.drop, ...(ctx.site?.drop ?? [])];
  if (drops.length) remove(selectWithin([container], drops.join(',')));
  const total = measureText(container).chars || 1;
  const token = ctx.generic.boilerplateToken;
  const doomed: Element[] = [];
  const stack: Element[] = [container];
  while (stack.length) {
    for (const child of stack.pop()!.children) {
      if (child.type !== 'tag') continue;
      const c = child as Element;
      // A box holding much of the story is not boilerplate, whatever its class says.
      if (tokensOf(c).some((t) => token.test(t)) && measureText(c).chars <= 0.4 * total) doomed.push(c);
      else stack.push(c);
    }
  }
  remove(doomed);
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
  const words = bare.replace(/^theo\s+/i, '').replace(/\.$/, '').split(/\s+|\s*[-–—,&]\s*/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w) => NAME_WORD.test(w) || w === 'và');
}

const PHOTO_CREDIT = /^(?:ảnh|nguồn ảnh|video|clip|đồ họa|đồ hoạ|infographic|thiết kế)\s*:/iu;

function filterBlocks(blocks: Block[], ctx: StoryContext, captions: string[], options: StoryOptions): { kept: string[]; bylines: string[]; linkBlocks: number } {
  const captionSet = new Set(captions);
  const lines = ctx.generic.boilerplateLines;
  const kept: Block[] = [];
  let linkBlocks = 0;
  for (const b of blocks) {
    const text = b.text;
    const lower = text.toLowerCase();
    const density = b.linkChars / text.length;
    if (density >= options.maxLinkDensity && text.length < 300) {
      if (text.length >= 20) linkBlocks++;
      continue;
    }
    if (lines.some((l) => lower.startsWith(l)) && (text.length <= 60 || density >= 0.5)) continue;
    if (PHOTO_CREDIT.test(text) && text.length <= 80) continue;
    if (captionSet.has(text)) continue;
    if (kept.length < 2 && (text === ctx.lead || text === ctx.title)) continue;
    if (kept.length > 0 && kept[kept.length - 1]!.text === text) continue;
    kept.push(b);
  }
  // Bylines and source lines close the story: take up to two off its end.
  const bylines: string[] = [];
  for (let i = 0; i < 2 && kept.length > 1; i++) {
    const last = kept[kept.length - 1]!.text;
    if (!looksLikeByline(last)) break;
    bylines.unshift(last);
    kept.pop();
  }
  const texts = kept.map((b) => b.text);
  // A site dateline opening the story ("(Dân trí) - ") is not story text.
  if (texts.length && !ctx.lead) texts[0] = stripDateline(texts[0]!, ctx.generic);
  return { kept: texts.filter(Boolean), bylines, linkBlocks };
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
  const { kept, bylines, linkBlocks } = filterBlocks(collectBlocks(container), ctx, captions, options);
  const chars = kept.reduce((n, p) => n + p.length, 0);
  return { paragraphs: kept, captions, bylines, stage, chars, linkBlocks, container };
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
  remove(ctx.droppable);
  const body = bodiesOf(doc, ctx.index);
  if (useSiteHints && ctx.site?.body.length) {
    const el = first(body, ctx.site.body, ctx.index);
    if (el && measureText(el).chars >= options.minStoryChars) {
      const story = readContainer(el, ctx, 'site', options);
      if (story.chars >= options.minStoryChars) return story;
    }
  }
  const root = body[0];
  if (!root) return { paragraphs: [], captions: [], bylines: [], stage: 'baseline', chars: 0, linkBlocks: 0, container: null };
  const found = findStoryContainer(root, ctx.index);
  if (found) {
    const story = readContainer(found, ctx, 'scorer', options);
    if (story.chars >= options.minStoryChars) return story;
  }
  return readContainer(root, ctx, 'baseline', options);
}
