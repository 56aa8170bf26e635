/**
 * Counted nouns (SCHEMA v1.1): the whole noun word after a numeral names what is counted, lower case,
 * without the classifier ("27 chiếc xe ô tô" → `xe ô tô`) and without the modifiers after it
 * ("40.000 người dùng mới" → `người dùng`, "12 địa phương khắc phục …" → `địa phương`).
 *
 * Words are the longest entries of the Viet74K word list or of the counted nouns of units.tsv over the
 * syllables after the numeral (the CRF segmenter follows UD-VTB, which writes "người dùng" as two
 * words). Whether the first of them is a noun: the counted nouns of units.tsv are; words opening with
 * a function word (figure-cues.tsv "not-counted") are not; else the word's class in UD-VTB dev
 * (word-classes.tsv); for a word the treebank never saw, vntk's POS model on a short window (two
 * syllables before the numeral to seven after) may still rule it out (adjective, adverb, preposition).
 */
import { tagPos } from '../../segment/tag-words.js';
import { viet74k } from '../../segment/dictionary.js';
import { numberWords } from '../numbers/number-words.js';
import { cueTable, unitsByFirstWord } from './lexicon.js';
import { readLexiconRows } from '../numbers/read-lexicon.js';
import type { UnitMatch } from './attach-unit.js';

interface Piece {
  text: string;
  lower: string;
  start: number;
  end: number;
  syllables: number;
}

const LETTERS = /[\p{L}\p{M}]/u;
/** Longest word tried, in syllables ("sở giao dịch chứng khoán" is five, but rare). */
const MAX_WORD = 4;
/**
 * POS tags (VLSP) that a counted noun never has: verbs, adjectives, adverbs, prepositions,
 * conjunctions, pronouns, particles, determiners. vntk's model often tags an unfamiliar noun after a
 * numeral M or Np, so the test is "not one of these" rather than "N".
 */
const NOT_NOUN_TAGS = new Set(['V', 'Vb', 'Vy', 'A', 'Ab', 'R', 'E', 'C', 'Cc', 'CC', 'P', 'T', 'L', 'X', 'CH', 'I', 'Y', 'Z', 'S']);

let classes: Map<string, string> | null = null;
let senses: Map<string, string[]> | null = null;

/** Lower-case word → the parts of speech of its senses in the vntk dictionary (word-pos.tsv). */
function wordPos(): Map<string, string[]> {
  if (!senses) {
    senses = new Map();
    for (const [form, pos] of readLexiconRows('word-pos.tsv')) if (form && pos) senses.set(form, pos.split(','));
  }
  return senses;
}

/** Lower-case word → its most frequent UPOS in UD-VTB dev (corpus/lexicon/word-classes.tsv). */
function wordClasses(): Map<string, string> {
  if (!classes) {
    classes = new Map();
    for (const [form, upos] of readLexiconRows('word-classes.tsv')) if (form && upos) classes.set(form, upos);
  }
  return classes;
}


let countForms: Set<string> | null = null;
let blockForms: Set<string> | null = null;

/** Lower-case written forms of the counted nouns and of the blocking words of units.tsv. */
function lexiconForms(): { count: Set<string>; block: Set<string> } {
  if (!countForms || !blockForms) {
    countForms = new Set();
    blockForms = new Set();
    for (const list of unitsByFirstWord().values()) {
      for (const e of list) {
        if (e.kind === 'count') countForms.add(e.formLower);
        else if (e.kind === 'block') blockForms.add(e.formLower);
      }
    }
  }
  return { count: countForms, block: blockForms };
}

const isGap = (c: string): boolean => c === ' ' || c === '\u00a0';

/** Up to `n` letter-only syllables from `pos` on, separated by single spaces. */
function syllablesAfter(text: string, pos: number, n: number): Piece[] {
  const out: Piece[] = [];
  let i = pos;
  while (out.length < n && i < text.length) {
    let j = i;
    while (j < text.length && LETTERS.test(text[j]!)) j++;
    if (j === i || (j < text.length && /[\p{N}]/u.test(text[j]!))) break;
    const s = text.slice(i, j);
    out.push({ text: s, lower: s.toLowerCase(), start: i, end: j, syllables: 1 });
    if (!isGap(text[j] ?? '') || !LETTERS.test(text[j + 1] ?? '')) break;
    i = j + 1;
  }
  return out;
}

/** Up to `n` syllables right before `pos` (nearest last), separated by single spaces. */
function syllablesBefore(text: string, pos: number, n: number): Piece[] {
  const out: Piece[] = [];
  let j = pos;
  while (out.length < n && j > 1 && isGap(text[j - 1]!)) {
    let i = j - 1;
    while (i > 0 && LETTERS.test(text[i - 1]!)) i--;
    if (i === j - 1) break;
    const s = text.slice(i, j - 1);
    out.unshift({ text: s, lower: s.toLowerCase(), start: i, end: j - 1, syllables: 1 });
    j = i;
  }
  return out;
}

/** Join syllables into words, longest Viet74K or counted-noun entry first. */
function groupWords(syllables: readonly Piece[]): Piece[] {
  const dict = viet74k();
  const { count } = lexiconForms();
  const out: Piece[] = [];
  for (let i = 0; i < syllables.length; ) {
    let len = 1;
    for (let k = Math.min(MAX_WORD, syllables.length - i); k >= 2; k--) {
      const form = syllables.slice(i, i + k).map((s) => s.lower).join(' ');
      if (count.has(form) || dict.has(form) || wordPos().has(form) || wordClasses().has(form)) { len = k; break; }
    }
    // a listed noun before a word that its next syllable opens: "người | thường xuyên", not "người thường | xuyên"
    if (len === 2 && count.has(syllables[i]!.lower) && !count.has(`${syllables[i]!.lower} ${syllables[i + 1]!.lower}`) && syllables[i + 2]
      && dict.has(`${syllables[i + 1]!.lower} ${syllables[i + 2]!.lower}`)) len = 1;
    const first = syllables[i]!, last = syllables[i + len - 1]!;
    const text = syllables.slice(i, i + len).map((s) => s.text).join(' ');
    out.push({ text, lower: text.toLowerCase(), start: first.start, end: last.end, syllables: len });
    i += len;
  }
  return out;
}

const isLower = (w: Piece): boolean => w.text === w.lower;

/** The counted noun after a numeral: the words after `pos` (the numeral's end plus its space). */
export function countedNounAt(text: string, numeralStart: number, pos: number): UnitMatch | null {
  const after = syllablesAfter(text, pos, 7);
  if (!after.length || after[0]!.text !== after[0]!.lower) return null;
  const words = groupWords(after);
  // the tagger runs only when a word is in neither dictionary (it is the slow part)
  let tags: string[] | null = null;
  const tagOf = (k: number): string => {
    if (!tags) {
      const before = groupWords(syllablesBefore(text, numeralStart, 2));
      tags = tagPos([...before.map((w) => w.text), text.slice(numeralStart, pos).trim(), ...words.map((w) => w.text)]).slice(before.length + 1);
    }
    return tags[k] ?? 'X';
  };
  const { count, block } = lexiconForms();
  const stop = cueTable('not-counted').phrases;
  const classes = wordClasses();
  const isNoun = (k: number): boolean => {
    const w = words[k]!.lower;
    if (count.has(w)) return true;
    if (stop.has(w) || stop.has(w.split(' ')[0]!)) return false;
    // the dictionaries first: a noun sense in the vntk dictionary, else the treebank's reading;
    // vntk's tagger, weak on a short window ("nhà giáo" V), only for words neither knows
    const senses = wordPos().get(w);
    if (senses) return senses.includes('N');
    const known = classes.get(w);
    if (known) return known === 'NOUN';
    return !NOT_NOUN_TAGS.has(tagOf(k));
  };

  let h = 0;
  // a classifier before a noun is left out: "27 chiếc xe ô tô" counts xe ô tô
  if (cueTable('classifier').phrases.has(words[0]!.lower) && words[1] && isLower(words[1]) && isNoun(1)) h = 1;
  const head = words[h]!;
  if (!isNoun(h) || numberWords().has(head.lower) || /^[a-z]$/.test(head.lower)) return null;
  // "1 số" is "một số" (some), "1 cách" "một cách" (an adverb): no count of one
  if (/^0*1$/.test(text.slice(numeralStart, pos).trim()) && cueTable('not-counted-after-one').phrases.has(head.lower)) return null;
  // a word units.tsv blocks as a unit ("đồng thời", "lần lượt") is a counted noun only when the
  // dictionary's first sense is a noun ("5 ca sĩ", "3 đồng chí", "4 triệu chứng")
  if (block.has(head.lower) && !count.has(head.lower) && wordPos().get(head.lower)?.[0] !== 'N') return null;
  let end = h;
  // one-syllable heads that take the next word into what is counted: "4 trận bão", "2 mã cổ phiếu"
  const next = words[h + 1];
  const bound = cueTable('bound-head').phrases.get(head.lower);
  // "any": an agent noun, "nhà" + a verb ("4 nhà cung cấp", "2 nhà đầu tư")
  if (head.syllables === 1 && next && isLower(next) && bound !== undefined && (isNoun(h + 1) || (bound === 'any' && !cueTable('not-counted').phrases.has(next.lower.split(' ')[0]!)))) end = h + 1;
  // a place noun before a name or a number is an address: "căn nhà 49 phố Thái Hà", "968 đường 3/2"
  if (cueTable('doc').phrases.has(head.lower) && /^[ \u00a0](?:\p{Lu}|\d)/u.test(text.slice(words[end]!.end, words[end]!.end + 2))) return null;
  let unitText = words.slice(h, end + 1).map((w) => w.lower).join(' ');
  let unitEnd = words[end]!.end;
  const other = end === words.length - 1 ? coordinatedNoun(text, unitEnd) : null;
  if (other) { unitText += other.joiner + other.word; unitEnd = other.end; }
  return { unit: unitText, kind: 'count', start: pos, end: unitEnd, minor: 0 };
}

/**
 * A second counted noun joined by "," or "/" to the first: "252 giáo viên, học sinh", "63
 * tỉnh/thành phố". Only a word the dictionaries hold as a noun first, ending the phrase there (not
 * before a name: "50 hộ, xã Tân Lập"; not before a number: "3 xe, 2 người").
 */
function coordinatedNoun(text: string, pos: number): { word: string; joiner: string; end: number } | null {
  const joiner = /^(?:, |\/)/.exec(text.slice(pos, pos + 2))?.[0];
  if (!joiner) return null;
  const words = groupWords(syllablesAfter(text, pos + joiner.length, 5));
  const w = words[0];
  if (!w || !isLower(w) || cueTable('classifier').phrases.has(w.lower) || cueTable('not-counted').phrases.has(w.lower.split(' ')[0]!)) return null;
  const { count } = lexiconForms();
  const noun = count.has(w.lower) || wordPos().get(w.lower)?.[0] === 'N' || (!wordPos().has(w.lower) && wordClasses().get(w.lower) === 'NOUN');
  if (!noun || (w.syllables < 2 && !count.has(w.lower))) return null;
  const rest = text.slice(w.end, w.end + 3);
  if (/^ ?\p{N}/u.test(rest) || (/^ \p{Lu}/u.test(rest) && !words[1])) return null;
  if (words[1] && words[1].text !== words[1].lower) return null;
  return { word: w.lower, joiner: joiner.trim() === ',' ? ', ' : '/', end: w.end };
}
