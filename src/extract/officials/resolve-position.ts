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

export function resolvePosition(at: FieldTokens, pos: ParsedPosition, place: Province | null): Position | null {
  const { text, tokens } = at;
  const slice = (a: number, b: number): string => text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const title = slice(pos.titleStart, pos.titleEnd);
  const implied = pos.entry.implied;
  if (!pos.org) {
    return implied ? { title, organization: null, organizationFull: implied, text: slice(pos.start, pos.end), former: pos.former } : null;
  }
  const only = pos.org.parts.length === 1 ? pos.org.parts[0]! : null;
  const organizationFull = only?.kind === 'country'
    ? (implied ? `${implied} ${only.country.full}` : only.country.full)
    : expandOrganization(text, tokens, pos.org, place, pos.entry.body);
  return { title, organization: organizationText(text, tokens, pos.org), organizationFull, text: slice(pos.start, pos.end), former: pos.former };
}
