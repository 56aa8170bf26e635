/**
 * Sentences with spans. A line break always ends a sentence (paragraphs, bullets, captions); inside
 * a line a sentence ends at ".", "!", "?" or an ellipsis when the next token opens a sentence (a
 * capital, a digit, an opening quote or bracket, a bullet). Closing quotes and brackets right
 * after the mark stay with the sentence. Abbreviations from corpus/lexicon/sentence-abbreviations.tsv
 * never end one, except those marked may_end ("v.v.") before a capital.
 */
import { abbreviations } from './abbreviations.js';
import { tokenize, type Token } from './tokenize.js';

export interface SentenceSpan {
  start: number;
  end: number;
  /** The tokens of the sentence, spans into the whole text. */
  tokens: Token[];
}

const TERMINAL = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '–', '—', '•', '*', '+']);
const BULLETS = new Set(['•', '●', '▪', '■', '◆', '♦', '►', '▶', '➤', '✔', '✓']);
const OPENS_SENTENCE = /^[\p{Lu}\d]/u;

function endsHere(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind === 'abbreviation') return abbreviations().get(t.text)?.mayEnd === true;
  return t.kind === 'ellipsis' || (t.kind === 'punct' && TERMINAL.has(t.text));
}

/** Split one line (no line breaks inside) into sentences. */
function splitLine(tokens: Token[], out: SentenceSpan[]): void {
  let begin = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // an inline bullet opens a sentence
    if (t.kind === 'symbol' && BULLETS.has(t.text) && k > begin) {
      out.push({ start: tokens[begin]!.start, end: tokens[k - 1]!.end, tokens: tokens.slice(begin, k) });
      begin = k;
      continue;
    }
    if (!endsHere(tokens, k)) continue;
    // closing quotes/brackets glued to the mark belong to this sentence
    let last = k;
    while (last + 1 < tokens.length && CLOSERS.has(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) last++;
    const next = tokens[last + 1];
    if (!next) break;
    const opens = OPENS_SENTENCE.test(next.text) || (OPENERS.has(next.text) && next.start > tokens[last]!.end) || BULLETS.has(next.text);
    if (!opens) continue;
    out.push({ start: tokens[begin]!.start, end: tokens[last]!.end, tokens: tokens.slice(begin, last + 1) });
    begin = last + 1;
    k = last;
  }
  if (begin < tokens.length) out.push({ start: tokens[begin]!.start, end: tokens[tokens.length - 1]!.end, tokens: tokens.slice(begin) });
}

/** Sentences of `text`, in order, with spans (`text.slice(start, end)` is the sentence). */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const tokens = tokenize(text);
  let lineStart = 0;
  // group tokens by line: a line break between two tokens ends the sentence
  for (let k = 1; k <= tokens.length; k++) {
    if (k === tokens.length || text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) {
      splitLine(tokens.slice(lineStart, k), out);
      lineStart = k;
    }
  }
  return out;
}
