/**
 * The organization the article makes clear (SCHEMA: "A position written without its organization
 * takes the organization that the sentence or the article makes clear"): for "Chủ tịch Hội" the
 * nearest "Hội …" named before it; for a bare "Bộ trưởng" the nearest "Bộ …" named before it in
 * the same field. Nothing named before: null.
 */
import { expandOrganization } from './expand-organization.js';
import type { FieldTokens } from './claims.js';
import type { Province } from './lexicon.js';
import { parseOrganization } from './organizations.js';
import { keyOf } from './tokens.js';

/** How far back (tokens) a body named before is looked for. */
const LOOK_BACK = 1500;

/**
 * The body with head `head` ("Hội", "Bộ") named last before token `before` in the field, written out.
 * @returns organizationFull of that body, or null when none is named before.
 */
export function organizationNamedBefore(at: FieldTokens, before: number, head: string, place: Province | null): string | null {
  const { tokens, text } = at;
  const key = keyOf(head);
  for (let i = before - 1; i >= 0 && before - i <= LOOK_BACK; i--) {
    const t = tokens[i]!;
    if (t.key !== key || !t.capitalized) continue;
    const org = parseOrganization(tokens, i, { delimited: false, nameFollows: true });
    if (org && !org.anaphoric && org.parts.length > 1 && org.start === i) return expandOrganization(text, tokens, org, place);
  }
  return null;
}
