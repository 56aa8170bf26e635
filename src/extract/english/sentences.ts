/**
 * English sentences with their offsets: a finder works sentence by sentence (a cue, a date or an office
 * only reaches within its sentence). Paragraph breaks always end a sentence; ". " ends one unless the
 * word before is an abbreviation (Mr., U.S., Jan., No.) or the next word starts in lower case.
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Abbreviations that end in "." inside an English news sentence (AP style and British forms).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'rev', 'st', 'no', 'nos', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'co', 'corp', 'inc',
  'ltd', 'jr', 'sr', 'approx', 'est', 'dept', 'govt', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);

/** Longest sentence handed to the tagger, in characters. */
const MAX_SENTENCE = 1500;

const BOUNDARY = /([.!?])(["”’)]*)(\s+)(?=["“‘(]?[\p{Lu}\d])/gu;

/** Sentences of `text`, in order, covering every non-blank stretch. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    // A "sentence" longer than any real one (a list, a table flattened) is cut at a comma or space, so
    // that tagging and look-backs stay linear in the text.
    while (end - start > MAX_SENTENCE) {
      const window = text.slice(start, start + MAX_SENTENCE);
      const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
      const at = start + (cut > MAX_SENTENCE / 2 ? cut + 1 : Math.max(window.lastIndexOf(' '), MAX_SENTENCE / 2));
      out.push({ start, end: at, text: text.slice(start, at) });
      start = at;
      while (start < end && /\s/.test(text[start]!)) start++;
    }
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  const paragraphs = /[^\n]+/g;
  for (let p = paragraphs.exec(text); p; p = paragraphs.exec(text)) {
    let start = p.index;
    BOUNDARY.lastIndex = 0;
    const para = p[0];
    for (let m = BOUNDARY.exec(para); m; m = BOUNDARY.exec(para)) {
      if (m[1] === '.') {
        const before = para.slice(0, m.index).match(/([\p{L}.]+)$/u)?.[1]?.toLowerCase() ?? '';
        // "U.S." / "Mr." / a single initial ("Nguyen V. Anh") do not end a sentence.
        if (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before) || /\.\p{L}$/u.test(before)) continue;
      }
      const cut = p.index + m.index + m[1]!.length + m[2]!.length;
      push(start, cut);
      start = cut;
    }
    push(start, p.index + para.length);
  }
  return out;
}
