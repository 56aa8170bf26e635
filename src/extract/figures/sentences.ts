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

export function splitSentences(text: string): Sentence[] {
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
