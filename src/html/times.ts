/**
 * Publication times as pages write them → ISO 8601 with an offset (+07:00 when the page gives none).
 * Three shapes: machine strings (meta, JSON-LD, <time datetime>), visible datelines
 * ("Thứ bảy, 7/3/2026, 00:05 (GMT+7)"), and dates in URLs ("/2026/03/07/", "-20260307080054340.htm").
 */

const VIETNAM_OFFSET = '+07:00';
const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function formatIso(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string): string {
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone}`;
}

/** "+7", "+07", "+0700", "+ 07:00", "Z" → "+07:00" / "+00:00"; undefined → +07:00. */
function normalizeZone(zone: string | undefined): string | null {
  if (!zone) return VIETNAM_OFFSET;
  const z = zone.replace(/\s+/g, '');
  if (z === 'Z' || z === 'z') return '+00:00';
  const m = /^([+-])(\d{1,2}):?(\d\d)?$/.exec(z);
  if (!m) return null;
  const hours = Number(m[2]);
  if (hours > 14) return null;
  return `${m[1]}${pad(hours)}:${m[3] ?? '00'}`;
}

// 2026-03-07T08:52:11.000 +07:00 · 2026-03-07 08:07 · 2026-03-07T00:01:00 · 2026-03-07
const MACHINE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?)?\s*(Z|[+-]\s*\d{1,2}(?::?\d\d)?)?$/i;

/** A machine-readable time string → ISO 8601 with offset, or null when it is not one. */
export function toIsoTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = MACHINE_TIME.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (!validDate(y, mo, d, h, mi, s)) return null;
  const zone = normalizeZone(m[7]);
  return zone ? formatIso(y, mo, d, h, mi, s, zone) : null;
}

// 7/3/2026 · 07/03/2026 · 07-03-2026 · 07.03.2026
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
// 00:05 · 08:52:11 · 00:01 AM · 8h30
const CLOCK = /(?<!\d)(\d{1,2})[:h](\d\d)(?::(\d\d))?(?:\s*(AM|PM|SA|CH)\b)?/i;
// (GMT+7) · GMT+07:00 · UTC+7
const GMT_ZONE = /(?:GMT|UTC)\s*([+-]\s*\d{1,2}(?::?\d\d)?)/i;

/**
 * A visible dateline → ISO 8601, or null. The clock may stand before or after the date
 * ("Thứ bảy, 7/3/2026, 00:05 (GMT+7)", "08:47 07/03/2026", "07-03-2026 - 00:01 AM").
 */
export function parseDateline(text: string): string | null {
  const date = DAY_MONTH_YEAR.exec(text);
  if (!date) return null;
  const [d, mo, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const after = text.slice(date.index + date[0].length);
  const before = text.slice(Math.max(0, date.index - 12), date.index);
  const clock = CLOCK.exec(after.slice(0, 16)) ?? CLOCK.exec(before);
  let h = 0, mi = 0, s = 0;
  if (clock) {
    h = Number(clock[1]);
    mi = Number(clock[2]);
    s = Number(clock[3] ?? 0);
    const half = clock[4]?.toUpperCase();
    if ((half === 'PM' || half === 'CH') && h < 12) h += 12;
    if ((half === 'AM' || half === 'SA') && h === 12) h = 0;
  }
  if (!validDate(y, mo, d, h, mi, s)) return null;
  const zone = normalizeZone(GMT_ZONE.exec(text)?.[1]);
  return formatIso(y, mo, d, h, mi, s, zone ?? VIETNAM_OFFSET);
}

// /2026/03/07/ · /2026-03-07/ · -20260307080054340.htm (an id that opens with yyyymmdd)
const URL_PATH_DATE = /\/(\d{4})[/-](\d{1,2})[/-](\d{1,2})\//;
const URL_ID_DATE = /[-/](20\d{2})(\d\d)(\d\d)\d{6,}\.[a-z]+$/i;

/** The date in a URL (midnight, +07:00), or null. A last resort: it is often the creation date. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = URL_PATH_DATE.exec(url) ?? URL_ID_DATE.exec(url.split(/[?#]/)[0]!);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDate(y, mo, d) ? formatIso(y, mo, d, 0, 0, 0, VIETNAM_OFFSET) : null;
}
