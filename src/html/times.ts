/**
 * Publication times as pages write them → ISO 8601 with an offset (+07:00 when the page gives none).
 * Three shapes: machine strings (meta, JSON-LD, <time datetime>), visible datelines
 * ("Thứ bảy, 7/3/2026, 00:05 (GMT+7)"), and dates in URLs ("/2026/03/07/", "-20260307080054340.htm").
 */

import { readDateline, toVietnamTime, validDate, normalizeZone as zoneOf } from './datelines.js';

const VIETNAM_OFFSET = '+07:00';
const pad = (n: number): string => String(n).padStart(2, '0');

function formatIso(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string): string {
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone}`;
}

/** A written zone, or +07:00 when none is written. */
function normalizeZone(zone: string | undefined): string | null {
  return zone ? zoneOf(zone) : VIETNAM_OFFSET;
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

/**
 * A visible dateline → ISO 8601 in Vietnam's time (a written zone is converted), or null. The clock may
 * stand before or after the date ("Thứ bảy, 7/3/2026, 00:05 (GMT+7)", "08:47 07/03/2026"); see datelines.ts.
 */
export function parseDateline(text: string): string | null {
  const parts = readDateline(text);
  return parts ? toVietnamTime(parts, parts.zone) : null;
}

/**
 * A time from a <meta> or JSON-LD value: machine-readable first, else a dateline-shaped value
 * ("3/24/2024 7:12:35 AM": some CMSs write their local format there).
 */
export function metaTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = toIsoTime(value);
  if (iso) return iso;
  const v = value.trim();
  if (v.length > 40) return null;
  const parts = readDateline(v);
  // The whole value must be the date: "Số 12/3/2024" in a description is not a time.
  return parts && parts.index <= 1 && parts.length >= v.length - 3 ? toVietnamTime(parts, parts.zone) : null;
}

/** True when a machine-readable value states a date without a clock ("2012-12-25"). */
export function isDateOnly(value: string | null | undefined): boolean {
  return Boolean(value && /^\d{4}-\d{1,2}-\d{1,2}$/.test(value.trim()));
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
