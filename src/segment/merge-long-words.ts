/**
 * Dictionary words longer than the CRF model sees: its dictionary features look at spans of at most
 * three syllables, so a four-syllable entry ("bách khoa toàn thư") comes out as two words. When two
 * or more predicted multi-syllable words together spell a longer Viet74K entry, they become one word.
 * Single-syllable pieces are left alone: four-syllable idioms ("ác giả ác báo") are phrases.
 */
import { viet74k } from './dictionary.js';

let long: Map<string, number[]> | null = null;

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
  return long;
}

/** Rewrite B/I tags in place (see the module comment). */
export function mergeLongWords(syllables: readonly string[], tags: Int32Array, begin: number, inside: number): void {
  const n = syllables.length;
  const entries = longEntries();
  const dict = viet74k();
  for (let i = 0; i + 3 < n; i++) {
    if (tags[i] !== begin || tags[i + 1] !== inside) continue;
    const lengths = entries.get(syllables[i]!.toLowerCase() + ' ' + syllables[i + 1]!.toLowerCase());
    if (!lengths) continue;
    for (const len of lengths) {
      if (i + len > n || (i + len < n && tags[i + len] === inside)) continue;
      // every piece inside must be a predicted word of two or more syllables
      let ok = true;
      for (let k = i; k < i + len; k++) {
        const startsWord = tags[k] === begin;
        if (startsWord && (k + 1 >= i + len || tags[k + 1] !== inside)) { ok = false; break; }
      }
      if (!ok) continue;
      const span = syllables.slice(i, i + len).join(' ').toLowerCase();
      if (!dict.has(span)) continue;
      for (let k = i + 1; k < i + len; k++) tags[k] = inside;
      i += len - 1;
      break;
    }
  }
}
