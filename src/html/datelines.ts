/**
 * Visible datelines, in the forms Vietnamese sites have printed for fifteen years, → a local time:
 *
 *   Thứ Sáu, 14/06/2013 09:20 · 14/06/2013 | 09:20 GMT+7 · Cập nhật lúc 09:20 14/06/2013 · 15:20 PM | 21/12/2012
 *   Thứ năm, 20/12/2012, 10:18 GMT+7 · 07:12 ngày 24/03/2024 · ngày 24/12/12 11:05 tối · ngày 14 tháng 6 năm 2013
 *   Published on 03-08-2011 01:00 AM (an English-language label: month first) · 3/24/2024 7:12:35 AM
 *
 * Day-month order is Vietnamese (dd/mm) unless the text proves otherwise: a second number above 12
 * (3/24/2024), or an English label before the date (Published, Posted, Updated…: those templates print
 * the US order). A written zone (GMT+8, UTC+08:00, +0800) is read; the caller converts.
 */

export interface DatelineParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** A clock was written (else midnight). */
  hasTime: boolean;
  /** The written zone as "+08:00", or null when none is written. */
  zone: string | null;
  /** Index and length of the date (and clock) in the text. */
  index: number;
  length: number;
}

// 7/3/2026 · 07/03/2026 · 07-03-2026 · 07.03.2026 · 24/12/12 (a two-digit year only with a clock)
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g;
// ngày 14 tháng 6 năm 2013 · 14 tháng 06, 2013
const WORDED_DATE = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|\s*,)\s+(\d{4})/giu;
// 00:05 · 08:52:11 · 09:40 AM · 8h30 · 11:05 tối · 15g20
const CLOCK = /(?<![\d:])(\d{1,2})\s?(?:[:hg]|giờ)\s?(\d\d)(?::(\d\d))?(?:\s*(AM|PM|SA|CH)\b|\s+(sáng|trưa|chiều|tối|đêm)(?!\p{L}))?/giu;
// (GMT+7) · GMT+07:00 · UTC +8 · +08:00 right after the clock
const GMT_ZONE = /(?:GMT|UTC)\s*([+-]\s*\d{1,2}(?::?\d\d)?)/i;
const MAYBE_DATE = /\d[/.-]\d|tháng/u;
// English labels of forum and CMS templates that print month first.
const ENGLISH_LABEL = /\b(?:published|posted|updated|last\s+modified|created|on)\s*:?\s*$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

export function validDate(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** "+7", "+07", "+0700", "+ 07:00", "Z" → "+07:00" / "+00:00"; null when it is not a zone. */
export function normalizeZone(zone: string): string | null {
  const z = zone.replace(/\s+/g, '');
  if (z === 'Z' || z === 'z') return '+00:00';
  const m = /^([+-])(\d{1,2}):?(\d\d)?$/.exec(z);
  if (!m) return null;
  const hours = Number(m[2]);
  if (hours > 14) return null;
  return `${m[1]}${pad(hours)}:${m[3] ?? '00'}`;
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
  index: number;
  end: number;
}

/** A clock's 24-hour time: AM/PM (SA/CH) and the Vietnamese parts of the day (sáng, chiều, tối…). */
function readClock(m: RegExpExecArray, offset: number): Clock | null {
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  const half = m[4]?.toUpperCase();
  const part = m[5]?.toLowerCase();
  if ((half === 'PM' || half === 'CH') && h < 12) h += 12;
  if ((half === 'AM' || half === 'SA') && h === 12) h = 0;
  if ((part === 'chiều' || part === 'tối') && h < 12) h += 12;
  if (part === 'đêm' && h >= 6 && h < 12) h += 12; // "11:30 đêm"; "2:00 đêm" is 02:00
  if (part === 'trưa' && h < 5) h += 12; // "1:30 trưa"
  if (part === 'sáng' && h === 12) h = 0;
  if (h > 23 || mi > 59 || s > 59) return null;
  return { hour: h, minute: mi, second: s, index: offset + m.index, end: offset + m.index + m[0].length };
}

/** The clock nearest to a date: right after it (within 20 characters), else right before it (within 20). */
function clockNear(text: string, start: number, end: number): Clock | null {
  const after = text.slice(end, end + 20);
  CLOCK.lastIndex = 0;
  const a = CLOCK.exec(after);
  if (a && /^[\s,|–—\-(]*(?:lúc\s*)?$/iu.test(after.slice(0, a.index))) return readClock(a, end);
  const from = Math.max(0, start - 20);
  const before = text.slice(from, start);
  let last: RegExpExecArray | null = null;
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(before); m; m = CLOCK.exec(before)) last = m;
  if (last && /^[\s,|–—\-]*(?:ngày\s*)?$/iu.test(before.slice(last.index + last[0].length))) return readClock(last, from);
  return null;
}

/** The first full date (with its clock and zone) written in `text`, or null. */
export function readDateline(text: string): DatelineParts | null {
  // Every form above has "12/3", "12-3", "12.3" or "tháng": most text has neither.
  if (!MAYBE_DATE.test(text)) return null;
  const candidates: { index: number; end: number; day: number; month: number; year: number; twoDigit: boolean; sep: string }[] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    candidates.push({ index: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[3]), year: Number(m[4]), twoDigit: m[4]!.length === 2, sep: m[2]! });
  }
  WORDED_DATE.lastIndex = 0;
  for (let m = WORDED_DATE.exec(text); m; m = WORDED_DATE.exec(text)) {
    candidates.push({ index: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), twoDigit: false, sep: 'tháng' });
  }
  candidates.sort((a, b) => a.index - b.index);
  for (const c of candidates) {
    let { day, month, year } = c;
    const clock = clockNear(text, c.index, c.end);
    // "24/12/12" is a date only beside a clock: alone it may be a score or a fraction.
    if (c.twoDigit) {
      if (!clock) continue;
      year += 2000;
    }
    if (c.sep !== 'tháng') {
      const usOrder = (month > 12 && day <= 12) || (day <= 12 && ENGLISH_LABEL.test(text.slice(Math.max(0, c.index - 24), c.index)));
      if (usOrder) [day, month] = [month, day];
    }
    if (!validDate(year, month, day)) continue;
    const zoneMatch = GMT_ZONE.exec(text.slice(Math.min(c.index, clock?.index ?? c.index)));
    const zone = zoneMatch ? normalizeZone(zoneMatch[1]!) : null;
    const start = Math.min(c.index, clock?.index ?? c.index);
    const end = Math.max(c.end, clock?.end ?? c.end);
    return {
      year, month, day, hour: clock?.hour ?? 0, minute: clock?.minute ?? 0, second: clock?.second ?? 0,
      hasTime: clock !== null, zone, index: start, length: end - start,
    };
  }
  return null;
}

/** Local wall-clock parts in `zone` → ISO 8601 in Vietnam's time (+07:00), the same instant. */
export function toVietnamTime(p: Pick<DatelineParts, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>, zone: string | null): string {
  const offsetMinutes = (z: string): number => {
    const m = /^([+-])(\d\d):(\d\d)$/.exec(z)!;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  };
  const shift = zone ? 7 * 60 - offsetMinutes(zone) : 0;
  const t = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) + shift * 60_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+07:00`;
}
