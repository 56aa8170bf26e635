/**
 * Sentences and paragraphs of a text, as offset ranges: a figure's status, change and period are read
 * in its sentence, and a period or plan stated at a paragraph's head carries to the next sentences.
 */
export interface Sentence {
  start: number;
  end: number;
  /** Index of its paragraph (paragraphs are separated by line breaks). */
  paragraph: number;
}

// a sentence ends at . ! ? … (and closing quotes) followed by space and a capital, a quote or a digit
const END = /[.!?…]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;

/** Longer "sentences" (lists, tables flattened to text) are cut so that work per figure stays bounded. */
const MAX_SENTENCE = 1500;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of splitAtMarks(text)) {
    let start = s.start;
    while (s.end - start > MAX_SENTENCE) {
      const window = text.slice(start, start + MAX_SENTENCE);
      const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
      const end = cut > 0 ? start + cut + 1 : start + MAX_SENTENCE;
      out.push({ start, end, paragraph: s.paragraph });
      start = end;
    }
    out.push({ start, end: s.end, paragraph: s.paragraph });
  }
  return out;
}

function splitAtMarks(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  let lastLineEnd = 0;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    if (/\n\s*\n|\n/.test(text.slice(lastLineEnd, line.index)) && out.length) paragraph++;
    lastLineEnd = line.index + line[0].length;
    let s = line.index;
    END.lastIndex = 0;
    for (let m = END.exec(line[0]); m; m = END.exec(line[0])) {
      const e = line.index + m.index + m[0].length;
      out.push({ start: s, end: e, paragraph });
      s = e;
      while (s < lastLineEnd && /\s/.test(text[s]!)) s++;
    }
    if (s < lastLineEnd) out.push({ start: s, end: lastLineEnd, paragraph });
  }
  return out;
}
