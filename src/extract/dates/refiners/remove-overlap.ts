/** Overlapping candidates: the longer span wins; on a tie, the one proposed first. */
import type { DateRefiner } from '../types.js';

export const removeOverlap: DateRefiner = (candidates) => {
  const byLength = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: typeof candidates = [];
  for (const c of byLength) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
