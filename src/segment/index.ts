/**
 * `segment(text)`: sentences of words with spans into the author's text. Sentences and tokens
 * come from src/text (abbreviations, numbers, dates, URLs kept whole); words from vntk's CRF word
 * model read in TypeScript (see word-tagger.ts); POS and NER on request (tag-words.ts).
 */
import type { Span } from '../record.js';
import { nfcWithMap } from '../text/normalize.js';
import { splitSentences } from '../text/split-sentences.js';
import type { TokenKind } from '../text/tokenize.js';
import { tagChunks, tagEntities, tagPos } from './tag-words.js';
import { groupWords, tagSyllables, type WordTaggerOptions } from './word-tagger.js';

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
  for (const s of merged) {
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
