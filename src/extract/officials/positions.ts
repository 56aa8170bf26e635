/**
 * A position phrase: an office from the lexicon ("Phó Chủ tịch Thường trực"), then optionally
 * "của"/"tại" and an organization ("HĐND tỉnh", "CTCP Thép Miền Bắc"). Between
 * delimiters an office may carry lower-case words before "tại"/"của" ("Giám đốc phân tích kinh
 * tế vĩ mô tại VinaCapital").
 */
import { officialsLexicon, type TitleEntry } from './lexicon.js';
import { parseOrganization, type OrgMode, type ParsedOrganization } from './organizations.js';
import type { Token } from './tokens.js';

export interface ParsedPosition {
  /** Token range of the whole phrase. */
  start: number;
  end: number;
  /** Token end of the office words. */
  titleEnd: number;
  entry: TitleEntry;
  org: ParsedOrganization | null;
}

const CONNECTORS = new Set(['của', 'tại', 'thuộc']);
const MAX_DESCRIPTOR_WORDS = 8;

/** Parse a position starting at token i, or null. Needs an organization or an office that implies one. */
export function parsePosition(tokens: Token[], i: number, mode: OrgMode): ParsedPosition | null {
  const title = officialsLexicon().titles.match(tokens, i);
  if (!title) return null;
  let titleEnd = title.end;
  let orgStart = titleEnd;

  if (CONNECTORS.has(tokens[orgStart]?.key ?? '')) orgStart++;
  else if (mode.delimited) {
    // office + lower-case descriptor + "tại"/"của" + organization
    let k = titleEnd;
    while (k < titleEnd + MAX_DESCRIPTOR_WORDS && tokens[k]?.isWord && !tokens[k]!.capitalized && !CONNECTORS.has(tokens[k]!.key) && !tokens[k]!.breakBefore) k++;
    if (k > titleEnd && CONNECTORS.has(tokens[k]?.key ?? '')) {
      titleEnd = k;
      orgStart = k + 1;
    }
  }

  const org = tokens[orgStart]?.breakBefore ? null : parseOrganization(tokens, orgStart, { ...mode, body: title.value.body });
  if (!org) {
    if (!title.value.implied) return null;
    return { start: i, end: title.end, titleEnd: title.end, entry: title.value, org: null };
  }
  return { start: i, end: org.end, titleEnd, entry: title.value, org };
}
