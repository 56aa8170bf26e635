/**
 * Near-duplicate lines: the same text, or the same text with a typo or two
 * ("… UBND tỉnh Bắc Ninh …" vs "… UBND tỉnh Bắc NInh …"). Bounded edit distance, so it stays cheap.
 */

/** Edit distance of a and b, or `limit + 1` as soon as it must exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * True when two lines are the same line printed twice: equal, or at most 3 % of their characters
 * (at least 1, at most 8) apart. Lines shorter than 20 characters must match exactly.
 */
export function isNearDuplicate(a: string, b: string): boolean {
  if (a === b) return a.length >= 20;
  if (a.length < 20 || b.length < 20) return false;
  const limit = Math.min(8, Math.max(1, Math.floor(0.03 * Math.max(a.length, b.length))));
  return boundedEditDistance(a, b, limit) <= limit;
}
