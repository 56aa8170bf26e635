/**
 * The clean stage for HTML: one cheerio parse, then metadata and story blocks.
 * First honest version (foundation): title, publishedAt from JSON-LD/meta, kind by a simple rule,
 * body from the most text-dense container. The cleaning issue replaces the internals.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { CleanedDocument } from '../pipeline/document.js';
import { emptyCleaned } from '../pipeline/document.js';

export interface CleanOptions {
  url?: string | null;
  siteHints?: boolean;
}

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function loadHtml(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: true } });
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Drop " - VnExpress", " | Báo Dân trí" style suffixes. */
function stripSiteSuffix(title: string): string {
  const parts = title.split(/\s+[|\-–—]\s+/);
  if (parts.length > 1 && parts[parts.length - 1]!.length < 30) parts.pop();
  return fold(parts.join(' - '));
}

function toIso(value: string | undefined | null): string | null {
  if (!value) return null;
  const v = value.trim().replace(/\s*\+\s*(\d\d:?\d\d)$/, '+$1');
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?$/.exec(v);
  if (!m) return null;
  let zone = m[7] ?? '+07:00';
  if (zone === 'Z') zone = '+00:00';
  else if (!zone.includes(':')) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

function jsonLdDate($: CheerioAPI): string | null {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    try {
      const data: unknown = JSON.parse($(el).text());
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (item && typeof item === 'object' && 'datePublished' in item) {
          const iso = toIso(String((item as { datePublished: unknown }).datePublished));
          if (iso) return iso;
        }
      }
    } catch {
      // Broken JSON-LD is common; other sources follow.
    }
  }
  return null;
}

export function cleanHtml(html: string, options: CleanOptions = {}): CleanedDocument {
  const $ = loadHtml(html);
  const doc = emptyCleaned();
  const canonical = $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content') ?? null;
  doc.url = canonical && /^https?:\/\//.test(canonical) ? canonical : options.url ?? null;
  doc.site = hostOf(doc.url);
  const ogTitle = $('meta[property="og:title"]').attr('content');
  const h1 = $('h1').first().text();
  const titleTag = $('title').first().text();
  doc.title = fold(h1) || (ogTitle ? stripSiteSuffix(ogTitle) : '') || (titleTag ? stripSiteSuffix(titleTag) : '') || null;
  doc.publishedAt = jsonLdDate($) ?? toIso($('meta[property="article:published_time"]').attr('content'))
    ?? toIso($('[itemprop="datePublished"]').attr('content'));
  const lead = $('meta[name="description"]').attr('content');
  doc.lead = lead ? fold(lead) : null;

  $('script, style, noscript, nav, header, footer, aside, form, iframe').remove();
  // The container with the most paragraph text wins.
  let best: { paragraphs: string[]; chars: number } = { paragraphs: [], chars: 0 };
  $('article, div, section, main').each((_, el) => {
    const paras = $(el).children('p').toArray().map((p) => fold($(p).text())).filter((t) => t.length > 0);
    const chars = paras.reduce((n, p) => n + p.length, 0);
    if (chars > best.chars) best = { paragraphs: paras, chars };
  });
  doc.paragraphs = best.paragraphs;
  const isArticle = Boolean(doc.publishedAt) || $('meta[property="og:type"]').attr('content') === 'article';
  doc.kind = isArticle && best.chars > 300 ? 'article' : 'listing';
  if (doc.kind === 'listing') {
    doc.paragraphs = [];
    doc.lead = null;
  }
  if (!doc.title) doc.warnings.push('no title found');
  if (doc.kind === 'article' && !doc.publishedAt) doc.warnings.push('no publication time found');
  return doc;
}
