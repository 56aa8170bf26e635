/**
 * A parsed position as the record states it: the office and organization as written, the
 * organization written out (organizationFull), or the body the office implies when none is written
 * ("Thủ tướng" → "Chính phủ"; "Phó thủ tướng Nga" → "Chính phủ Liên bang Nga"). Null when the
 * position names no organization at all ("Giám đốc" alone).
 */
import type { Position } from '../../record.js';
import { expandOrganization, organizationText } from './expand-organization.js';
import type { Province } from './lexicon.js';
import type { FieldTokens } from './claims.js';
import type { ParsedPosition } from './positions.js';
import { organizationNamedBefore } from './context-organization.js';

export function resolvePosition(at: FieldTokens, pos: ParsedPosition, place: Province | null): Position | null {
  const { text, tokens } = at;
  const slice = (a: number, b: number): string => text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const title = slice(pos.titleStart, pos.titleEnd);
  const implied = pos.entry.implied;
  if (!pos.org) {
    if (implied) return { title, organization: null, organizationFull: implied, text: slice(pos.start, pos.end), former: pos.former };
    if (!pos.bare) return null;
    // "Bộ trưởng Nguyễn Văn A" after "Bộ Tài chính" was named: that ministry; else no organization
    const named = pos.entry.body ? organizationNamedBefore(at, pos.start, pos.entry.body, place) : null;
    return { title, organization: null, organizationFull: named, text: slice(pos.start, pos.end), former: pos.former };
  }
  if (pos.org.anaphoric) {
    const head = slice(pos.org.start, pos.org.end);
    const named = organizationNamedBefore(at, pos.start, head, place) ?? head;
    return { title, organization: head, organizationFull: named, text: slice(pos.start, pos.end), former: pos.former };
  }
  const only = pos.org.parts.length === 1 ? pos.org.parts[0]! : null;
  const organizationFull = only?.kind === 'country'
    ? (implied ? `${implied} ${only.country.full}` : only.country.full)
    : expandOrganization(text, tokens, pos.org, place, pos.entry.body);
  return { title, organization: organizationText(text, tokens, pos.org), organizationFull, text: slice(pos.start, pos.end), former: pos.former };
}
