/**
 * Tokens of a field for the officials finder: words (letters and digits, with inner dots,
 * apostrophes, ampersands or hyphens: "TP.HCM", "VinaCapital.vn", "GD&ĐT", "Soon-sil") and single punctuation marks, each with its span in the
 * string it came from and a matching key (lower case, one tone style, dashes as "-").
 */
import { foldCase } from '../../text/fold-case.js';
import { toToneStyle } from '../../text/tone-style.js';

export interface Token {
  /** As written. */
  text: string;
  /** Matching key: lower case, "new" tone style ("hoà" and "hòa" agree), every dash "-". */
  key: string;
  /** Tone style only, case kept: the key of case-sensitive entries ("TP", "HĐQT"). */
  exactKey: string;
  start: number;
  end: number;
  isWord: boolean;
  /** First letter upper case ("Hưng", "UBND", "VinaCapital.vn"). */
  capitalized: boolean;
  /** Every letter upper case and at least two letters ("UBND", "NGUYỄN"). */
  upper: boolean;
  /** Could be a word of a person's name: capitalized letters, Title case or all capitals ("Hưng", "NGUYỄN"). */
  nameWord: boolean;
  /** A line break sits between this token and the one before: phrases never cross it. */
  breakBefore: boolean;
}

// Inner marks that keep one word: "TP.HCM", "P.Bến", "VinaCapital.vn", "GD&ĐT", "Geun-hye". A dot
// after a lower-case letter and before a Title-case word is a sentence end the source lost its space
// at ("Bộ Ngoại giao.Trong …"), and a hyphen before a capital joins two words ("GD-ĐT", "Almaz-Antey").
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:(?:(?<!\p{Ll})\.|\.(?!\p{Lu}\p{Ll})|['’&]|-(?=\p{Ll}))[\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
const DASHES = /[‐‑‒–—―]/g;

/** The matching key of a phrase or word, the same way tokens get theirs. */
export function keyOf(s: string): string {
  return toToneStyle(foldCase(s.normalize('NFC')), 'new').replace(DASHES, '-');
}

export function exactKeyOf(s: string): string {
  return toToneStyle(s.normalize('NFC'), 'new').replace(DASHES, '-');
}

type TokenShape = Pick<Token, 'key' | 'exactKey' | 'isWord' | 'capitalized' | 'upper' | 'nameWord'>;

/** Shapes by written form: a text repeats its words, so each is folded once. Bounded, then reset. */
const shapes = new Map<string, TokenShape>();
const MAX_SHAPES = 100_000;

function shapeOf(raw: string): TokenShape {
  let shape = shapes.get(raw);
  if (shape) return shape;
  const isWord = /[\p{L}\p{N}]/u.test(raw[0]!);
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const capitalized = isWord && /^\p{Lu}/u.test(raw);
  const upper = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const rest = raw.slice(1);
  shape = {
    key: keyOf(raw),
    exactKey: exactKeyOf(raw),
    isWord,
    capitalized,
    upper,
    nameWord: capitalized && !/[\p{N}.]/u.test(raw) && (upper || rest === rest.toLowerCase()),
  };
  if (shapes.size >= MAX_SHAPES) shapes.clear();
  shapes.set(raw, shape);
  return shape;
}

/** The string each token array was cut from, for the stages that need more than tokens (word ends). */
const sources = new WeakMap<Token[], string>();

/** The text `tokens` came from (tokenize registers it), or null for a hand-built array. */
export function sourceOf(tokens: Token[]): string | null {
  return sources.get(tokens) ?? null;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  sources.set(tokens, text);
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const raw = m[0];
    let breakBefore = false;
    for (let k = last; k < start; k++) if (text.charCodeAt(k) === 10) { breakBefore = true; break; }
    const sh = shapeOf(raw);
    tokens.push({
      text: raw, key: sh.key, exactKey: sh.exactKey, start, end: start + raw.length, isWord: sh.isWord,
      capitalized: sh.capitalized, upper: sh.upper, nameWord: sh.nameWord, breakBefore,
    });
    last = start + raw.length;
  }
  return tokens;
}

/** Split a lexicon phrase into token keys, the way a text is split. */
export function phraseKeys(phrase: string, exact = false): string[] {
  return tokenize(phrase).map((t) => (exact ? t.exactKey : t.key));
}
