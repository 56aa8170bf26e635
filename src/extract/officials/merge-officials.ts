/**
 * From claims to Officials: one per person, positions merged, every mention found. A short name
 * ("ông Tùng", "chị Anh") joins the one person whose name ends with it; the full name is searched
 * in every field; gender comes from "ông"/"bà"/"chị"… before any mention, when they agree.
 */
import type { Located, Official, Position } from '../../record.js';
import type { FieldTokens, ResolvedClaim } from './claims.js';
import type { Gender } from './lexicon.js';
import { isNameWord, nameRunEnd, readBareName, readHonorific, readNameAfterHonorific, startsWithSurname } from './names.js';

interface Person {
  name: string;
  keys: string[];
  positions: Position[];
  positionKeys: Set<string>;
  first: [number, number];
  mentions: (Located & { order: number })[];
  genders: Set<Gender>;
}

const nameKeys = (at: FieldTokens, start: number, end: number): string[] => at.tokens.slice(start, end).map((t) => t.key);
const spanOf = (at: FieldTokens, start: number, end: number): [number, number] => [at.tokens[start]!.start, at.tokens[end - 1]!.end];

function located(at: FieldTokens, span: [number, number]): Located & { order: number } {
  const m: Located & { order: number } = { span, order: at.order };
  if (at.field !== 'text') m.field = at.field;
  if (at.field === 'captions') m.index = at.index ?? 0;
  return m;
}

/** The same office with a written organization makes one without it redundant ("Hiệu trưởng"). */
function coveredBy(p: Position, others: Position[]): boolean {
  return p.organization === null && others.some((o) => o !== p && o.organization !== null && o.title.toLowerCase() === p.title.toLowerCase());
}

function addPositions(person: Person, positions: Position[]): void {
  for (const p of positions) {
    const key = `${p.former ? 'former|' : ''}${p.title.toLowerCase()}|${(p.organizationFull ?? '').toLowerCase()}`;
    if (person.positionKeys.has(key)) continue;
    person.positionKeys.add(key);
    person.positions.push(p);
  }
}

/** Group claims into people; a shorter name that ends a single longer one joins it. */
function groupPeople(claims: ResolvedClaim[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const { at, claim, positions } of claims) {
    const keys = nameKeys(at, claim.name.start, claim.name.end);
    const key = keys.join(' ');
    let person = byKey.get(key);
    if (!person) {
      const [s, e] = spanOf(at, claim.name.start, claim.name.end);
      person = { name: at.text.slice(s, e), keys, positions: [], positionKeys: new Set(), first: [at.order, s], mentions: [], genders: new Set() };
      byKey.set(key, person);
    }
    addPositions(person, positions);
  }
  const people = [...byKey.values()];
  for (const short of people.filter((p) => p.keys.length < 3)) {
    const longer = people.filter((p) => p !== short && p.keys.length > short.keys.length && p.keys.slice(-short.keys.length).join(' ') === short.keys.join(' '));
    if (longer.length !== 1) continue;
    addPositions(longer[0]!, short.positions);
    people.splice(people.indexOf(short), 1);
  }
  return people;
}

/** Every mention of each person in every field: full names, and short forms after an honorific. */
function collectMentions(people: Person[], fields: FieldTokens[]): void {
  const byFull = new Map<string, Person>();
  const bySuffix = new Map<string, Person | null>(); // null: ambiguous
  for (const p of people) {
    byFull.set(p.keys.join(' '), p);
    for (let n = 1; n < p.keys.length; n++) {
      const suffix = p.keys.slice(-n).join(' ');
      bySuffix.set(suffix, bySuffix.has(suffix) && bySuffix.get(suffix) !== p ? null : p);
    }
  }
  for (const at of fields) {
    const { tokens } = at;
    for (let i = 0; i < tokens.length; i++) {
      const hon = readHonorific(tokens, i);
      const name = hon ? readNameAfterHonorific(tokens, hon.end) : null;
      if (hon && name) {
        const key = nameKeys(at, name.start, name.end).join(' ');
        const full = byFull.get(key);
        const short = full ? null : bySuffix.get(key);
        const person = full ?? short;
        if (person) {
          person.mentions.push(located(at, spanOf(at, full ? name.start : hon.start, name.end)));
          if (hon.honorific.gender) person.genders.add(hon.honorific.gender);
        }
        i = name.end - 1;
        continue;
      }
      if (!isNameWord(tokens[i]) || (i > 0 && isNameWord(tokens[i - 1]) && !tokens[i]!.breakBefore)) continue;
      // a name may share its capitalized run with an organization: "Phó thủ tướng Nga Andrei Belousov"
      const end = nameRunEnd(tokens, i);
      let s = i;
      while (s < end) {
        let found = 0;
        for (let e = end; e > s && !found; e--) {
          const person = byFull.get(nameKeys(at, s, e).join(' '));
          if (person) {
            person.mentions.push(located(at, spanOf(at, s, e)));
            found = e;
          }
        }
        s = found || s + 1;
      }
      i = end - 1;
    }
  }
}

/**
 * "hiện ông Đăng là Chánh văn phòng …" after "ông Nguyễn Đức Đăng" was named: a one-word name that
 * ends exactly one full name written in the article (surname-led) is that person.
 */
function completeShortNames(people: Person[], fields: FieldTokens[]): void {
  const short = people.filter((p) => p.keys.length === 1);
  if (short.length === 0) return;
  const wanted = new Set(short.map((p) => p.keys[0]!));
  const full = new Map<string, Map<string, string>>(); // short key → full key → name as written
  for (const at of fields) {
    const { tokens } = at;
    for (let i = 0; i < tokens.length; i++) {
      const hon = readHonorific(tokens, i);
      const name = hon ? readNameAfterHonorific(tokens, hon.end) : readBareName(tokens, i);
      if (!name || name.end - name.start < 2 || !startsWithSurname(tokens, name.start)) continue;
      const last = tokens[name.end - 1]!.key;
      if (wanted.has(last)) {
        const forms = full.get(last) ?? new Map<string, string>();
        forms.set(nameKeys(at, name.start, name.end).join(' '), at.text.slice(tokens[name.start]!.start, tokens[name.end - 1]!.end));
        full.set(last, forms);
      }
      i = name.end - 1;
    }
  }
  for (const p of short) {
    const forms = full.get(p.keys[0]!);
    if (!forms || forms.size !== 1) continue;
    const [[key, name]] = [...forms];
    if (people.some((o) => o !== p && o.keys.join(' ') === key)) continue;
    p.name = name!;
    p.keys = key!.split(' ');
  }
}

export function mergeOfficials(claims: ResolvedClaim[], fields: FieldTokens[]): Official[] {
  const people = groupPeople(claims.filter((c) => c.positions.length > 0));
  completeShortNames(people, fields);
  collectMentions(people, fields);
  people.sort((a, b) => a.first[0] - b.first[0] || a.first[1] - b.first[1]);
  for (const p of people) p.positions = p.positions.filter((x) => !coveredBy(x, p.positions));
  return people.map((p) => {
    const mentions = p.mentions
      .sort((a, b) => a.order - b.order || a.span[0] - b.span[0])
      .map(({ order: _order, ...m }) => m);
    return {
      name: p.name,
      gender: p.genders.size === 1 ? [...p.genders][0]! : null,
      positions: p.positions,
      mentions,
    };
  });
}
