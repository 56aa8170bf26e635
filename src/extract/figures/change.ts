/**
 * Change: a figure that is itself the amount of a change ("tăng 16% so với năm 2019", "giảm sản lượng
 * 1,5 triệu thùng", "gấp 3 lần") gets its direction and the reference after "so với". New levels
 * ("tăng lên 700.000 đồng", "từ 1% lên 3%") and durations ("tăng 5 phiên") are not changes.
 */
import type { Figure } from '../../record.js';
import { cueTable } from './lexicon.js';
import { phraseBefore, wordsBefore } from './phrases.js';

/** Words that, between a change verb and the figure, make the figure a level rather than a change. */
const LEVEL_WORDS = new Set(['lên', 'xuống', 'mức', 'từ', 'đến', 'tới', 'là', 'ở', 'đạt', 'còn', 'thành', 'về']);
const MAX_OBJECT_WORDS = 4;

/** The change verb governing a figure whose qualifiers start at `pos`, and where its object starts. */
export function changeVerbBefore(text: string, pos: number): { direction: 'up' | 'down'; verbStart: number; verbEnd: number } | null {
  const table = cueTable('change');
  // "giá hai nguồn này cũng tăng, khoảng 30%": the verb may stand before a comma
  const comma = /,\s*$/.exec(text.slice(Math.max(0, pos - 3), pos));
  const direct = phraseBefore(text, pos, table) ?? (comma ? phraseBefore(text, pos - comma[0].length, table) : null);
  if (direct) return { direction: direct.value === 'down' ? 'down' : 'up', verbStart: direct.start, verbEnd: direct.end };
  // "giảm sản lượng 1,5 triệu thùng", "tăng giá từ 10 - 20%": a short object between verb and figure
  const words = wordsBefore(text, pos, MAX_OBJECT_WORDS + 2);
  for (let k = words.length - 2; k >= 0 && words.length - 1 - k <= MAX_OBJECT_WORDS; k--) {
    const after = words.slice(k + 1).map((w) => w.word.toLowerCase());
    if (after.some((w) => LEVEL_WORDS.has(w))) return null;
    const hit = phraseBefore(text, words[k]!.end, table);
    if (hit && hit.end === words[k]!.end) return { direction: hit.value === 'down' ? 'down' : 'up', verbStart: hit.start, verbEnd: hit.end };
  }
  return null;
}

/** The reference of a change: the phrase after "so với" in the figure's clause, or null. */
export function referenceAfter(text: string, end: number, sentenceEnd: number): string | null {
  const rest = text.slice(end, sentenceEnd);
  const clause = rest.split(/[,;:!?"”“()\n]|\.(?=\s|$)/)[0] ?? '';
  const m = /(?:^|\s)so với\s+(.+)$/iu.exec(clause);
  if (!m) return null;
  const ref = m[1]!.replace(/\.+$/, '').trim();
  return ref || null;
}

export function changeOf(text: string, qualifierStart: number, end: number, sentenceEnd: number): Figure['change'] {
  const verb = changeVerbBefore(text, qualifierStart);
  if (!verb) return null;
  let reference = referenceAfter(text, end, sentenceEnd);
  // "gấp 3 lần năm trước": the reference follows the multiple directly
  if (!reference && text.slice(verb.verbStart, verb.verbEnd).toLowerCase() === 'gấp') {
    const m = /^ ([^,;:.!?"”()\n]+)/u.exec(text.slice(end, sentenceEnd));
    reference = m ? m[1]!.trim() || null : null;
  }
  return { direction: verb.direction, reference };
}
