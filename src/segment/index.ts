/** Word segmentation (text-layer issue). Foundation stub: one word per syllable. */
import type { Span } from '../record.js';

export interface Word { text: string; span: Span }
export interface Sentence { text: string; span: Span; words: Word[] }

export function segment(text: string): Sentence[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) words.push({ text: m[0], span: [m.index, m.index + m[0].length] });
  return text.trim() ? [{ text, span: [0, text.length], words }] : [];
}
