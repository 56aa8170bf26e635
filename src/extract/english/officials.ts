/**
 * English officials: who holds which office, one Official per person (SCHEMA.md Official).
 *   prefix form:     "Deputy Minister of Industry and Trade Đinh Quốc Bảo", "Hanoi People's Committee
 *                    Chairman Tran Sy Thanh", "Ambassador of Denmark to Việt Nam Henrik Lund"
 *   appositive form: "Cao Thi Ngoc Tram, chairwoman of Mekong Coco JSC", "Arjun Khanna, India’s
 *                    ambassador to Vietnam"
 * Short forms ("Son said", "Mr Lund") are mentions; gender only from Mr/Ms or a he/she that follows.
 */
import type { Located, Official, Position } from '../../record.js';
import { asciiSlug } from '../officials/lexicon.js';
import { englishLexicon } from './lexicon.js';
import { bare, isPlace, isPossessive, nameEndingAt, nameStartingAt, tokenizeSentence, type Tok } from './name-tokens.js';
import { resolvePosition, type ArticleContext, type PositionParts } from './positions.js';
import { splitSentences } from './sentences.js';
import { tagSentence } from './tagger.js';

export interface EnglishOfficialOptions {
  title?: string | null;
  lead?: string | null;
  captions?: string[];
}

type Field = 'title' | 'lead' | 'text' | 'captions';
interface FieldText { field: Field; text: string; index?: number }
interface Claim { name: string; field: FieldText; span: [number, number]; position: PositionParts }

const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'to', 'provincial', 'municipal', 'city', 'district', 'national', 'regional', '&']);
const PUNCT = /^[,.;:()"“”‘’!?—–]$/u;
const TAIL_STOP = new Set(['said', 'says', 'told', 'who', 'which', 'that', 'added', 'noted', 'stated', 'announced', 'asked', 'urged', 'was', 'is', 'has', 'had', 'will', 'would']);

let titleRe: RegExp | null = null;
const titles = (): RegExp => (titleRe ??= new RegExp(`(?<![\\p{L}])(?:(?<former>former|acting)\\s+)?(?<title>${englishLexicon().titlePattern})(?![\\p{L}])`, 'giu'));

const orgLike = (t: Tok): boolean => t.cap || CONNECTORS.has(t.lower) || isPossessive(t.text);
const joinToks = (toks: Tok[], text: string, base: number): string => (toks.length ? text.slice(toks[0]!.start - base, toks[toks.length - 1]!.end - base) : '');

/** "of the Thanh Hoa provincial People's Committee" / "to Việt Nam" → organization and envoy country. */
function splitOrganization(run: Tok[], text: string, base: number): { org: string | null; to: string | null } {
  let toks = run;
  while (toks.length && ['of', 'for', 'at', 'the'].includes(toks[0]!.lower)) toks = toks.slice(1);
  const toAt = toks.findIndex((t) => t.lower === 'to');
  const orgToks = toAt >= 0 ? toks.slice(0, toAt) : toks;
  const toToks = toAt >= 0 ? toks.slice(toAt + 1).filter((t, i) => i > 0 || t.lower !== 'the') : [];
  return { org: joinToks(orgToks, text, base) || null, to: joinToks(toToks, text, base) || null };
}

/** Organization written right before the office: "State Bank of Vietnam Deputy Governor", "India’s". */
function organizationBefore(toks: Tok[], titleIndex: number, floor: number): Tok[] {
  let i = titleIndex;
  while (i > floor && !PUNCT.test(toks[i - 1]!.text) && orgLike(toks[i - 1]!)) i--;
  let run = toks.slice(i, titleIndex);
  while (run.length && (CONNECTORS.has(run[0]!.lower) || /^(?:The|A|An)$/.test(run[0]!.text))) run = run.slice(1);
  // A body, a place, an acronym or a possessive makes it an organization ("Meanwhile Minister" does not).
  const lex = englishLexicon();
  // A lone capitalized noun is a company or body ("Vingroup Chairman"), an adverb or date is not ("Yesterday").
  const loneNoun = run.length === 1 && run[0]!.tags.has('Noun') && !run[0]!.tags.has('Date') && !run[0]!.tags.has('Pronoun');
  const ok = loneNoun || run.some((t) => lex.orgWords.has(bare(t.text)) || /^\p{Lu}{2,}/u.test(t.text) || /^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(t.text) || isPossessive(t.text) || t.tags.has('Place') || t.tags.has('Country') || t.tags.has('Organization') || t.tags.has('Demonym'))
    || isPlace(run);
  return ok ? run : [];
}

function claimsOfSentence(f: FieldText, start: number, sentence: string, out: Claim[]): void {
  const re = titles();
  re.lastIndex = 0;
  if (!re.test(sentence)) return;
  const toks = tokenizeSentence(sentence, start, tagSentence(sentence, start));
  re.lastIndex = 0;
  const matches = [...sentence.matchAll(re)];
  const titleStarts = new Set(matches.map((m) => start + m.index + (m.groups!.former ? m[0].length - m.groups!.title!.length : 0)));
  // Tokens before `floor` belong to an official already read in this sentence.
  let floor = 0;
  for (const m of matches) {
    const tStart = start + m.index + (m.groups!.former ? m[0].length - m.groups!.title!.length : 0);
    const tEnd = start + m.index + m[0].length;
    const ti = toks.findIndex((t) => t.start === tStart);
    const te = toks.findIndex((t) => t.end === tEnd);
    if (ti < 0 || te < 0) continue;
    const title = m.groups!.title!;
    const former = !!m.groups!.former;
    // Prefix form: office [of ORG] [to COUNTRY] Name.
    let last = te + 1;
    while (last < toks.length && !PUNCT.test(toks[last]!.text) && orgLike(toks[last]!)) last++;
    // The name may end before "and" or another office ("Prime Minister X and U.S. President Y").
    let k = last, name: { start: number } | null = null;
    for (let end = te + 3; end <= last && !name; end++) {
      if (end === last || toks[end]!.lower === 'and' || titleStarts.has(toks[end]!.start)) {
        name = nameEndingAt(toks, end, te + 1, true);
        k = end;
      }
    }
    if (name && toks[ti]!.cap) {
      const before = organizationBefore(toks, ti, floor);
      const after = splitOrganization(toks.slice(te + 1, name.start), sentence, start);
      const org = after.org ?? (before.length ? bare(joinToks(before, sentence, start)) : null);
      const from = after.org || !before.length ? toks[ti]! : before[0]!;
      const posEnd = name.start > te + 1 ? toks[name.start - 1]!.end : toks[te]!.end;
      floor = k;
      out.push({
        name: joinToks(toks.slice(name.start, k), sentence, start), field: f, span: [toks[name.start]!.start, toks[k - 1]!.end],
        position: { title, organization: org, to: after.to, text: sentence.slice(from.start - start, posEnd - start), former },
      });
      continue;
    }
    // Appositive form: Name, [the] [ORG’s] office [of ORG], …
    let j = ti;
    const possessive: Tok[] = [];
    while (j > 0 && !PUNCT.test(toks[j - 1]!.text) && (isPossessive(toks[j - 1]!.text) || toks[j - 1]!.cap || ['the', 'deputy', 'vice', 'former', 'acting'].includes(toks[j - 1]!.lower))) {
      j--;
      if (isPossessive(toks[j]!.text) || toks[j]!.cap) possessive.unshift(toks[j]!);
    }
    if (j === 0 || toks[j - 1]!.text !== ',') continue;
    const person = nameEndingAt(toks, j - 1);
    if (!person) continue;
    let e = te + 1;
    while (e < toks.length && !PUNCT.test(toks[e]!.text) && !TAIL_STOP.has(toks[e]!.lower) && e - te < 14) e++;
    const tail = splitOrganization(toks.slice(te + 1, e), sentence, start);
    const posOrg = possessive.filter((t) => !/^(?:The)$/.test(t.text));
    const org = tail.org ?? (posOrg.length ? bare(joinToks(posOrg, sentence, start)) : null);
    const from = posOrg.length ? posOrg[0]! : toks[ti]!;
    out.push({
      name: joinToks(toks.slice(person.start, j - 1), sentence, start), field: f, span: [toks[person.start]!.start, toks[j - 2]!.end],
      position: { title, organization: org, to: tail.to, text: sentence.slice(from.start - start, toks[e - 1]!.end - start), former },
    });
  }
}

/** The place the article is about: the province or city its body names most often. */
function articlePlace(text: string): string | null {
  const counts = new Map<string, { written: string; n: number }>();
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]+)?(?![\p{L}])/gu)) {
    const words = m[0].split(' ');
    for (const w of [m[0], words[0]!]) {
      const slug = asciiSlug(w);
      if (!englishLexicon().places.has(slug) || slug === 'vietnam') continue;
      const c = counts.get(slug) ?? { written: w, n: 0 };
      c.n++;
      counts.set(slug, c);
      break;
    }
  }
  let best: { written: string; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.written ?? null;
}

const key = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * Officials of an English article body (and its title, lead and captions), positions merged per person.
 * @example findEnglishOfficials('Deputy Prime Minister Bui Thanh Son said on Friday … Son said.')
 * // → [{ name: 'Bui Thanh Son', positions: [{ title: 'Deputy Prime Minister', organizationFull: 'Government', … }],
 * //      mentions: [{ span: [23, 36] }, { span: [52, 55] }] }]
 */
export function findEnglishOfficials(text: string, options: EnglishOfficialOptions = {}): Official[] {
  const fields: FieldText[] = [];
  if (options.title) fields.push({ field: 'title', text: options.title });
  if (options.lead) fields.push({ field: 'lead', text: options.lead });
  fields.push({ field: 'text', text });
  (options.captions ?? []).forEach((c, index) => fields.push({ field: 'captions', text: c, index }));
  const claims: Claim[] = [];
  for (const f of fields) for (const s of splitSentences(f.text)) claimsOfSentence(f, s.start, s.text, claims);
  if (!claims.length) return [];

  const ctx: ArticleContext = { place: articlePlace(text), text: fields.map((f) => f.text).join('\n\n') };
  const byName = new Map<string, { official: Official; positions: Map<string, Position> }>();
  for (const c of claims) {
    let entry = byName.get(key(c.name));
    if (!entry) {
      entry = { official: { name: c.name, gender: null, positions: [], mentions: [] }, positions: new Map() };
      byName.set(key(c.name), entry);
    }
    const p = resolvePosition(c.position, ctx);
    if (!entry.positions.has(key(p.text))) entry.positions.set(key(p.text), p);
  }
  const officials = [...byName.values()].map((e) => ({ ...e.official, positions: [...e.positions.values()] }));
  addMentions(officials, fields);
  addGender(officials, fields);
  return officials;
}

const located = (f: FieldText, span: [number, number]): Located => {
  const l: Located = { span };
  if (f.field !== 'text') l.field = f.field;
  if (f.index !== undefined) l.index = f.index;
  return l;
};

/** Full names and short forms ("Hung said", "Mr Lund"): a last word shared by two officials is skipped. */
function addMentions(officials: Official[], fields: FieldText[]): void {
  const lastWord = (o: Official): string => o.name.split(' ').pop()!;
  const shared = new Set<string>();
  const seen = new Set<string>();
  for (const o of officials) (seen.has(lastWord(o)) ? shared : seen).add(lastWord(o));
  for (const o of officials) {
    const short = lastWord(o);
    const re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${escape(o.name)}|${escape(short)})(?![\\p{L}\\p{M}])`, 'gu');
    for (const f of fields) {
      for (const m of f.text.matchAll(re)) {
        const s = m.index, e = s + m[0].length;
        if (m[0] !== o.name) {
          if (shared.has(short)) continue;
          // A short form stands alone: not inside another capitalized run ("Vinh Long", "Hung Yen").
          const before = f.text.slice(Math.max(0, s - 25), s), after = f.text.slice(e, e + 25);
          if (/^\s\p{Lu}/u.test(after) || /['’]s?$/.test(before) || /\p{Lu}[\p{L}\p{M}]*\s$/u.test(before) && !/(?:^|[.!?"“]\s*|\b(?:Mr|Ms|Mrs|Dr)\.?\s)$/u.test(before.replace(/\p{Lu}[\p{L}\p{M}]*\s$/u, (w) => (/^(?:Mr|Ms|Mrs|Dr)\.?\s$/.test(w) ? w : ''))) && !/\b(?:Mr|Ms|Mrs|Dr)\.?\s$/.test(before)) continue;
          if (/^[-–]\p{L}/u.test(after)) continue;
        }
        o.mentions.push(located(f, [s, e]));
      }
    }
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Gender from "Mr/Ms X" or a he/she (his/her) in the sentence of a mention or the next one. */
function addGender(officials: Official[], fields: FieldText[]): void {
  const body = fields.find((f) => f.field === 'text')!;
  const sentences = splitSentences(body.text);
  const votes = new Map<Official, Set<'male' | 'female'>>();
  const vote = (o: Official, g: 'male' | 'female'): void => { votes.set(o, (votes.get(o) ?? new Set()).add(g)); };
  for (const o of officials) {
    for (const m of o.mentions) {
      if (m.field) continue;
      const before = body.text.slice(Math.max(0, m.span[0] - 5), m.span[0]);
      if (/\bMr\.?\s$/.test(before)) vote(o, 'male');
      if (/\b(?:Ms|Mrs)\.?\s$/.test(before)) vote(o, 'female');
    }
    if (o.positions.some((p) => /woman$/i.test(p.title))) vote(o, 'female');
  }
  // The person named last before a pronoun, in the same sentence or the one before, is its antecedent.
  const mentionsInOrder = officials.flatMap((o) => o.mentions.filter((m) => !m.field).map((m) => ({ o, at: m.span[0] }))).sort((a, b) => a.at - b.at);
  sentences.forEach((s, i) => {
    for (const p of s.text.matchAll(/(?<![\p{L}])(he|she|his|her|He|She|His|Her)(?![\p{L}])/gu)) {
      const at = s.start + p.index;
      const floor = sentences[Math.max(0, i - 1)]!.start;
      const previous = mentionsInOrder.filter((x) => x.at < at && x.at >= floor).pop();
      if (previous) vote(previous.o, /^(?:he|his)$/i.test(p[1]!) ? 'male' : 'female');
    }
  });
  for (const [o, g] of votes) if (g.size === 1) o.gender = [...g][0]!;
}
