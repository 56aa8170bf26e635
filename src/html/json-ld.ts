/**
 * JSON-LD blocks → the article facts they state. Vietnamese CMSs write broken JSON-LD often
 * (raw newlines in strings, trailing commas, HTML entities, even escaped twice), so parsing is tolerant.
 */
import { decodeEntities, foldText } from './fold-text.js';

export interface JsonLdFacts {
  /** An Article/NewsArticle/BlogPosting object was found. */
  isArticle: boolean;
  /** Types of the top-level objects (WebSite, CollectionPage, NewsArticle…). */
  types: Set<string>;
  headline: string | null;
  description: string | null;
  datePublished: string | null;
  dateModified: string | null;
  dateCreated: string | null;
  /** Names of Person authors (organisations are left out). */
  authors: string[];
  section: string | null;
  keywords: string[];
}

const ARTICLE_TYPES = new Set(['Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'OpinionNewsArticle', 'LiveBlogPosting']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function parseLenient(raw: string): Json | undefined {
  const text = raw.trim().replace(/^<!--|-->$/g, '');
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Raw control characters inside strings and trailing commas are the usual faults.
    const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired) as Json;
    } catch {
      return undefined;
    }
  }
}

const clean = (v: Json | undefined): string | null => {
  if (typeof v !== 'string') return null;
  const s = foldText(decodeEntities(v));
  return s === '' ? null : s;
};

function typesOf(obj: { [key: string]: Json }): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function personNames(v: Json | undefined): string[] {
  const items = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      const s = clean(item);
      if (s) out.push(s);
    } else if (item && typeof item === 'object' && !Array.isArray(item)) {
      if (typesOf(item).some((t) => t !== 'Person')) continue;
      const s = clean(item['name']);
      if (s) out.push(s);
    }
  }
  return out;
}

function keywordList(v: Json | undefined): string[] {
  if (typeof v === 'string') return decodeEntities(v).split(',').map(foldText).filter(Boolean);
  if (Array.isArray(v)) return v.map((x) => clean(x)).filter((x): x is string => Boolean(x));
  return [];
}

/** Every object of a JSON-LD value: top level, arrays and @graph members. */
function* objectsOf(v: Json): Generator<{ [key: string]: Json }> {
  if (Array.isArray(v)) {
    for (const x of v) yield* objectsOf(x);
  } else if (v && typeof v === 'object') {
    yield v;
    const graph = v['@graph'];
    if (Array.isArray(graph)) for (const x of graph) yield* objectsOf(x);
  }
}

/** The facts of a page's JSON-LD script texts. */
export function readJsonLd(scripts: string[]): JsonLdFacts {
  const facts: JsonLdFacts = {
    isArticle: false, types: new Set(), headline: null, description: null, datePublished: null,
    dateModified: null, dateCreated: null, authors: [], section: null, keywords: [],
  };
  for (const script of scripts) {
    const data = parseLenient(script);
    if (data === undefined) continue;
    for (const obj of objectsOf(data)) {
      const types = typesOf(obj);
      for (const t of types) facts.types.add(t);
      if (!types.some((t) => ARTICLE_TYPES.has(t)) || facts.isArticle) continue;
      facts.isArticle = true;
      facts.headline = clean(obj['headline']) ?? clean(obj['name']);
      facts.description = clean(obj['description']);
      facts.datePublished = clean(obj['datePublished']);
      facts.dateModified = clean(obj['dateModified']);
      facts.dateCreated = clean(obj['dateCreated']);
      facts.authors = personNames(obj['author']);
      const section = obj['articleSection'];
      facts.section = Array.isArray(section) ? clean(section[0]) : clean(section);
      facts.keywords = keywordList(obj['keywords']);
    }
  }
  return facts;
}
