/**
 * Dictionary words longer than the CRF model sees: its dictionary features look at spans of at most
 * three syllables, so a four-syllable entry ("bách khoa toàn thư", "đầu gối tay ấp") comes out in
 * pieces. When predicted words exactly cover a Viet74K entry of four or more syllables (its first
 * syllable starts a word and its last ends one), they become one word, as UD-VTB writes idioms.
 */
import { viet74k } from './dictionary.js';

let long: Map<string, number[]> | null = null;
let firsts: Set<string> | null = null;

/** Viet74K entries of four or more syllables, by their first two syllables. */
function longEntries(): Map<string, number[]> {
  if (long) return long;
  long = new Map();
  for (const entry of viet74k()) {
    const parts = entry.split(' ');
    if (parts.length < 4 || parts.some((p) => p === '')) continue;
    const key = parts[0] + ' ' + parts[1];
    const lengths = long.get(key) ?? [];
    if (!lengths.includes(parts.length)) lengths.push(parts.length);
    long.set(key, lengths);
  }
  for (const lengths of long.values()) lengths.sort((a, b) => b - a);
  firsts = new Set([...long.keys()].map((k) => k.slice(0, k.indexOf(' '))));
  return long;
}

/** Rewrite B/I tags in place (see the module comment). */
export function mergeLongWords(syllables: readonly string[], tags: Int32Array, begin: number, inside: number): void {
  const n = syllables.length;
  const entries = longEntries();
  const dict = viet74k();
  for (let i = 0; i + 3 < n; i++) {
    if (tags[i] !== begin || !firsts!.has(syllables[i]!.toLowerCase())) continue;
    const lengths = entries.get(syllables[i]!.toLowerCase() + ' ' + syllables[i + 1]!.toLowerCase());
    if (!lengths) continue;
    for (const len of lengths) {
      if (i + len > n || (i + len < n && tags[i + len] === inside)) continue;
      const span = syllables.slice(i, i + len).join(' ').toLowerCase();
      if (!dict.has(span)) continue;
      for (let k = i + 1; k < i + len; k++) tags[k] = inside;
      i += len - 1;
      break;
    }
  }
}
