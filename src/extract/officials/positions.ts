/**
 * A position phrase: an office from the lexicon ("Phó Chủ tịch Thường trực"), then optionally
 * "của"/"tại" and an organization ("HĐND tỉnh", "CTCP Thép Miền Bắc"). Between
 * delimiters an office may carry lower-case words before "tại"/"của" ("Giám đốc phân tích kinh
 * tế vĩ mô tại VinaCapital").
 */
import { officialsLexicon, type TitleEntry } from './lexicon.js';
import { parseOrganization, type OrgMode, type ParsedOrganization } from './organizations.js';
import { readForeignName } from './foreign-names.js';
import { isNameWord, isNamesake, isSurnameName, nameRunEnd } from './names.js';
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
  /** An office written without its organization, and none implied ("Bộ trưởng Nguyễn Văn A"). */
  bare: boolean;
}

/**
 * Offices that name a holder even without their organization. Experts, analysts and
 * representatives ("chuyên gia", "đại diện") are descriptions, not offices, when no body is written.
 */
const BARE_GROUPS = new Set(['party', 'state', 'assembly', 'government', 'department', 'court', 'front', 'military', 'enterprise', 'foreign', 'sports']);

/** "HLV Carlo Ancelotti": a foreign name of two or three words right after the office. */
function isShortForeignName(tokens: Token[], i: number): boolean {
  const name = readForeignName(tokens, i);
  return name !== null && name.end - name.start <= 3;
}

/** Do the words before token i say the office is not held ("ứng cử viên", "ứng viên")? */
function isCandidate(tokens: Token[], i: number): boolean {
  const { candidateMarkers } = officialsLexicon();
  for (let n = 1; n <= 3 && i - n >= 0; n++) {
    if (candidateMarkers.has(tokens.slice(i - n, i).map((t) => t.key).join(' '))) return true;
  }
  return false;
}

const CONNECTORS = new Set(['của', 'tại', 'thuộc']);
const MAX_DESCRIPTOR_WORDS = 8;

/**
 * Parse a position starting at token i, or null. Needs an organization or an office that implies
 * one; with `allowBare`, an office of a BARE_GROUPS group alone is a position too (`bare: true`), and
 * the caller decides whether what follows makes it one.
 */
export function parsePosition(tokens: Token[], i: number, mode: OrgMode, allowBare = false): ParsedPosition | null {
  const lex = officialsLexicon();
  // "nguyên Phó Chủ tịch nước", "cựu Bộ trưởng": a former holder; a capitalized "Nguyên" after a
  // name word is the end of a name ("Kim Nguyên, Hiệu phó …"); "giữ nguyên" means "keep as it is"
  const marker = tokens[i];
  const former = Boolean(marker && lex.formerMarkers.has(marker.key) && !tokens[i + 1]?.breakBefore && tokens[i - 1]?.key !== 'giữ' &&
    !(marker.capitalized && isNameWord(tokens[i - 1]) && !marker.breakBefore));
  const titleStart = former ? i + 1 : i;
  const title = lex.titles.match(tokens, titleStart);
  if (!title) return null;
  if (isCandidate(tokens, i)) return null; // "ứng cử viên Tổng thống Mỹ …" holds no office
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
  // (or any office, when a name is expected after it: "Chủ tịch Hồ Chí Minh", a historical name)
  const run = nameRunEnd(tokens, orgStart);
  const holderNext = orgStart === titleEnd && (title.value.implied !== null || (allowBare && mode.nameFollows)) &&
    (isSurnameName(tokens, orgStart, run) || (allowBare && mode.nameFollows && (isNamesake(tokens, orgStart, run) || isShortForeignName(tokens, orgStart))));
  const org = tokens[orgStart]?.breakBefore || holderNext ? null : parseOrganization(tokens, orgStart, { ...mode, body: title.value.body });
  if (!org) {
    const bare = !title.value.implied;
    if (bare && !(allowBare && BARE_GROUPS.has(title.value.group))) return null;
    return { start: i, end: title.end, titleStart, titleEnd: title.end, former, entry: title.value, org: null, bare };
  }
  return { start: i, end: org.end, titleStart, titleEnd, former, entry: title.value, org, bare: false };
}
