/**
 * Approximation of a figure from the words around it: "khoảng"/"gần" about, "hơn"/"trên"/"vượt" over,
 * "dưới" under, "ít nhất" at least, "tối đa"/"không quá"/"đến" (a ceiling) at most, "từ X trở
 * xuống/lên". "tăng tới 240%" and "lên tới" are emphasis, not a ceiling.
 */
import type { Approx } from '../../record.js';
import { cueTable } from './lexicon.js';
import { phraseAfter, phraseBefore, wordsAfter } from './phrases.js';
import { wordBeforeIs, type Draft } from './build-drafts.js';

export function approxOf(text: string, d: Draft): Approx | null {
  const after = phraseAfter(text, d.end, cueTable('approx-after'));
  if (after) return after.value as Approx;
  if (d.level) return null;
  if (d.openFrom && !d.range) {
    const next = wordsAfter(text, d.end, 1)[0]?.word.toLowerCase();
    return next === 'lên' || next === 'xuống' || next === 'đến' || next === 'tới' ? null : 'at_least';
  }
  const cue = phraseBefore(text, d.qualStart, cueTable('approx-before'));
  if (!cue || cue.value === 'none') return null;
  if (cue.phrase === 'đến' || cue.phrase === 'tới') {
    // "tăng tới 240%", "lên tới", "kéo dài đến": emphasis or a level, not a ceiling
    if (phraseBefore(text, cue.start, cueTable('change')) || wordBeforeIs(text, cue.start, 'lên')) return null;
  }
  return cue.value as Approx;
}

/** Where the figure's qualifiers start: before its approx cue ("khoảng", "hơn"), for change verbs. */
export function qualifierStart(text: string, d: Draft): number {
  const cue = phraseBefore(text, d.qualStart, cueTable('approx-before'));
  return cue && cue.value !== 'none' ? cue.start : d.qualStart;
}
