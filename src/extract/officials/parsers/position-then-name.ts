/**
 * Position, then name:
 *   "phó Chủ tịch UBND tỉnh Lê Minh Hưng đề nghị …", "Thủ tướng Phạm Minh Chính"
 *   "Phó thủ tướng Nga Andrei Belousov cho biết …", "Giám đốc Sở Y tế, ông Trần Văn B, cho biết"
 *   "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Nguyễn Văn A"
 * After a country, a place or a named body the organization ends for sure, so a foreign name
 * (not surname-led) is accepted there; elsewhere the name must start with a family name.
 */
import type { Claim } from '../claims.js';
import { readForeignName } from '../foreign-names.js';
import { isNamesake, isNameWord, isSurnameName, nameRunEnd, readHonorific, readNameAfterHonorific, startsWithSurname, type NameMatch } from '../names.js';
import { isVietnameseSyllable } from '../syllables.js';
import { parsePosition, type ParsedPosition } from '../positions.js';
import type { Token } from '../tokens.js';

const MODE = { delimited: false, nameFollows: true };

function orgEndsForSure(pos: ParsedPosition): boolean {
  const last = pos.org?.parts[pos.org.parts.length - 1];
  return Boolean(last && (last.kind === 'country' || last.kind === 'place' || (last.kind === 'lexicon' && last.entry.kind === 'name')));
}

function allSyllables(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isVietnameseSyllable(tokens[k]!.text)) return false;
  return true;
}

function readNameAfterPosition(tokens: Token[], k: number, pos: ParsedPosition): NameMatch | null {
  if (!isNameWord(tokens[k]) || tokens[k]!.breakBefore) return null;
  const end = nameRunEnd(tokens, k);
  if (isSurnameName(tokens, k, end)) return { start: k, end };
  // "Chủ tịch Hồ Chí Minh": a historical name right after an office is the person
  if (pos.bare && isNamesake(tokens, k, end)) return { start: k, end };
  const n = end - k;
  // after a body that ends for sure, any name; but not a Vietnamese one glued to the next word ("Ngântại")
  if (n >= 2 && n <= 4 && orgEndsForSure(pos) && !(startsWithSurname(tokens, k) && !allSyllables(tokens, k, end))) return { start: k, end };
  // "huấn luyện viên Carlo Ancelotti", "CEO Satya Nadella": a foreign name right after the office,
  // unless a name follows it in apposition ("HLV Bayern Munich, Pep Guardiola": the run is the club)
  const foreign = readForeignName(tokens, k);
  if (foreign && tokens[foreign.end]?.key === ',' && nameRunEnd(tokens, foreign.end + 1) - (foreign.end + 1) >= 2) return null;
  return foreign;
}

export function findPositionThenName(tokens: Token[]): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = parsePosition(tokens, i, MODE, true);
    if (!first) continue;
    // "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Nguyễn Văn A": offices joined by "kiêm" share the name
    const positions = [first];
    for (let next = first; tokens[next.end]?.key === 'kiêm'; ) {
      const more = parsePosition(tokens, next.end + 1, MODE);
      if (!more) break;
      positions.push(more);
      next = more;
    }
    const last = positions[positions.length - 1]!;
    let k = last.end;
    // "Giám đốc Sở Y tế, ông Trần Văn B": not after an office alone ("…, Giám đốc, ông B" is a list)
    const viaComma = tokens[k]?.key === ',' && !last.bare && readHonorific(tokens, k + 1) !== null;
    if (viaComma) k++;
    const honorific = tokens[k]?.breakBefore ? null : readHonorific(tokens, k);
    const name = honorific ? readNameAfterHonorific(tokens, honorific.end) : readNameAfterPosition(tokens, k, last);
    if (!name) continue;
    // "ý kiến của đại diện Việt Nam, ông Gokoh, Trưởng ban tổ chức …": the name states its own office
    if (viaComma && [',', '-', '('].includes(tokens[name.end]?.key ?? '') && parsePosition(tokens, name.end + 1, { delimited: true, nameFollows: false })) continue;
    // a historical name ("Chủ tịch Hồ Chí Minh", "cố Tổng Bí thư Lê Duẩn") holds its offices no more;
    // "ông"/"bà" before it speak of a living namesake
    const historical = isNamesake(tokens, name.start, name.end) && honorific?.honorific.kind !== 'courtesy';
    claims.push({ name, honorific, positions: historical ? positions.map((p) => ({ ...p, former: true })) : positions });
    i = name.end - 1;
  }
  return claims;
}
