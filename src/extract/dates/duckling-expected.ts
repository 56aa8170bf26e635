/**
 * Duckling's Time expectations (../shared/peer/duckling-vi.json) in our DateMention terms, for the
 * comparison test: values at their grain in SCHEMA.md's ISO-like format, half-open intervals made
 * inclusive, and the second grain (absent from the schema) compared at the minute.
 */
import type { Grain } from '../../record.js';
import { addDays, addMinutes, addMonths, formatDay, isoWeek, pad } from './calendar.js';
import type { WallClock } from './types.js';

export interface DucklingValue {
  value: string;
  grain: string;
}

export interface DucklingExpected {
  type: 'value' | 'interval';
  value?: string;
  grain?: string;
  from?: DucklingValue;
  to?: DucklingValue;
}

export interface Expected {
  value: string;
  grain: Grain;
  to: string | null;
}

const wall = (iso: string): WallClock => {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/)!;
  return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +m[4]!, minute: +m[5]! };
};

const ourGrain = (g: string): Grain => (g === 'second' ? 'minute' : (g as Grain));

function format(w: WallClock, grain: Grain): string {
  switch (grain) {
    case 'year': return pad(w.year, 4);
    case 'half': return `${pad(w.year, 4)}-H${w.month <= 6 ? 1 : 2}`;
    case 'quarter': return `${pad(w.year, 4)}-Q${Math.floor((w.month - 1) / 3) + 1}`;
    case 'month': return `${pad(w.year, 4)}-${pad(w.month)}`;
    case 'week': {
      const wk = isoWeek(w);
      return `${pad(wk.year, 4)}-W${pad(wk.week)}`;
    }
    case 'day': return formatDay(w);
    case 'hour': return `${formatDay(w)}T${pad(w.hour)}:00`;
    case 'minute': return `${formatDay(w)}T${pad(w.hour)}:${pad(w.minute)}`;
  }
}

/** One grain step back: the inclusive end of a half-open interval. */
function stepBack(w: WallClock, grain: string): WallClock {
  switch (grain) {
    case 'second':
    case 'minute': return addMinutes(w, -1);
    case 'hour': return addMinutes(w, -60);
    case 'day': return { ...w, ...addDays(w, -1) };
    case 'week': return { ...w, ...addDays(w, -7) };
    case 'month': return { ...w, ...addMonths(w.year, w.month, -1), day: 1 };
    case 'quarter': return { ...w, ...addMonths(w.year, w.month, -3), day: 1 };
    default: return { ...w, year: w.year - 1 };
  }
}

export function toExpected(e: DucklingExpected): Expected {
  if (e.type === 'value') {
    const grain = ourGrain(e.grain!);
    return { value: format(wall(e.value!), grain), grain, to: null };
  }
  const grain = ourGrain(e.from!.grain);
  return { value: format(wall(e.from!.value), grain), grain, to: format(stepBack(wall(e.to!.value), e.to!.grain), grain) };
}
