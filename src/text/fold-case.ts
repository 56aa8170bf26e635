/**
 * Lower-casing that keeps the length, so offsets in the folded string are offsets in the original.
 * The few letters whose lower case has another length (U+0130 "İ" → "i̇") are kept as they are.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
