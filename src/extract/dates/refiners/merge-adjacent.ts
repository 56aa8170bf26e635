/**
 * The shape shared by the merging refiners: walk neighbours in order; when the text between them
 * matches `between` and `merge` returns a candidate, it replaces both and may merge again.
 */
import type { DateCandidate, DateRefiner } from '../types.js';

export function mergeAdjacent(
  between: RegExp,
  merge: (left: DateCandidate, right: DateCandidate, text: string) => DateCandidate | null,
): DateRefiner {
  return (candidates, text) => {
    const out: DateCandidate[] = [];
    for (const c of candidates) {
      const last = out[out.length - 1];
      const merged = last && between.test(text.slice(last.end, c.start)) ? merge(last, c, text) : null;
      if (merged) out[out.length - 1] = merged;
      else out.push(c);
    }
    return out;
  };
}
