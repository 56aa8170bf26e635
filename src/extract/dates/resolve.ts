/**
 * The one resolution step: a candidate's written parts, completed from the reference date (or the
 * document's context year), become a DateMention value at its grain. Every part taken from outside the
 * text is listed in `inferred`; without a reference, relative dates get value null and "reference".
 */
import type { DateMention, Grain } from '../../record.js';
import {
  type Day, addDays, addMinutes, addMonths, dayNumber, formatDay, isValidDay, isoWeek, isoWeekday, mondayOf, pad,
} from './calendar.js';
import { dateLexicon } from './lexicon.js';
import { lunarToSolar } from './lunar-calendar.js';
import type { DateCandidate, DateContext, DateSpec, WallClock } from './types.js';

/** How far ahead of the reference a year-less date may fall before the previous year is taken. */
const MAX_DAYS_AHEAD = 304; // ~10 months (SCHEMA.md)

export type Resolution = Pick<DateMention, 'value' | 'grain' | 'to' | 'inferred' | 'partOfDay'>;

/** A point with every part needed for its grain filled in. */
interface Point {
  grain: Grain;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  quarter: number;
  half: number;
  week: { year: number; week: number } | null;
}

const GRAIN_ORDER: Grain[] = ['minute', 'hour', 'day', 'week', 'month', 'quarter', 'half', 'year'];
const coarser = (a: Grain, b: Grain): Grain => (GRAIN_ORDER.indexOf(a) >= GRAIN_ORDER.indexOf(b) ? a : b);
const finer = (a: Grain, b: Grain): Grain => (GRAIN_ORDER.indexOf(a) <= GRAIN_ORDER.indexOf(b) ? a : b);

function format(p: Point, grain: Grain): string {
  const day = formatDay(p);
  switch (grain) {
    case 'year': return pad(p.year, 4);
    case 'half': return `${pad(p.year, 4)}-H${p.half}`;
    case 'quarter': return `${pad(p.year, 4)}-Q${p.quarter}`;
    case 'month': return `${pad(p.year, 4)}-${pad(p.month)}`;
    case 'week': {
      const w = p.week ?? isoWeek(p);
      return `${pad(w.year, 4)}-W${pad(w.week)}`;
    }
    case 'day': return day;
    case 'hour': return `${day}T${pad(p.hour)}:00`;
    case 'minute': return `${day}T${pad(p.hour)}:${pad(p.minute)}`;
  }
}

/** The year of a year-less date: the reference's, or the one before when that is > ~10 months ahead. */
function impliedYear(ref: WallClock, month: number, day: number): number {
  const refDay = dayNumber(ref);
  const start = dayNumber({ year: ref.year, month, day: Math.min(day, 28) });
  return start - refDay > MAX_DAYS_AHEAD ? ref.year - 1 : ref.year;
}

/** The occurrence of a yearly day nearest to the reference (holidays and lunar dates are talked about before and after). */
function nearestYear(ref: WallClock, dateOf: (year: number) => Day | null): Day | null {
  let best: Day | null = null;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const d = dateOf(year);
    if (d && (!best || Math.abs(dayNumber(d) - dayNumber(ref)) < Math.abs(dayNumber(best) - dayNumber(ref)))) best = d;
  }
  return best;
}

function holidayDate(key: string, year: number): Day | null {
  const h = dateLexicon().holidays.get(key);
  if (!h) return null;
  if (h.rule === 'solar') return { year, month: h.month!, day: h.day! };
  const iso = dateLexicon().lunarNewYear.get(year);
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

/** A 12-hour clock hour read with its part of the day (3 giờ chiều = 15). */
function clockHour(hour: number, partOfDay: string | undefined): number {
  const pod = partOfDay ? dateLexicon().partsOfDay.get(partOfDay) : undefined;
  if (!pod || hour > 12) return hour;
  switch (pod.mode) {
    case 'am': return hour === 12 ? 0 : hour;
    case 'pm': return hour < 12 ? hour + 12 : hour;
    case 'noon': return hour <= 5 ? hour + 12 : hour;
    case 'night': return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
  }
}

interface Completed {
  start: Point;
  /** Inclusive end when the spec itself is a span (a part of the day without an hour). */
  end?: Point;
  inferred: Set<string>;
}

/** Fill a spec's missing parts; null when that needs a reference and there is none. */
function complete(spec: DateSpec, ctx: DateContext): Completed | null {
  const ref = ctx.reference;
  const inferred = new Set<string>(spec.borrowed ?? []);
  let { year, month, day, hour, minute, quarter, half } = spec;
  let week: Point['week'] = null;
  let date: Day | null = null;

  if (spec.shift) {
    if (!ref) return null;
    const { unit, n } = spec.shift;
    if (unit === 'minute' || unit === 'hour') {
      const base = addMinutes(unit === 'hour' ? { ...ref, minute: 0 } : ref, unit === 'hour' ? n * 60 : n);
      ({ year, month, day } = base);
      hour ??= base.hour;
      minute ??= unit === 'hour' ? 0 : base.minute;
      for (const part of ['year', 'month', 'day', 'hour', 'minute']) inferred.add(part);
    } else if (unit === 'day') {
      date = addDays(ref, n);
      for (const part of ['year', 'month', 'day']) inferred.add(part);
    } else if (unit === 'week') {
      const weeks = spec.shift.recent && isoWeekday(ref) >= 6 ? 0 : n;
      const monday = addDays(mondayOf(ref), 7 * weeks);
      if (spec.weekday) {
        date = addDays(monday, spec.weekday - 1);
        for (const part of ['year', 'month', 'day']) inferred.add(part);
      } else {
        week = isoWeek(monday);
        date = monday;
        inferred.add('year').add('week');
      }
    } else if (unit === 'month') {
      const m = addMonths(ref.year, ref.month, n);
      year ??= m.year;
      month ??= m.month;
      inferred.add('year').add('month');
    } else if (unit === 'quarter') {
      const m = addMonths(ref.year, Math.floor((ref.month - 1) / 3) * 3 + 1, 3 * n);
      year ??= m.year;
      quarter ??= Math.floor((m.month - 1) / 3) + 1;
      inferred.add('year').add('quarter');
    } else {
      if (year === undefined) inferred.add('year');
      year ??= ref.year + n;
    }
  }

  if (!date && spec.holiday) {
    if (year !== undefined) date = holidayDate(spec.holiday, year);
    else if (ref) date = nearestYear(ref, (y) => holidayDate(spec.holiday!, y));
    else if (ctx.contextYear) date = holidayDate(spec.holiday, ctx.contextYear);
    if (!date) return null;
    if (year === undefined) inferred.add('year');
    inferred.add('month').add('day');
  }

  if (!date && spec.lunar && day !== undefined && month !== undefined) {
    const [d, m] = [day, month];
    if (year !== undefined) date = lunarToSolar(d, m, year);
    else if (ref) date = nearestYear(ref, (y) => lunarToSolar(d, m, y));
    else if (ctx.contextYear) date = lunarToSolar(d, m, ctx.contextYear);
    if (!date) return null;
    if (year === undefined) inferred.add('year');
  }

  if (!date && spec.weekday && day === undefined) {
    if (!ref) return null;
    const dow = isoWeekday(ref);
    const back = (dow - spec.weekday + 7) % 7;
    const offset = spec.weekdayPick === 'after' ? (spec.weekday - dow + 7) % 7 || 7
      : spec.weekdayPick === 'before' ? -(back || 7) : -back;
    date = addDays(ref, offset);
    for (const part of ['year', 'month', 'day']) inferred.add(part);
  }

  if (!date && day === undefined && month === undefined && quarter === undefined && half === undefined
    && year === undefined && hour !== undefined) {
    // A time alone happens on the reference day.
    if (!ref) return null;
    date = ref;
    for (const part of ['year', 'month', 'day']) inferred.add(part);
  }

  if (!date && year === undefined) {
    const startMonth = month ?? (quarter ? quarter * 3 - 2 : half ? half * 6 - 5 : undefined);
    if (startMonth === undefined && !spec.firstWeekOfMonth) return null;
    if (ref) {
      if (spec.monthPick === 'after') {
        // "tháng 3 tới": the next March after the reference month; "ngày 8/1 tới": the next 8 January.
        const ahead = day === undefined ? startMonth! > ref.month : startMonth! > ref.month || (startMonth === ref.month && day >= ref.day);
        year = ahead ? ref.year : ref.year + 1;
      }
      else year = impliedYear(ref, startMonth ?? 1, day ?? 1);
    } else if (ctx.contextYear) year = ctx.contextYear;
    else return null;
    inferred.add('year');
  }

  if (!date) {
    year = year!;
    if (spec.firstWeekOfMonth && month) {
      const first = { year, month, day: 1 };
      date = addDays(first, (8 - isoWeekday(first)) % 7);
      week = isoWeek(date);
    } else {
      const m = month ?? (quarter ? quarter * 3 - 2 : half ? half * 6 - 5 : 1);
      const d = day ?? 1;
      if (!isValidDay(year, m, d)) return null;
      date = { year, month: m, day: d };
    }
  }

  const h = hour === undefined ? 0 : clockHour(hour, spec.partOfDay);
  // "12h đêm ngày 20/1" is the midnight that ends the 20th: 21/1 00:00.
  if (hour === 12 && h === 0 && spec.partOfDay && dateLexicon().partsOfDay.get(spec.partOfDay)?.mode === 'night') date = addDays(date, 1);
  const point: Point = {
    grain: spec.grain, year: date.year, month: date.month, day: date.day, hour: h, minute: minute ?? 0,
    quarter: quarter ?? Math.floor((date.month - 1) / 3) + 1, half: half ?? (date.month <= 6 ? 1 : 2), week,
  };
  if (spec.partOfDay && hour === undefined && (spec.grain === 'hour' || spec.grain === 'minute')) {
    const pod = dateLexicon().partsOfDay.get(spec.partOfDay);
    if (pod) return { start: { ...point, hour: pod.from }, end: { ...point, hour: pod.to }, inferred };
  }
  return { start: point, inferred };
}

/** The parts a spec would have taken from the reference, for an unresolvable mention. */
function missingParts(spec: DateSpec): string[] {
  const parts = ['reference'];
  if (spec.year === undefined) parts.push('year');
  return parts;
}

/**
 * The part of the day of a day-grain mention (SCHEMA v1.1: "Sáng 14/3" is the day 14/3, partOfDay
 * morning); a clock time carries its own hour instead, so it has none.
 */
function partOfDayOf(c: DateCandidate, grain: Grain): DateMention['partOfDay'] {
  if (grain !== 'day' || !c.from.partOfDay || c.from.hour !== undefined) return null;
  return dateLexicon().partsOfDay.get(c.from.partOfDay)?.name ?? null;
}

/** Resolve one candidate into value, grain, to, inferred and partOfDay. */
export function resolveCandidate(c: DateCandidate, ctx: DateContext): Resolution {
  const r = resolveValue(c, ctx);
  return { ...r, partOfDay: c.to ? null : partOfDayOf(c, r.grain) };
}

function resolveValue(c: DateCandidate, ctx: DateContext): Omit<Resolution, 'partOfDay'> {
  const from = complete(c.from, ctx);
  const to = c.to ? complete(c.to, ctx) : undefined;
  // A range is read at its coarser grain ("từ tháng 3 đến ngày 15/6" is months), except clock times,
  // whose hours are exact minutes ("từ 8h đến 10h30").
  const clock = (g: Grain): boolean => g === 'hour' || g === 'minute';
  const grain = !c.to ? c.from.grain
    : clock(c.from.grain) && clock(c.to.grain) ? finer(c.from.grain, c.to.grain) : coarser(c.from.grain, c.to.grain);
  if (c.generic) return { value: null, grain, to: null, inferred: [] };
  if (!from || (c.to && !to)) return { value: null, grain, to: null, inferred: missingParts(c.from) };
  const end = to ? to.end ?? to.start : from.end;
  // A range runs forward: in "từ 20/12 đến 5/1" a start whose year was implied moves a year back; in
  // "từ thứ Hai đến thứ Sáu" an end weekday that fell before the start is the next one.
  if (end && format(end, grain) < format(from.start, grain)) {
    if (c.from.month !== undefined && c.from.year === undefined && !c.from.shift) {
      const borrowed = [...new Set([...(c.from.borrowed ?? []), 'year'])];
      return resolveValue({ ...c, from: { ...c.from, year: from.start.year - 1, borrowed } }, ctx);
    }
    if (c.to?.weekday !== undefined && c.to.day === undefined && !c.to.shift && c.to.weekdayPick !== 'after') {
      return resolveValue({ ...c, to: { ...c.to, weekdayPick: 'after' } }, ctx);
    }
  }
  const inferred = new Set([...from.inferred, ...(to?.inferred ?? [])]);
  return {
    value: format(from.start, grain),
    grain,
    to: end ? format(end, grain) : null,
    inferred: [...inferred],
  };
}
