/**
 * Writes corpus/lexicon/lunar-new-year.tsv: the Gregorian date of Tết Nguyên đán (lunar month 1, day 1)
 * for 1970–2100, computed for Vietnam's meridian (UTC+7) with Hồ Ngọc Đức's published algorithm
 * ("Thuật toán tính âm lịch", https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html; new
 * moons after Jean Meeus, "Astronomical Algorithms", 1998). The Chinese calendar (UTC+8, e.g. ICU's
 * `ca-chinese`) differs in some years (1985, 2007…): the script prints those years for review.
 *   npx tsx scripts/gen-lunar-new-year.ts
 */
import { writeFileSync } from 'node:fs';

const TIME_ZONE = 7;
const FIRST = 1970;
const LAST = 2100;

function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = Math.floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  return dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

function jdToDate(jd: number): [number, number, number] {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return [e - Math.floor((153 * m + 2) / 5) + 1, m + 3 - 12 * Math.floor(m / 10), b * 100 + d - 4800 + Math.floor(m / 10)];
}

/** Julian day of the k-th new moon after 1900-01-01 (Meeus, chapter 49, short series). */
function newMoon(k: number): number {
  const T = k / 1236.85, T2 = T * T, T3 = T2 * T, dr = Math.PI / 180;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr) - 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c1 - deltaT;
}

function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525, T2 = T * T, dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  dl += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let l = (L0 + dl) * dr;
  l -= Math.PI * 2 * Math.floor(l / (Math.PI * 2));
  return l;
}

const sunSector = (day: number): number => Math.floor((sunLongitude(day - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
const newMoonDay = (k: number): number => Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);

/** Day number of the start of lunar month 11 (the month holding the winter solstice) of year yy. */
function lunarMonth11(yy: number): number {
  const k = Math.floor((jdFromDate(31, 12, yy) - 2415021) / 29.530588853);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Tết of Gregorian year yy: two lunar months after month 11 of yy-1, three if month 11 or 12 is leap. */
function lunarNewYear(yy: number): string {
  const a11 = lunarMonth11(yy - 1);
  const b11 = lunarMonth11(yy);
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let index = 2;
  if (b11 - a11 > 365) {
    const leap = leapMonthOffset(a11);
    if (leap === 1 || leap === 2) index = 3;
  }
  const [d, m, y] = jdToDate(newMoonDay(k + index));
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function chineseNewYear(yy: number): string | null {
  const fmt = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
  for (let t = Date.UTC(yy, 0, 15); t < Date.UTC(yy, 2, 1); t += 864e5) {
    const parts = Object.fromEntries(fmt.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    if (parts.month === '1' && parts.day === '1') return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}

const lines = [
  '# Tết Nguyên đán (lunar new year, month 1 day 1 of the Vietnamese lunar calendar) by Gregorian year.',
  "# Source: computed by scripts/gen-lunar-new-year.ts with Hồ Ngọc Đức's algorithm for UTC+7",
  '# (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html; Meeus, Astronomical Algorithms 1998).',
  `# Generated ${new Date().toISOString().slice(0, 10)} by the baochi project. Do not edit by hand: rerun the script.`,
  '# year\tdate',
];
for (let y = FIRST; y <= LAST; y++) {
  const vn = lunarNewYear(y);
  const cn = chineseNewYear(y);
  if (cn && cn !== vn) console.log(`${y}: Vietnam ${vn}, ICU chinese ${cn}`);
  lines.push(`${y}\t${vn}`);
}
writeFileSync(new URL('../corpus/lexicon/lunar-new-year.tsv', import.meta.url), lines.join('\n') + '\n');
console.log(`wrote ${LAST - FIRST + 1} years`);
