/**
 * Article or listing (a section/home page of teasers)? og:type cannot decide it: many Vietnamese
 * sites say "article" on every page, and old pages state no type, no date and no canonical URL.
 * Evidence is summed instead: JSON-LD types, a machine-readable publication time, the shape of the
 * URL, an h1 that repeats the page title, and the structure the story stage found (one dominant
 * story block, or a list of teasers). A page is a listing only on listing evidence: a missing date
 * or URL takes nothing away.
 */
import type { Story } from './content.js';
import type { PageMetadata } from './metadata.js';
import { titleAgreement } from './title.js';

export interface KindEvidence {
  kind: 'article' | 'listing';
  score: number;
  reasons: string[];
  /** True when the score lies within CLOSE of the threshold: the reasons go to the warnings. */
  close: boolean;
}

/** Article at a score of THRESHOLD or more; within CLOSE of it the decision is reported. */
const THRESHOLD = 2;
const CLOSE = 1;

/** An h1 of a headline's length (not a section name) that the <title>, og:title or JSON-LD headline repeats. */
function headlineH1(meta: PageMetadata): boolean {
  const h1 = meta.titles.h1;
  if (!h1 || h1.split(/\s+/).length < 5) return false;
  return [meta.titles.titleTag, meta.titles.ogTitle, meta.titles.jsonLdHeadline].some((t) => t && titleAgreement(h1, t) >= 0.8);
}

// /kinh-doanh · /kinh-doanh.htm · /thoi-su/chinh-tri · /tai-chinh-chung-khoan-d6/ · /
function urlShape(url: string | null): 'home' | 'section' | 'article' | 'unknown' {
  if (!url) return 'unknown';
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'unknown';
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0 || /^(index|default|trang-chu)(\.\w+)?$/i.test(segments[0]!)) return 'home';
  const last = segments[segments.length - 1]!.replace(/\.\w+$/, '');
  if (/\d{5,}/.test(last) || /\/\d{4}\/\d{1,2}\/\d{1,2}\//.test(path)) return 'article';
  if (last.split(/[-_]/).length >= 6) return 'article';
  // "/tin/123": a short numeric id may be an article on a small portal; no verdict.
  if (/\d{3,}$/.test(last)) return 'unknown';
  if (segments.length <= 2) return 'section';
  return 'unknown';
}

/** Sum the evidence; a page is an article at a score of THRESHOLD or more. */
export function decideKind(meta: PageMetadata, story: Story): KindEvidence {
  let score = 0;
  const reasons: string[] = [];
  const add = (points: number, why: string): void => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${why}`);
  };
  if (meta.jsonLd.isArticle) add(2, 'JSON-LD article');
  else if (['WebSite', 'CollectionPage', 'ItemList'].some((t) => meta.jsonLd.types.has(t))) add(-1, 'JSON-LD website/collection');
  if (meta.publishedFrom === 'meta' || meta.publishedFrom === 'json-ld' || meta.publishedFrom === 'itemprop') add(1, `published time (${meta.publishedFrom})`);
  else if (meta.publishedFrom === 'dateline') add(0.5, 'visible dateline');
  if (meta.ogType === 'website') add(-1, 'og:type website');
  const shape = urlShape(meta.url);
  if (shape === 'home') add(-3, 'home page URL');
  else if (shape === 'section') add(-2, 'section URL');
  else if (shape === 'article') add(1, 'article URL');
  if (headlineH1(meta)) add(1, 'h1 repeats the page title');
  const paragraphs = story.paragraphs.length;
  if (story.chars >= 1200 && paragraphs >= 4) add(2, 'long story text');
  else if (story.chars >= 250 && paragraphs >= 2 && story.linkBlocks < paragraphs) add(1.5, 'story text');
  else if (story.chars < 250) add(-3, 'little story text');
  if (story.stage === 'baseline') add(-1, 'no story container');
  // A section page is a list of headlines with sapos: its best container is teasers, a linked line
  // for every two or three of prose, alternating (an article's container keeps a few inline links, or
  // one related box: a single run of links, weaker evidence).
  if (story.linkBlocks >= 8 && story.linkBlocks * 3 >= paragraphs) {
    if (story.teaserRuns >= 4) add(-3, `teaser list (${story.linkBlocks} linked lines, ${paragraphs} others, ${story.teaserRuns} headline-then-prose)`);
    else add(-1, `linked lines (${story.linkBlocks}, ${paragraphs} others) in few runs`);
  }
  // A home page's best block is one box among many; a story dominates its page.
  // The page's share costs a walk of the whole page: read only when it can change the verdict.
  if (story.chars < 1200 && score >= THRESHOLD && score - THRESHOLD < 1) {
    const page = story.pageProseChars();
    const share = page ? story.chars / page : 1;
    if (share < 0.25) add(-1, `story block holds ${Math.round(100 * share)} % of the page's text`);
  }
  return { kind: score >= THRESHOLD ? 'article' : 'listing', score, reasons, close: Math.abs(score - THRESHOLD) <= CLOSE };
}
