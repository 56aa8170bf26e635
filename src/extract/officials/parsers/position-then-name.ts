/**
 * Position, then name:
 *   "phó Chủ tịch UBND tỉnh Lê Minh Hưng đề nghị …", "Thủ tướng Phạm Minh Chính"
 *   "Phó thủ tướng Nga Andrei Belousov cho biết …", "Giám đốc Sở Y tế, ông Trần Văn B, cho biết"
 *   "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Nguyễn Văn A"
 * After a country, a place or a named body the organization ends for sure, so a foreign name
 * (not surname-led) is accepted there; elsewhere the name must start with a family name.
 */
import type { Claim } from '../claims.js';
import { isNameWord, isSurnameName, nameRunEnd, readHonorific, readNameAfterHonorific, type NameMatch } from '../names.js';
import { parsePosition, type ParsedPosition } from '../positions.js';
import type { Token } from '../tokens.js';

const MODE = { delimited: false, nameFollows: true };

function orgEndsForSure(pos: ParsedPosition): boolean {
  const last = pos.org?.parts[pos.org.parts.length - 1];
  return Boolean(last && (last.kind === 'country' || last.kind === 'place' || (last.kind === 'lexicon' && last.entry.kind === 'name')));
}

function readNameAfterPosition(tokens: Token[], k: number, pos: ParsedPosition): NameMatch | null {
  if (!isNameWord(tokens[k]) || tokens[k]!.breakBefore) return null;
  const end = nameRunEnd(tokens, k);
  if (isSurnameName(tokens, k, end)) return { start: k, end };
  const n = end - k;
  return n >= 2 && n <= 4 && orgEndsForSure(pos) ? { start: k, end } : null;
}

export function findPositionThenName(tokens: Token[]): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = parsePosition(tokens, i, MODE);
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
    if (tokens[k]?.key === ',' && readHonorific(tokens, k + 1)) k++;
    const honorific = tokens[k]?.breakBefore ? null : readHonorific(tokens, k);
    const name = honorific ? readNameAfterHonorific(tokens, honorific.end) : readNameAfterPosition(tokens, k, last);
    if (!name) continue;
    claims.push({ name, honorific, positions });
    i = name.end - 1;
  }
  return claims;
}
