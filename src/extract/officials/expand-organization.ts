/**
 * An organization written out for organizationFull: abbreviations expanded ("UBND" → "Ủy ban nhân
 * dân"), a field alone given its body ("Bộ trưởng Tài chính" → "Bộ Tài chính"), and a bare level or
 * local body ("tỉnh", "Tỉnh ủy", "Sở Công Thương") completed with the place the article is about.
 */
import type { Province } from './lexicon.js';
import type { OrgPart, ParsedOrganization } from './organizations.js';
import type { Token } from './tokens.js';

/** The organization as written. */
export function organizationText(text: string, tokens: Token[], org: ParsedOrganization): string {
  return text.slice(tokens[org.start]!.start, tokens[org.end - 1]!.end);
}

/** The organization written out; `body` is the kind of body an office heads ("Bộ"). */
export function expandOrganization(text: string, tokens: Token[], org: ParsedOrganization, place: Province | null, body: string | null = null): string {
  const out: string[] = [];
  const first = org.parts[0]!;
  // "Bộ trưởng Tài chính" → "Bộ Tài chính"; "Trưởng khoa Hô hấp …" → "Khoa Hô hấp …": the office names the body
  const firstWord = text.slice(tokens[first.start]!.start, tokens[first.start]!.end).toLowerCase();
  if (body && firstWord !== body.toLowerCase() && ((first.kind === 'lexicon' && first.entry.kind === 'domain') || first.kind === 'words')) out.push(body);
  const slice = (a: number, b: number): string => text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  for (const part of org.parts) {
    if (part.kind === 'lexicon') out.push(part.entry.expansion ?? slice(part.start, part.end));
    else if (part.kind === 'country') out.push(part.country.full);
    else if (part.kind === 'place') {
      const written = slice(part.start, part.end);
      out.push(/^tp\b/i.test(written) ? `${part.province.type} ${part.province.name}` : written);
    } else out.push(slice(part.start, part.end));
  }
  let full = out.join(' ');
  if (place) {
    const lastPlaceLike = findLastIndex(org.parts, (p) => p.kind === 'place' || p.kind === 'country' || (p.kind === 'words' && precededByAdmin(org.parts, p)));
    const localIndex = findLastIndex(org.parts, (p) => p.kind === 'lexicon' && p.entry.local !== null);
    if (localIndex >= 0 && localIndex > lastPlaceLike) {
      const local = org.parts[localIndex] as Extract<OrgPart, { kind: 'lexicon' }>;
      const scope = local.entry.local!;
      const fits = scope === 'any' || (scope === 'province' ? place.type === 'tỉnh' : place.type === 'thành phố');
      if (fits) {
        // "tỉnh" → "tỉnh Bắc Ninh"; "Tỉnh ủy" → "Tỉnh ủy Bắc Ninh"; "Sở Công Thương" → "… tỉnh Bắc Ninh"
        const isLevelOrCommittee = local.entry.kind === 'admin' || scope !== 'any';
        full += isLevelOrCommittee ? ` ${place.name}` : ` ${place.type} ${place.name}`;
      }
    }
  }
  return full;
}

function precededByAdmin(parts: OrgPart[], p: OrgPart): boolean {
  const i = parts.indexOf(p);
  const before = parts[i - 1];
  return Boolean(before && before.kind === 'lexicon' && before.entry.kind === 'admin');
}

function findLastIndex<T>(xs: T[], pred: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i]!)) return i;
  return -1;
}
