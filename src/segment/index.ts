/**
 * `segment(text)`: sentences of words with spans into the author's text. Sentences and tokens
 * come from src/text (abbreviations, numbers, dates, URLs kept whole); words from vntk's CRF word
 * model read in TypeScript (see word-tagger.ts); POS and NER on request (tag-words.ts).
 */
import type { Span } from '../record.js';
import { nfcWithMap } from '../text/normalize.js';
import { splitSentences } from '../text/split-sentences.js';
import { tokenize } from '../text/tokenize.js';
import type { TokenKind } from '../text/tokenize.js';
import { tagChunks, tagEntities, tagPos } from './tag-words.js';
import { groupWords, tagSyllables, wordLabels, type WordTaggerOptions } from './word-tagger.js';
import { joinHyphenated } from './join-hyphenated.js';

export interface Word {
  /** The word as written (`text.slice(span[0], span[1])` of the segmented text). */
  text: string;
  span: Span;
  /** Its syllables, joined by single spaces ("Hà Nội"). */
  syllables: string[];
  /** The kind of its first token ("word", "number", "date", "url", …). */
  kind: TokenKind;
  /** VLSP part of speech (with `pos` or `ner`). */
  pos?: string;
  /** Chunk tag (with `ner`). */
  chunk?: string;
  /** Named-entity tag, BIO (with `ner`). */
  ner?: string;
}

export interface Sentence { text: string; span: Span; words: Word[] }

export interface SegmentOptions extends WordTaggerOptions {
  /** Add POS tags. @default false */
  pos?: boolean;
  /** Add POS, chunk and named-entity tags. @default false */
  ner?: boolean;
  /** Treat the whole text as one sentence (no sentence splitting; line breaks are spaces). */
  oneSentence?: boolean;
}

/**
 * Split text into sentences and words.
 * @param text any text; spans point into it even when it is not NFC.
 * @returns sentences in order; each word's span covers its syllables and the spaces between them.
 * @example
 * segment('Thủ tướng Phạm Minh Chính làm việc với UBND TP.HCM.')[0].words.map((w) => w.text)
 * // → ['Thủ tướng', 'Phạm Minh Chính', 'làm việc', 'với', 'UBND', 'TP.HCM', '.']
 */
export function segment(text: string, options: SegmentOptions = {}): Sentence[] {
  const { text: nfc, map } = nfcWithMap(text);
  const spans = splitSentences(options.oneSentence ? nfc.replace(/[\r\n]/g, ' ') : nfc);
  const merged = options.oneSentence && spans.length > 1
    ? [{ start: spans[0]!.start, end: spans[spans.length - 1]!.end, tokens: spans.flatMap((s) => s.tokens) }]
    : spans;
  const out: Sentence[] = [];
  for (const sentence of merged) {
    const s = { start: sentence.start, end: sentence.end, tokens: joinHyphenated(sentence.tokens, nfc) };
    const syllables = s.tokens.map((t) => t.text);
    const groups = groupWords(syllables, tagSyllables(syllables, options));
    const words: Word[] = groups.map((g) => {
      const first = s.tokens[g[0]!]!;
      const last = s.tokens[g[g.length - 1]!]!;
      const start = map.toOriginal(first.start);
      const end = map.toOriginal(last.end);
      return { text: text.slice(start, end), span: [start, end], syllables: g.map((k) => syllables[k]!), kind: first.kind };
    });
    if (options.pos || options.ner) {
      const forms = words.map((w) => w.syllables.join(' '));
      const pos = tagPos(forms);
      words.forEach((w, k) => { w.pos = pos[k]; });
      if (options.ner) {
        const chunks = tagChunks(forms, pos);
        const entities = tagEntities(forms, pos, chunks);
        words.forEach((w, k) => { w.chunk = chunks[k]; w.ner = entities[k]; });
      }
    }
    const start = map.toOriginal(s.start);
    const end = map.toOriginal(s.end);
    out.push({ text: text.slice(start, end), span: [start, end], words });
  }
  return out;
}

/**
 * The words of each sentence as forms (syllables joined by "_"), without spans or word objects:
 * the fast path behind `baochi segment`'s text output and a record's `segmented` fields.
 * `segmentForms(t)[k]` equals `segment(t)[k].words.map((w) => w.syllables.join('_'))`.
 */
export function segmentForms(text: string, options: SegmentOptions = {}): string[][] {
  const nfc = text.normalize('NFC');
  const sentences = options.oneSentence ? [tokenize(nfc)] : splitSentences(nfc).map((s) => s.tokens);
  const out: string[][] = [];
  for (const raw of sentences) {
    if (raw.length === 0) continue;
    const tokens = joinHyphenated(raw, nfc);
    const syllables = tokens.map((t) => t.text);
    const tags = tagSyllables(syllables, options);
    if (inside < 0) inside = wordLabels().indexOf('IW');
    const forms: string[] = [];
    for (let i = 0; i < syllables.length; i++) {
      if (tags[i] === inside && forms.length > 0) forms[forms.length - 1] += '_' + syllables[i]!;
      else forms.push(syllables[i]!);
    }
    out.push(forms);
  }
  return out;
}

/** Label id of a syllable that continues a word (the word model's "IW"), once the model is read. */
let inside = -1;

/**
 * A field of a record word-segmented (SCHEMA v1.1 `segmented`): each sentence's words joined by
 * spaces, punctuation as tokens of its own, the syllables of a word joined by "_" (the VnCoreNLP /
 * PhoBERT input convention); the sentences of a paragraph joined by one space, and every run of
 * line breaks between paragraphs kept as written ("\n\n" in a record's text).
 * @example segmentedText('Thủ tướng đến Hà Nội.\n\nGiá vàng tăng.') // → 'Thủ_tướng đến Hà_Nội .\n\nGiá vàng tăng .'
 */
export function segmentedText(text: string, options: SegmentOptions = {}): string {
  if (text === '') return '';
  const parts = text.split(/(\n+)/);
  for (let k = 0; k < parts.length; k += 2) {
    parts[k] = segmentForms(parts[k]!, options).map((forms) => forms.join(' ')).join(' ');
  }
  return parts.join('');
}
