/**
 * The matching shadow of a text: NFC, then (optionally) one tone placement style and lower case.
 * The author's text is never rewritten; the shadow comes with an offset map back to it. When the
 * input is already NFC (the pipeline decodes to NFC) the shadow has the same length and the map is
 * the identity; otherwise each base letter with its combining marks is normalized on its own and
 * mapped as a unit.
 */
import { foldCase } from './fold-case.js';
import { IDENTITY_MAP, tableMap, type OffsetMap } from './offset-map.js';
import { toToneStyle, type ToneStyle } from './tone-style.js';

export interface ShadowOptions {
  /** Rewrite tones into this placement style ("hòa" ↔ "hoà"). @default 'new' */
  toneStyle?: ToneStyle | null;
  /** Lower-case the shadow. @default true */
  foldCase?: boolean;
}

export interface Shadow {
  /** The normalized text used for matching. */
  text: string;
  /** Offsets in `text` → offsets in the original. */
  map: OffsetMap;
}

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

/** NFC with an offset map back to the input. */
export function nfcWithMap(original: string): Shadow {
  const nfc = original.normalize('NFC');
  if (nfc === original) return { text: nfc, map: IDENTITY_MAP };
  const table: number[] = [];
  let out = '';
  for (const m of original.matchAll(CLUSTER)) {
    const part = m[0].normalize('NFC');
    for (let k = 0; k < part.length; k++) table.push(k === 0 ? m.index : m.index + m[0].length);
    out += part;
  }
  table.push(original.length);
  return { text: out, map: tableMap(Int32Array.from(table)) };
}

/** The matching shadow of `original` (see the module comment). */
export function makeShadow(original: string, options: ShadowOptions = {}): Shadow {
  const { text, map } = nfcWithMap(original);
  const style = options.toneStyle === undefined ? 'new' : options.toneStyle;
  let shadow = style ? toToneStyle(text, style) : text;
  if (options.foldCase ?? true) shadow = foldCase(shadow);
  return { text: shadow, map };
}

/** Shadow of a short key (a dictionary entry, a lexicon name): no map needed. */
export function normalizeKey(key: string, options: ShadowOptions = {}): string {
  return makeShadow(key, options).text;
}
