/**
 * Writes corpus/lexicon/lunar-new-year.tsv: the Gregorian date of Tết Nguyên đán (lunar month 1, day 1)
 * for 1970–2100, computed for Vietnam's meridian (UTC+7) with Hồ Ngọc Đức's published algorithm
 * ("Thuật toán tính âm lịch", https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html; new
 * moons after Jean Meeus, "Astronomical Algorithms", 1998). The Chinese calendar (UTC+8, e.g. ICU's
 * `ca-chinese`) differs in some years (1985, 2007…): the script prints those years for review.
 *   npx tsx scripts/gen-lunar-new-year.ts
 */
import { writeFileSync } from 'node:fs';
import { lunarToSolar } from '../src/extract/dates/lunar-calendar.js';

const FIRST = 1970;
const LAST = 2100;

function lunarNewYear(yy: number): string {
  const d = lunarToSolar(1, 1, yy)!;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
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
