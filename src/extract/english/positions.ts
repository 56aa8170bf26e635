/**
 * An English position as the record states it (SCHEMA.md Position): the office, the organization as
 * written ("Industry and Trade" in "Deputy Minister of Industry and Trade") and in full ("Ministry of
 * Industry and Trade"; "Embassy of Denmark in Việt Nam"; "Vinh Long Provincial People's Committee" for
 * a bare "provincial People's Committee"; "Da Nang Department of Tourism" for "the department").
 */
import type { Position } from '../../record.js';
import { englishLexicon } from './lexicon.js';
import { bare } from './name-tokens.js';

export interface PositionParts {
  title: string;
  /** Organization written after "of/for/at" or before the office, possessive dropped. */
  organization: string | null;
  /** Country after "to" for envoys. */
  to: string | null;
  text: string;
  former: boolean;
}

export interface ArticleContext {
  /** The place the article is about (most named province or city), as written. */
  place: string | null;
  /** The whole field text, to resolve "the department" to the body named before. */
  text: string;
}

const LOCAL_BODY = /^(?:(?<place>.+?)\s+)?(?<level>provincial|city|municipal|district|commune)\s+(?<body>People['’]s (?:Committee|Council))$/u;
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function expandAbbreviations(org: string): string {
  const abbr = englishLexicon().abbreviations;
  return org.split(' ').map((w) => abbr.get(w) ?? w).join(' ');
}

/** The last capitalized body headed by `head` ("Department") named in the text before `limit`. */
function namedBody(head: string, ctx: ArticleContext): string | null {
  const H = capital(head);
  const re = new RegExp(`(?:[\\p{Lu}][\\p{L}\\p{M}’'-]*\\s(?:(?:and|&)\\s)?)*${H}(?:\\s(?:of|for)(?:\\s(?:and|the|[\\p{Lu}][\\p{L}\\p{M}-]*))+)?`, 'gu');
  let last: string | null = null;
  for (const m of ctx.text.matchAll(re)) {
    const found = m[0].replace(/^(?:The|A|An|According|At|In|By|From)\s/u, '').trim();
    if (found !== H) last = found;
  }
  return last;
}

export function resolvePosition(p: PositionParts, ctx: ArticleContext): Position {
  const lex = englishLexicon();
  const entry = lex.titles.get(p.title.toLowerCase().replace(/^(?:former|acting)\s+/, ''));
  let full: string | null = null;
  const org = p.organization;
  if (!org) {
    full = entry?.body === 'Government' || entry?.body === 'National Assembly' ? entry.body : null;
  } else if (entry?.body === 'embassy') {
    full = `Embassy of ${org}${p.to ? ` in ${p.to}` : ''}`;
  } else if (entry?.body === 'ministry' && !/^Ministry\b/.test(org) && /^\p{Lu}/u.test(org)) {
    full = `Ministry of ${org}`;
  } else {
    const local = org.match(LOCAL_BODY);
    if (local?.groups) {
      const place = local.groups.place ?? (local.groups.level === 'provincial' || local.groups.level === 'city' || local.groups.level === 'municipal' ? ctx.place : null);
      full = place ? `${place} ${capital(local.groups.level!)} ${local.groups.body}` : null;
    } else if (/^[\p{Ll}]+$/u.test(org)) {
      full = namedBody(org, ctx);
    } else {
      // A possessive inside the name is dropped ("State Bank of Vietnam's regional branch"), not "People's".
      full = expandAbbreviations(org.replace(/(?<!People)['’]s\s/gu, ' '));
    }
  }
  return { title: p.title, organization: org ? bare(org) : null, organizationFull: full, text: p.text, former: p.former };
}
