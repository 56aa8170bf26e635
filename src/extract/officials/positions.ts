/**
 * A position phrase: an office from the lexicon ("Phó Chủ tịch Thường trực"), then optionally
 * "của"/"tại" and an organization ("HĐND tỉnh", "CTCP Thép Miền Bắc"). Between
 * delimiters an office may carry lower-case words before "tại"/"của" ("Giám đốc phân tích kinh
 * tế vĩ mô tại VinaCapital").
 */
import { officialsLexicon, type TitleEntry } from './lexicon.js';
import { parseOrganization, type OrgMode, type ParsedOrganization } from './organizations.js';
import { isNameWord, isSurnameName, nameRunEnd } from './names.js';
import type { Token } from './tokens.js';

export interface ParsedPosition {
  /** Token range of the whole phrase. */
  start: number;
  end: number;
  /** Token range of the office words ("nguyên Phó Chủ tịch nước": the last three). */
  titleStart: number;
  titleEnd: number;
  /** Written as a former holder's ("nguyên", "cựu" before the office). */
  former: boolean;
  entry: TitleEntry;
  org: ParsedOrganization | null;
}

const CONNECTORS = new Set(['của', 'tại', 'thuộc']);
const MAX_DESCRIPTOR_WORDS = 8;

/** Parse a position starting at token i, or null. Needs an organization or an office that implies one. */
export function parsePosition(tokens: Token[], i: number, mode: OrgMode): ParsedPosition | null {
  const lex = officialsLexicon();
  // "nguyên Phó Chủ tịch nước", "cựu Bộ trưởng": a former holder; a capitalized "Nguyên" after a
  // name word is the end of a name ("Kim Nguyên, Hiệu phó …"); "giữ nguyên" means "keep as it is"
  const marker = tokens[i];
  const former = Boolean(marker && lex.formerMarkers.has(marker.key) && !tokens[i + 1]?.breakBefore && tokens[i - 1]?.key !== 'giữ' &&
    !(marker.capitalized && isNameWord(tokens[i - 1]) && !marker.breakBefore));
  const titleStart = former ? i + 1 : i;
  const title = lex.titles.match(tokens, titleStart);
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

  // an office that implies its body ("Phó Chủ tịch nước") before a full name: the name is the
  // holder, not an organization ("nguyên Phó Chủ tịch nước Nguyễn Thị Lan – …")
  const holderNext = title.value.implied !== null && orgStart === titleEnd && isSurnameName(tokens, orgStart, nameRunEnd(tokens, orgStart));
  const org = tokens[orgStart]?.breakBefore || holderNext ? null : parseOrganization(tokens, orgStart, { ...mode, body: title.value.body });
  if (!org) {
    if (!title.value.implied) return null;
    return { start: i, end: title.end, titleStart, titleEnd: title.end, former, entry: title.value, org: null };
  }
  return { start: i, end: org.end, titleStart, titleEnd, former, entry: title.value, org };
}
