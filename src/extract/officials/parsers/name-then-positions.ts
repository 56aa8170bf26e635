/**
 * Name, then positions:
 *   "Các đồng chí: Lê Minh Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; Trần Thị Thu Hà, …"
 *   "Đồng chí Nguyễn Văn Sơn - Giám đốc Sở Tài chính trao giấy khen …"   (captions)
 *   "Bà Phan Thị Mai – Giám đốc Sở Công Thương cho biết …"
 *   "ông Lý Văn Phúc là giám đốc tài chính của Công ty TNHH …", "ông Lâm Văn Hải (Giám đốc Sở Y tế)"
 *   "Nguyễn Văn A (SN 1975, trú tại phường 3), Giám đốc Công ty B, …"
 * The name is surname-led, or anything capitalized after an honorific; positions follow a comma,
 * a dash, a parenthesis or "là", and chain with "," / "và" / "kiêm" until ";" or another word.
 */
import type { Claim } from '../claims.js';
import { readForeignName } from '../foreign-names.js';
import { readBareName, readHonorific, readNameAfterHonorific } from '../names.js';
import { endsPhrase, NOT_IN_NAME } from '../org-words.js';
import { officialsLexicon } from '../lexicon.js';
import { parseOrganization } from '../organizations.js';
import { keyOf, type Token } from '../tokens.js';
import { parsePosition, type ParsedPosition } from '../positions.js';

const OPENERS = new Set([',', '-', '(', 'là']);
const CHAINS = new Set([',', 'và', 'kiêm']);
const MODE = { delimited: true, nameFollows: false };

/**
 * "Nguyễn Văn A (SN 1975, trú tại …), Giám đốc Công ty B": a parenthesis right after the name that
 * holds no office is an aside; the positions come after it. Returns where to look for them.
 */
function skipAside(tokens: Token[], k: number): number {
  if (tokens[k]?.key !== '(' || parsePosition(tokens, k + 1, MODE)) return k;
  for (let j = k + 1; j < tokens.length && j < k + 30 && !tokens[j]!.breakBefore; j++) {
    if (tokens[j]!.key === ')') return tokens[j + 1]?.key === ',' ? j + 1 : k;
  }
  return k;
}

/**
 * "Thịnh, nguyên Phó Chủ tịch nước Nguyễn Thị Doan – …": an office right before a name is that
 * name's ("office Name"), not the apposition of the name before it.
 */
function nameFollows(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.breakBefore) return false;
  const hon = readHonorific(tokens, k);
  if (hon) return hon.honorific.kind !== 'courtesy' && readNameAfterHonorific(tokens, hon.end) !== null;
  return readBareName(tokens, k) !== null;
}

/**
 * "ông Phạm Văn Thi, Vụ trưởng, Vụ Chính sách Thuế cho biết": an office alone, then after a comma
 * the body it heads (a "Vụ" for a "Vụ trưởng"): one position.
 */
function withBodyAfterComma(tokens: Token[], pos: ParsedPosition | null): ParsedPosition | null {
  if (!pos?.bare || !pos.entry.body || tokens[pos.end]?.key !== ',') return pos;
  const head = tokens[pos.end + 1];
  if (!head?.capitalized || head.breakBefore || head.key !== keyOf(pos.entry.body)) return pos;
  const org = parseOrganization(tokens, pos.end + 1, MODE);
  if (!org || org.anaphoric || org.parts.length < 2) return pos;
  return { ...pos, end: org.end, org, bare: false };
}

/** Does an organization word ("Tỉnh ủy", "Sở", "tỉnh") end right before token i? */
function afterOrganizationWord(tokens: Token[], i: number): boolean {
  const { organizations } = officialsLexicon();
  for (let k = Math.max(0, i - 3); k < i; k++) if (organizations.match(tokens, k)?.end === i) return true;
  return false;
}

/** Token i opens a clause: first of the field, or after a sentence mark, a comma or a quotation mark. */
function opensClause(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || tokens[i]!.breakBefore) return true;
  // "Theo Henry To, …": after a sentence-opening "Theo"/"Với"
  if (before.isWord && NOT_IN_NAME.has(before.key) && before.capitalized) return opensClause(tokens, i - 1);
  return !before.isWord && before.key !== '-' && before.key !== '&';
}

export function findNameThenPositions(tokens: Token[]): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const honorific = readHonorific(tokens, i);
    let nameAt = honorific ? honorific.end : i;
    if (honorific && tokens[nameAt]?.text === ':') nameAt++; // "Các đồng chí: …"
    // "Ủy viên Thường vụ Tỉnh ủy Giang Tô, Bí thư …": a run right after a body's word names the body
    const bare = honorific ? null : readBareName(tokens, i);
    const bareName = bare && !afterOrganizationWord(tokens, i) ? bare : null;
    // "Siobhan Morden - Giám đốc …": a foreign name opening a clause, with an office and its body after it
    const foreign = honorific || bare || !tokens[i]!.nameWord || !opensClause(tokens, i) ? null : readForeignName(tokens, i);
    const name = honorific ? readNameAfterHonorific(tokens, nameAt) : bareName ?? foreign;
    if (!name) continue;
    const positions: ParsedPosition[] = [];
    let k = skipAside(tokens, name.end);
    if (OPENERS.has(tokens[k]?.key ?? '') && !tokens[k + 1]?.breakBefore) {
      let pos = withBodyAfterComma(tokens, parsePosition(tokens, k + 1, MODE, !foreign));
      while (pos && !nameFollows(tokens, pos.end) && (!pos.bare || endsPhrase(tokens, pos.end))) {
        positions.push(pos);
        k = pos.end;
        if (!CHAINS.has(tokens[k]?.key ?? '') || tokens[k + 1]?.breakBefore) break;
        pos = withBodyAfterComma(tokens, parsePosition(tokens, k + 1, MODE, !foreign));
      }
    }
    if (positions.length > 0) claims.push({ name, honorific, positions });
    i = name.end - 1;
  }
  return claims;
}
