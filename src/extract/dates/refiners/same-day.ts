/**
 * A clock time "cùng ngày" (the same day) or "hôm đó" is on the day of the date before it, not on the
 * reference day: "khai mạc 8h ngày 3/12, bế mạc 17h cùng ngày" → 3/12 17:00. The words join the mention.
 */
import type { DateRefiner } from '../types.js';
import { isTimeOnly } from './kinds.js';
import { onDayOf } from './merge-range.js';

const SAME_DAY_AFTER = /^\s+(?:cùng\s+ngày|cùng\s+hôm|ngày\s+hôm\s+đó|hôm\s+đó|ngày\s+đó)(?![\p{L}\p{N}])/iu;
const SENTENCE_END = /[.!?\n]/u;

export const placeOnSameDay: DateRefiner = (candidates, text) => candidates.map((c, i) => {
  if (c.to || c.from.hour === undefined || !isTimeOnly(c.from)) return c;
  const same = SAME_DAY_AFTER.exec(text.slice(c.end, c.end + 24));
  if (!same) return c;
  for (let j = i - 1; j >= 0; j--) {
    const prev = candidates[j]!;
    if (SENTENCE_END.test(text.slice(prev.end, c.start))) break;
    const day = prev.to ?? prev.from;
    if (day.day === undefined || day.month === undefined) continue;
    return { ...c, end: c.end + same[0].length, from: onDayOf(c.from, day) };
  }
  return c;
});
