/**
 * Offsets in a normalized string mapped back to the author's string. Spans found in the shadow
 * are reported with `toOriginal`, so `original.slice(start, end)` is what the author wrote.
 */
export interface OffsetMap {
  /** Offset in the original string for an offset in the normalized one (0…length inclusive). */
  toOriginal(offset: number): number;
  /** True when every offset maps to itself. */
  readonly identity: boolean;
}

export const IDENTITY_MAP: OffsetMap = { toOriginal: (offset) => offset, identity: true };

/** A map from a table: `table[i]` is the original offset of normalized offset i. */
export function tableMap(table: Int32Array): OffsetMap {
  return {
    toOriginal: (offset) => table[Math.max(0, Math.min(offset, table.length - 1))]!,
    identity: false,
  };
}
