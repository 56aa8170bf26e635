/**
 * Organizations after an office: a sequence of parts read left to right, each from the lexicon
 * (heads "UBND", "Sở", "Công ty"; whole names "Chính phủ"; administrative levels "tỉnh", "TP"),
 * a place ("Bắc Ninh"), a country ("Nga"), or a capitalized run ("Thép Miền Bắc", "VinaCapital.vn").
 * When a name is expected after the organization ("Phó Chủ tịch UBND tỉnh Lê Minh Hưng"), a
 * trailing surname-led run is left to the name.
 */
import { officialsLexicon, type Country, type OrgEntry, type Province } from './lexicon.js';
import { isNameWord, isSurnameName, nameRunEnd, readHonorific, splitTrailingName } from './names.js';
import { endsPhrase, isStopWord, lowerContinuation, NOT_IN_NAME, wordEndAt } from './org-words.js';
import type { PhraseMatch } from './phrase-trie.js';
import { matchPlace } from './places.js';
import type { Token } from './tokens.js';

export type OrgPart =
  | { kind: 'lexicon'; start: number; end: number; entry: OrgEntry }
  | { kind: 'place'; start: number; end: number; province: Province }
  | { kind: 'country'; start: number; end: number; country: Country }
  | { kind: 'words'; start: number; end: number; /** ends in lower case or a bracket, on purpose */ lowerTail?: boolean };

export interface ParsedOrganization {
  /** Token range. */
  start: number;
  end: number;
  parts: OrgPart[];
  /** A head alone that stands for a body named earlier ("Chủ tịch Hội" after "Hội Bảo trợ …"). */
  anaphoric?: boolean;
}

export interface OrgMode {
  /** Between delimiters (", X, Giám đốc … ,"): lower-case words may lead or join capitalized ones. */
  delimited: boolean;
  /** A person's name may follow: leave a trailing surname-led run to it. */
  nameFollows: boolean;
  /** The office heads a body of this kind, so the field alone may name it ("Bộ trưởng Tài chính"). */
  body?: string | null;
}


const isLowerWord = (t: Token | undefined): t is Token => Boolean(t && t.isWord && !t.capitalized && !/\p{N}/u.test(t.text));

/** End of a capitalized run at i, allowing up to two joining lower-case words when delimited. */
function capitalizedRunEnd(tokens: Token[], i: number, delimited: boolean): number {
  let j = i;
  while (j < tokens.length && (j === i || !tokens[j]!.breakBefore)) {
    const t = tokens[j]!;
    // "Sanford C. Bernstein": an initial with its dot inside a name
    if (j > i && t.upper === false && /^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === t.end && tokens[j + 2]?.capitalized && !tokens[j + 2]!.breakBefore) { j += 2; continue; }
    if (t.isWord && t.capitalized && !/^\p{N}/u.test(t.text)) { j++; continue; }
    // "Giao dịch Chứng khoán", "Minh Phát và Đối tác": lower-case words that join capitalized ones
    if (j > i && delimited) {
      let k = j;
      // "về" joins too when a capitalized word follows it: "Viện Quốc gia về Khoa học và Công nghệ"
      while (k < j + 2 && isLowerWord(tokens[k]) && (tokens[k]!.key === 'về' || (!NOT_IN_NAME.has(tokens[k]!.key) && !isStopWord(tokens, k, k + 1))) && !tokens[k]!.breakBefore) k++;
      if (k > j && tokens[k]?.isWord && tokens[k]!.capitalized && !tokens[k]!.breakBefore) { j = k; continue; }
    }
    break;
  }
  // a name never ends inside a word: "Cục Hàng" → "Cục Hàng không", "và Phát" → "và Phát triển"
  return j > i ? wordEndAt(tokens, i, j - 1) : j;
}

/** Consume a capitalized run as part of the organization, leaving a trailing name when one may follow. */
function takeRun(tokens: Token[], i: number, mode: OrgMode, minWords: number): number {
  const end = capitalizedRunEnd(tokens, i, mode.delimited);
  if (end <= i) return i;
  if (!mode.nameFollows) return end;
  return splitTrailingName(tokens, i, end, minWords) ?? end;
}

/**
 * A lexicon organization word at token i. Bodies are written capitalized ("Thanh tra", "Văn phòng");
 * in lower case the same words are verbs or common nouns ("thanh tra", "ban hành"). Levels stay
 * lower case ("tỉnh", "huyện").
 */
function matchOrganizationWord(tokens: Token[], i: number): PhraseMatch<OrgEntry> | null {
  const m = officialsLexicon().organizations.match(tokens, i);
  return m && (m.value.kind === 'admin' || tokens[i]!.capitalized) ? m : null;
}

/** A words part ends capitalized, or in the lower-case rest of a capitalized word ("Hàng không"). */
function isLowerWordEnd(tokens: Token[], part: OrgPart): boolean {
  let k = part.end - 1;
  while (k > part.start && isLowerWord(tokens[k])) k--;
  return Boolean(tokens[k]?.capitalized) && wordEndAt(tokens, k, k) >= part.end;
}

/**
 * A dash at j that joins two fields of one name: spaced or not, followed by a capitalized word that
 * opens no office, no honorific and no person's name ("Kinh tế - Hạ tầng", "GD-ĐT").
 */
function joinsByDash(tokens: Token[], j: number): boolean {
  const dash = tokens[j];
  const next = tokens[j + 1];
  if (dash?.key !== '-' || !next || next.breakBefore || !next.capitalized || !next.isWord || /^\p{N}/u.test(next.text)) return false;
  const lex = officialsLexicon();
  if (lex.titles.match(tokens, j + 1) || readHonorific(tokens, j + 1)) return false;
  return !isSurnameName(tokens, j + 1, nameRunEnd(tokens, j + 1));
}

/** Does the words part come right after an administrative level ("xã", "thị trấn")? */
function afterLevel(parts: OrgPart[], part: OrgPart): boolean {
  const before = parts[parts.indexOf(part) - 1];
  return Boolean(before && before.kind === 'lexicon' && before.entry.kind === 'admin');
}

const OPEN_QUOTES = new Set(['"', '“', "'", '‘']);
const CLOSE_QUOTES = new Set(['"', '”', "'", '’']);

/** A capitalized name in quotation marks at j ("“Maraven Food Central”"): the token after it, or j. */
function quotedNameEnd(tokens: Token[], j: number): number {
  if (!OPEN_QUOTES.has(tokens[j]?.key ?? '') || !tokens[j + 1]?.capitalized || tokens[j + 1]!.breakBefore) return j;
  for (let k = j + 2; k < tokens.length && k <= j + 9 && !tokens[k]!.breakBefore; k++) {
    if (CLOSE_QUOTES.has(tokens[k]!.key)) return k + 1;
  }
  return j;
}

/** Up to four lower-case words at j, then a capitalized one: where they end, or j. */
function leadWordsEnd(tokens: Token[], j: number): number {
  let k = j;
  const { titles } = officialsLexicon();
  // an office is never a lead word: "người phát ngôn của phó chủ tịch Ủy ban …" names another person
  while (k < j + 4 && isLowerWord(tokens[k]) && !NOT_IN_NAME.has(tokens[k]!.key) && !isStopWord(tokens, k, k + 1) && !matchOrganizationWord(tokens, k) &&
    !titles.match(tokens, k) && !tokens[k]!.breakBefore) k++;
  return k > j && tokens[k]?.capitalized && !tokens[k]!.breakBefore ? k : j;
}

/** Parse an organization starting at token i, or null when none starts there. */
export function parseOrganization(tokens: Token[], i: number, mode: OrgMode): ParsedOrganization | null {
  const lex = officialsLexicon();
  const parts: OrgPart[] = [];
  let j = i;

  // "chuỗi cà phê Mây Ngàn": between delimiters, a few lower-case words may lead a named organization
  if (mode.delimited && isLowerWord(tokens[j]) && !matchOrganizationWord(tokens, j)) {
    const k = leadWordsEnd(tokens, j);
    if (k === j) return null;
    parts.push({ kind: 'words', start: j, end: k });
    j = k;
  }

  while (j < tokens.length && (j === i || !tokens[j]!.breakBefore)) {
    const org = matchOrganizationWord(tokens, j);
    if (org && org.value.kind === 'domain' && parts.length === 0 && mode.body) {
      // "Bộ trưởng Tài chính", "Bộ trưởng Quốc phòng Mỹ": the field stands for the ministry
      parts.push({ kind: 'lexicon', start: j, end: org.end, entry: org.value });
      j = org.end;
      const country = tokens[j]?.capitalized ? lex.countries.match(tokens, j) : null;
      if (country) { parts.push({ kind: 'country', start: j, end: country.end, country: country.value }); break; }
      // "Phó trưởng phòng Kinh tế - Hạ tầng huyện Tĩnh Gia": the field may go on, and its level follow
      const level = matchOrganizationWord(tokens, j);
      if (joinsByDash(tokens, j) || level?.value.kind === 'admin') continue;
      break;
    }
    if (org && (org.value.kind !== 'domain' || parts.length > 0)) {
      parts.push({ kind: 'lexicon', start: j, end: org.end, entry: org.value });
      j = org.end;
      if (org.value.kind === 'admin') {
        if (tokens[j]?.text === '.' && tokens[j]!.start === tokens[j - 1]!.end) j++; // "TP. Hà Nội"
        const place = matchPlace(tokens, j);
        if (place) {
          parts.push({ kind: 'place', start: j, end: place.end, province: place.province });
          j = place.end;
        } else if (isNameWord(tokens[j])) {
          // After "tỉnh"/"thành phố" a run that is no province is the name that follows ("UBND tỉnh
          // Lê Minh Hưng"). After a lower level it names the unit first: wards and communes bear
          // people's names ("phường Lê Lợi", "xã Trần Phú"), so a name must come after one word.
          const end = takeRun(tokens, j, mode, org.value.local ? 0 : 1);
          if (end > j) { parts.push({ kind: 'words', start: j, end }); j = end; }
        }
        continue;
      }
      if (org.value.needsName) {
        const next = matchOrganizationWord(tokens, j);
        if (next) continue; // "Sở Công Thương", "Bộ Công an", "Công ty TNHH"
        // "Công ty “Maraven Food”": a name in quotation marks after the head
        const quoted = quotedNameEnd(tokens, j);
        if (quoted > j) { parts.push({ kind: 'words', start: j, end: quoted, lowerTail: true }); j = quoted; continue; }
        // "Vụ chính sách Thuế", "Ban quản lý Khu …": between delimiters, lower-case words may open the name
        const lead = mode.delimited ? leadWordsEnd(tokens, j) : j;
        if (lead > j) {
          const end = takeRun(tokens, lead, mode, 0);
          parts.push({ kind: 'words', start: j, end });
          j = end;
          continue;
        }
        const end = takeRun(tokens, j, mode, 1);
        if (end <= j) {
          // "Ông Trần Văn Long, Chủ tịch Hội cho biết": a capitalized head alone where the phrase
          // ends stands for the body named before ("Hội Bảo trợ …"); the record resolves it
          const head = parts[parts.length - 1]!;
          if (parts.length === 1 && mode.delimited && tokens[head.start]!.capitalized && endsPhrase(tokens, head.end)) {
            return { start: head.start, end: head.end, parts, anaphoric: true };
          }
          parts.pop();
          break;
        }
        parts.push({ kind: 'words', start: j, end });
        j = end;
      }
      continue;
    }
    // "Đoàn Đại biểu Quốc hội (ĐBQH) TPHCM", "Hiệp hội … (ASOCIO)": an abbreviation in brackets
    if (parts.length > 0 && tokens[j]?.key === '(' && tokens[j + 1]?.upper && tokens[j + 2]?.key === ')' && !tokens[j + 1]!.breakBefore &&
        !matchPlace(tokens, j + 1) && (isNameWord(tokens[j + 3]) || matchOrganizationWord(tokens, j + 3)?.value.kind === 'admin') && !tokens[j + 3]!.breakBefore) {
      // only inside the name: a place in brackets ("(TP.HCM)") or a bracket that ends it is an aside
      parts.push({ kind: 'words', start: j, end: j + 3, lowerTail: true });
      j += 3;
      continue;
    }
    // "Giám đốc mảng Chiến lược … tại Nomura Holdings": between delimiters, the firm a unit belongs to
    if (parts.length > 0 && mode.delimited && (tokens[j]?.key === 'tại' || tokens[j]?.key === 'của') && !tokens[j + 1]?.breakBefore &&
        (tokens[j + 1]?.upper || isNameWord(tokens[j + 1])) && !matchPlace(tokens, j + 1)) {
      const end = capitalizedRunEnd(tokens, j + 1, false);
      if (end > j + 1) { parts.push({ kind: 'words', start: j, end }); j = end; continue; }
    }
    // "Ủy ban Kinh tế của Quốc hội", "Trung tâm Y tế thuộc Sở Y tế": a body inside a named one
    if (parts.length > 0 && (tokens[j]?.key === 'của' || tokens[j]?.key === 'thuộc') && matchOrganizationWord(tokens, j + 1)) {
      const inner = matchOrganizationWord(tokens, j + 1)!;
      if (inner.value.kind === 'head' || inner.value.kind === 'name') {
        parts.push({ kind: 'words', start: j, end: j + 1 });
        j++;
        continue;
      }
    }
    const place = matchPlace(tokens, j);
    if (place && parts.length > 0) {
      parts.push({ kind: 'place', start: j, end: place.end, province: place.province });
      j = place.end;
      continue;
    }
    // "Ngân hàng Trung ương Ba Lan", "Bộ Ngoại giao Nga": a country closes the body it follows
    if (parts.length > 0 && tokens[j]?.capitalized && parts[parts.length - 1]!.kind === 'lexicon') {
      const country = lex.countries.match(tokens, j);
      if (country) {
        parts.push({ kind: 'country', start: j, end: country.end, country: country.value });
        j = country.end;
        break;
      }
    }
    if (parts.length === 0 && tokens[j]?.capitalized) {
      const country = lex.countries.match(tokens, j);
      if (country) {
        parts.push({ kind: 'country', start: j, end: country.end, country: country.value });
        j = country.end;
        break;
      }
    }
    const prev = parts[parts.length - 1];
    // After a head or a field more capitalized words may name the body ("Công ty Xây dựng Sông Đà");
    // after a whole name or a place they do only between delimiters ("Chủ tịch Fed Jerome Powell").
    const openEnded = !prev || prev.kind === 'words' || (prev.kind === 'lexicon' && prev.entry.kind !== 'name' && prev.entry.kind !== 'admin');
    if (openEnded || mode.delimited) {
      // a bare named organization ("VinaCapital", "Hoa Mộc Lan") or the rest of one after lead words
      if (parts.length === 0 && !mode.delimited && !isNameWord(tokens[j]) && !tokens[j]?.upper) break;
      // after lower-case words of a name, the capitalized run names it ("Nhà máy xử lý nước thải Hồ
      // Tây"): a person's name must come after one more word, as after a ward or a school
      const end = takeRun(tokens, j, mode, prev?.kind === 'words' && prev.lowerTail ? 1 : 0);
      if (end > j) {
        const last = parts[parts.length - 1];
        if (last?.kind === 'words' && last.end === j) last.end = end;
        else parts.push({ kind: 'words', start: j, end });
        j = end;
        continue;
      }
    }
    // not after a level's place name ("thị trấn La Ceja gần hiện trường"): places take no lower-case words
    if (prev && prev.kind === 'words' && !afterLevel(parts, prev)) {
      // "Trung tâm Kiểm soát bệnh tật tỉnh …", "Công ty TNHH MTV Cấp nước sạch số 2": lower-case words of the name
      const k = lowerContinuation(tokens, prev.start, j);
      if (k > j) { prev.end = k; prev.lowerTail = true; j = k; continue; }
    }
    // "Binh đoàn 18", "Công ty Sông Đà 10": a unit's number closes its name
    if (prev && prev.kind === 'words' && /^\p{N}{1,3}$/u.test(tokens[j]?.text ?? '') && !tokens[j]!.breakBefore && endsPhrase(tokens, j + 1)) {
      prev.end = j + 1;
      prev.lowerTail = true;
      j++;
      continue;
    }
    if (prev && (prev.kind === 'words' || (prev.kind === 'lexicon' && prev.entry.kind === 'domain')) && joinsByDash(tokens, j)) {
      // "Phòng Kinh tế - Hạ tầng", "Ủy ban Văn hóa - Giáo dục": a dash between two fields of one name
      const end = capitalizedRunEnd(tokens, j + 1, false);
      parts.push({ kind: 'words', start: j, end });
      j = end;
      continue;
    }
    break;
  }
  // A head that needs a name and got none ("Giám đốc Công ty cho biết") or lead words alone are no organization.
  while (parts.length > 0) {
    const last = parts[parts.length - 1]!;
    if (last.kind === 'lexicon' && last.entry.needsName) { parts.pop(); continue; }
    break;
  }
  if (parts.length === 0) return null;
  const last = parts[parts.length - 1]!;
  if (!tokens.slice(parts[0]!.start, last.end).some((t) => t.capitalized)) return null;
  if (last.kind === 'words' && !last.lowerTail && !isLowerWordEnd(tokens, last)) return null;
  return { start: parts[0]!.start, end: last.end, parts };
}
