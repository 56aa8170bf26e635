/**
 * A part of the day that found no day to merge with ("đêm ngày", "sáng ngày hôm sau") names no date:
 * it is dropped rather than reported with value null.
 */
import type { DateRefiner } from '../types.js';
import { isTimeOnly } from './kinds.js';

export const dropLonePartOfDay: DateRefiner = (candidates) =>
  candidates.filter((c) => !(isTimeOnly(c.from) && c.from.hour === undefined && !c.to));
