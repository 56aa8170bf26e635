/**
 * A clock time written without its day is on the day of the date before it in its paragraph, not on
 * the reference day: "Riêng ngày thứ 7 (26/11) tính đến 16h chiều" → 26/11 16:00; "khai mạc ngày 3/12,
 * bế mạc 17h cùng ngày" → 3/12 17:00 ("cùng ngày", "hôm đó" then join the mention). With no date before
 * it in the paragraph it stays on the reference day.
 */
import type { DateRefiner, DateSpec } from '../types.js';
import { isTimeOnly } from './kinds.js';
import { onDayOf } from './merge-range.js';

const SAME_DAY_AFTER = /^\s+(?:cùng\s+ngày|cùng\s+hôm|ngày\s+hôm\s+đó|hôm\s+đó|ngày\s+đó)(?![\p{L}\p{N}])/iu;

/** Names one day: a written day and month, a weekday or a relative day (hôm qua). */
const namesDay = (s: DateSpec): boolean =>
  s.grain !== 'year' && ((s.day !== undefined && s.month !== undefined) || s.weekday !== undefined || s.shift?.unit === 'day');

export const placeOnSameDay: DateRefiner = (candidates, text) => candidates.map((c, i) => {
  if (c.to || c.from.hour === undefined || !isTimeOnly(c.from)) return c;
  const same = SAME_DAY_AFTER.exec(text.slice(c.end, c.end + 24));
  for (let j = i - 1; j >= 0; j--) {
    const prev = candidates[j]!;
    if (text.slice(prev.end, c.start).includes('\n')) break;
    const day = prev.to ?? prev.from;
    if (!namesDay(day)) continue;
    return { ...c, end: c.end + (same?.[0].length ?? 0), from: onDayOf(c.from, day, false) };
  }
  return c;
});
