/**
 * Where an organization's name ends is a question of words, not of capital letters (issue #13):
 * "Cục Hàng không", "Trưởng phòng Nông nghiệp và Phát triển nông thôn", "Trung tâm Kiểm soát bệnh
 * tật tỉnh". Two rules, both on the word segmenter's words of a short window of the field (the
 * whole field is not segmented: the finder stays fast):
 *
 * - a name never ends inside a word: "Cục Hàng" → "Cục Hàng không", "Phát" → "Phát triển";
 * - after an open name part ("Kiểm soát", "Quản lý", "Cấp") a few lower-case words may go on with
 *   the name ("bệnh tật", "các khu công nghiệp", "nước sạch số 2") when the stretch ends where a
 *   noun phrase ends: a level ("tỉnh", "huyện"), a punctuation mark, "của"/"thuộc"/"tại", a
 *   capitalized word, or a word that starts the predicate ("cho biết", "khẳng định").
 */
import { wordsOf, wordIndexAt } from '../../segment/words-of.js';
import { officialsLexicon } from './lexicon.js';
import { sourceOf, type Token } from './tokens.js';

/** Tokens of look-ahead segmented past the token asked about: a word is never longer. */
const WINDOW_AHEAD = 12;
/** At most this many lower-case words go on with a name ("các khu công nghiệp"). */
const MAX_LOWER_WORDS = 4;

/** Punctuation that closes a noun phrase. */
const CLOSERS = new Set([',', ';', '.', ':', '(', ')', '"', '“', '”', '-', '!', '?', '…', '/']);
/** Lower-case words that may sit inside a name but never end it ("Ban Quản lý các khu …", "Nông nghiệp và …"). */
const INNER_ONLY = new Set(['các', 'và', 'số']);
/** Words that link a body to the one it belongs to: they end the stretch, the caller reads on. */
const LINKS = new Set(['của', 'thuộc', 'tại']);

/**
 * Grammar words that never sit inside an organization's name: a run of lower-case words that holds
 * one ("chủ một tiệm hoa", "Giám đốc cho biết") is no organization. Single syllables only: verbs of
 * two syllables ("cho biết", "tham gia") are in clause-verbs.tsv, since their syllables alone are name
 * words ("Quốc gia", "Phát triển").
 */
export const NOT_IN_NAME = new Set(
  ('một các những mọi cho là đã được bị sẽ đang với ở tại của trong khi này đó kia nói ông bà chị anh ' +
    'cũng có không về từ theo vào ra thì mà nhưng hay hoặc để do bởi nên vì sau trước trên dưới người ' +
    'đến tới cùng vừa mới rằng nhận trao dự họp làm đây nay hôm ngày tháng năm')
    .split(' '),
);

const isLower = (t: Token | undefined): t is Token => Boolean(t && t.isWord && !t.capitalized && !/\p{N}/u.test(t.text));

interface Window {
  first: number;
  base: number;
  words: ReturnType<typeof wordsOf>;
}

/** Tokens of context segmented before the token asked about (a word spans at most three syllables). */
const WINDOW_BEHIND = 2;

/**
 * Segmenter words of a short window of the field around token `i` (from a couple of tokens before
 * it, never before `from`, to a few tokens past it), or null without the text. Small windows keep
 * the finder fast; the CRF only looks a few tokens around each syllable.
 */
function windowAt(tokens: Token[], from: number, i: number): Window | null {
  const text = sourceOf(tokens);
  if (text === null) return null;
  let first = Math.max(from, i - WINDOW_BEHIND);
  while (first < i && tokens[first + 1]!.breakBefore) first++;
  let last = Math.min(tokens.length - 1, i + WINDOW_AHEAD);
  for (let k = i + 1; k <= last; k++) if (tokens[k]!.breakBefore) { last = k - 1; break; }
  const base = tokens[first]!.start;
  return { first, base, words: wordsOf(text.slice(base, tokens[last]!.end)) };
}

/** Word ends already found, per token array: both parsers and every retry ask for the same ones. */
const wordEnds = new WeakMap<Token[], Map<number, number>>();

/** Index of the first token starting at or after `offset` (absolute), from token `k` on. */
function tokenAtOffset(tokens: Token[], k: number, offset: number): number {
  while (k < tokens.length && tokens[k]!.start < offset) k++;
  return k;
}

/**
 * The end (token index) of the word that token `i` belongs to, when that word goes on in lower
 * case past `i` ("Hàng" → "Hàng không"). Returns `i + 1` when the word ends at `i`.
 * @param from the first token of the name part, where the window starts
 */
export function wordEndAt(tokens: Token[], from: number, i: number): number {
  if (!isLower(tokens[i + 1]) || tokens[i + 1]!.breakBefore) return i + 1;
  let known = wordEnds.get(tokens);
  if (!known) wordEnds.set(tokens, (known = new Map()));
  const cached = known.get(i);
  if (cached !== undefined) return cached;
  const end = findWordEnd(tokens, i);
  known.set(i, end);
  return end;
}

function findWordEnd(tokens: Token[], i: number): number {
  const w = windowAt(tokens, 0, i);
  if (!w) return i + 1;
  const rel = tokens[i]!.start - w.base;
  let wi = wordIndexAt(w.words, rel);
  // the word that holds token i starts at or before it
  if (wi < 0 || w.words[wi]!.span[0] > rel) wi -= 1;
  const word = wi >= 0 ? w.words[wi] : undefined;
  if (!word || word.span[1] <= tokens[i]!.end - w.base) return i + 1;
  const end = tokenAtOffset(tokens, i + 1, word.span[1] + w.base);
  // only lower-case syllables complete the word: a capitalized run merged by the segmenter
  // ("Bắc Ninh Nguyễn Văn A") is not one name
  for (let k = i + 1; k < end; k++) if (!isLower(tokens[k])) return i + 1;
  return end;
}

/** Is the word at tokens [a, b) a stop: a grammar word or a predicate verb ("cho biết", "đánh giá")? */
export function isStopWord(tokens: Token[], a: number, b: number, notInName: Set<string> = NOT_IN_NAME): boolean {
  const { clauseVerbs } = officialsLexicon();
  const first = tokens[a]!.key;
  if (notInName.has(first) && !INNER_ONLY.has(first)) return true;
  void b; // the verb phrase may be longer than the segmenter's word ("cho biết")
  return clauseVerbs.match(tokens, a) !== null;
}

/** Do tokens [from, j) end with a country or a province ("… Việt Nam", "… Đà Nẵng")? */
function endsWithPlace(tokens: Token[], from: number, j: number): boolean {
  const { countries, places } = officialsLexicon();
  for (let k = Math.max(from, j - 4); k < j; k++) {
    if (!tokens[k]!.capitalized) continue;
    if (countries.match(tokens, k)?.end === j || places.match(tokens, k)?.end === j) return true;
  }
  return false;
}

/**
 * Lower-case words at token j that go on with the name part before them; returns the token after
 * them, or j when they do not (the stretch is too long, or does not end where a noun phrase ends).
 */
export function lowerContinuation(tokens: Token[], from: number, j: number, notInName: Set<string> = NOT_IN_NAME): number {
  if (!isLower(tokens[j]) || tokens[j]!.breakBefore) return j;
  if (endsWithPlace(tokens, from, j)) return j; // "Hội Phụ sản Việt Nam cảm thán": a country closes the name
  const w = windowAt(tokens, from, j);
  if (!w) return j;
  const { organizations } = officialsLexicon();
  let k = j;
  let words = 0;
  let about = false; // "tội phạm về tham nhũng": a "về" inside, then the stretch must end at a mark or a verb
  while (words < MAX_LOWER_WORDS && k < tokens.length && !tokens[k]!.breakBefore) {
    const t = tokens[k]!;
    if (t.key === 'về' && k > j && isLower(tokens[k + 1])) { about = true; k++; continue; }
    if (t.key === 'số' && /^\p{N}/u.test(tokens[k + 1]?.text ?? '')) { k += 2; words++; continue; } // "số 2"
    if (!isLower(t)) break;
    const org = organizations.match(tokens, k);
    if (org && org.value.kind === 'admin') break; // "tỉnh", "huyện": the caller reads the level
    if (LINKS.has(t.key)) break;
    // the segmenter's word at k
    const rel = t.start - w.base;
    const wi = wordIndexAt(w.words, rel);
    const word = wi >= 0 && w.words[wi]!.span[0] === rel ? w.words[wi]! : null;
    const end = word ? tokenAtOffset(tokens, k + 1, word.span[1] + w.base) : k + 1;
    for (let m = k; m < end; m++) if (!isLower(tokens[m])) return j;
    if (isStopWord(tokens, k, end, notInName)) break;
    k = end;
    words++;
  }
  if (k === j) return j;
  // end where a noun phrase ends
  const next = tokens[k];
  const lastKey = tokens[k - 1]!.key;
  if (INNER_ONLY.has(lastKey)) return j;
  if (!next || next.breakBefore || CLOSERS.has(next.key) || next.capitalized || LINKS.has(next.key)) return k;
  const org = organizations.match(tokens, k);
  if (org && org.value.kind === 'admin') return k;
  // after "về" only a predicate verb ends it: "… về việc này cho biết" is a complement, not a name
  if (about) return officialsLexicon().clauseVerbs.match(tokens, k) ? k : j;
  if (isStopWord(tokens, k, k + 1, notInName)) return k;
  return j;
}

/**
 * Does a noun phrase end before token k: the end of the field or line, a punctuation mark, a
 * linking or chaining word, or the predicate ("… Chủ tịch Hội cho biết", "…, Giám đốc, và …")?
 */
export function endsPhrase(tokens: Token[], k: number): boolean {
  const next = tokens[k];
  if (!next || next.breakBefore || CLOSERS.has(next.key)) return true;
  if (LINKS.has(next.key) || next.key === 'và' || next.key === 'kiêm') return true;
  if (!next.isWord || next.capitalized) return false;
  // not NOT_IN_NAME: "dự", "làm", "ngày" also open nouns ("dự án", "làm việc", "ngày công")
  return PREDICATE_OPENERS.has(next.key) || officialsLexicon().clauseVerbs.match(tokens, k) !== null;
}

/** Auxiliaries and adverbs that open a predicate ("… Giám đốc, đã ký", "… Chủ tịch Hội cũng …"). */
// ("cho" is left out: it opens names too, "Công ty cho thuê tài chính …"; "cho biết" is a clause verb)
const PREDICATE_OPENERS = new Set(['là', 'đã', 'đang', 'sẽ', 'được', 'bị', 'cũng', 'vừa', 'mới', 'thì', 'mà', 'nhưng', 'vẫn', 'không', 'chưa', 'đều', 'rất']);
