/**
 * Units: the written unit after a numeral (longest lexicon form, case-insensitive, word-bounded),
 * rates ("đồng/lượng", "USD một thùng", "thùng dầu mỗi ngày"), currency written before the number
 * ("$10", "USD1,23", "EUR 20") and minor currency ("2 đô la và 23 xen").
 */
import { numberWords } from '../numbers/number-words.js';
import { isDictionaryWord } from './elision.js';
import { parseNumber } from '../numbers.js';
import { firstWordOf, preUnitEntries, unitsByFirstWord, type UnitEntry } from './lexicon.js';

export interface UnitMatch {
  /** Canonical unit: "VND", "%", "VND/lượng", "cổ phiếu". */
  unit: string;
  kind: UnitEntry['kind'];
  start: number;
  end: number;
  /** Amount added by a minor-currency tail (cents) in the major unit. */
  minor: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The lexicon unit starting exactly at `pos`, or null (also null for a blocking word). */
export function unitAt(text: string, pos: number): UnitEntry | null {
  const entries = unitsByFirstWord().get(firstWordOf(text.slice(pos, pos + 24)));
  if (!entries) return null;
  for (const e of entries) {
    const end = pos + e.form.length;
    if (text.slice(pos, end).toLowerCase() !== e.formLower) continue;
    const last = e.form[e.form.length - 1]!;
    const next = text.charAt(end);
    // a word must end here; a glued capital after a lower-case unit starts the next headline
    if (WORD_CHAR.test(last) && WORD_CHAR.test(next) && !(/\p{Lu}/u.test(next) && /\p{Ll}/u.test(last))) continue;
    return e.kind === 'block' ? null : e;
  }
  return null;
}

/** The unit written after a numeral ending at `end`, with any rate denominator. */
export function unitAfter(text: string, end: number): UnitMatch | null {
  let p = end;
  let entry = unitAt(text, p);
  if (entry && !entry.postGlued && WORD_CHAR.test(text.charAt(end - 1)) && WORD_CHAR.test(text.charAt(p))) entry = null;
  if (!entry) {
    const sp = /^[ \u00a0]{1,2}/.exec(text.slice(end, end + 2));
    if (!sp) return null;
    p = end + sp[0].length;
    entry = unitAt(text, p);
    if (!entry) return null;
  }
  // a counted noun or a duration is written in lower case: "1 Bước khởi đầu" is a numbered headline
  if ((entry.kind === 'count' || entry.kind === 'time') && /^\p{Lu}/u.test(text.charAt(p)) && !/^\p{Lu}/u.test(entry.form)) return null;
  const rated = withRate(text, entry.unit, entry.kind, p + entry.form.length);
  const minor = entry.kind === 'currency' && entry.unit !== 'VND' ? minorAfter(text, rated.end) : null;
  return { unit: rated.unit, kind: entry.kind, start: p, end: minor ? minor.end : rated.end, minor: minor ? minor.value : 0 };
}

/** A unit ending at `unitEnd` with any rate denominator after it ("đồng/lượng", "USD một thùng"). */
export function withRate(text: string, base: string, kind: UnitEntry['kind'], unitEnd: number): { unit: string; end: number } {
  let unit = base;
  let end = unitEnd;
  // rate: "đồng/lượng", "USD/ounce", "đ/kg"
  const slash = /^\s?\/\s?/.exec(text.slice(end, end + 3));
  if (slash) {
    const d = denominatorAt(text, end + slash[0].length, false);
    if (d) { unit = `${unit}/${d.unit}`; end = d.end; }
    // a second denominator: "500 nghìn đồng/phòng/tháng"
    const again = d ? /^\/(?=\p{Ll})/u.exec(text.slice(end, end + 2)) : null;
    const d2 = again ? denominatorAt(text, end + 1, false) : null;
    if (d2) { unit = `${unit}/${d2.unit}`; end = d2.end; }
  } else {
    // "85 USD một thùng", "3 triệu đồng mỗi tháng", "1,5 triệu thùng dầu mỗi ngày"
    const per = /^ (?:([\p{Ll}\p{M}]+) )?(một|mỗi) /u.exec(text.slice(end, end + 30));
    if (per && (!per[1] || (per[2] === 'mỗi' && kind === 'volume') || (per[2] === 'mỗi' && kind === 'count'))) {
      const d = denominatorAt(text, end + per[0].length, true);
      if (d && !(per[1] && numberWords().has(per[1]))) { unit = `${unit}/${d.unit}`; end = d.end; }
    }
  }
  return { unit, end };
}

/** A rate denominator at `pos`: a lexicon unit, or (after "/") one lower-case word as written. */
function denominatorAt(text: string, pos: number, lexiconOnly: boolean): { unit: string; end: number } | null {
  const e = unitAt(text, pos);
  if (e && (!lexiconOnly || e.per)) return { unit: e.unit, end: pos + e.form.length };
  if (lexiconOnly) return null;
  const w = /^[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2}(?![\p{L}\p{M}\p{N}])/u.exec(text.slice(pos, pos + 30));
  if (!w) return null;
  // the whole word after the slash: "tỉnh/thành phố", "đồng/căn hộ"; one syllable when no longer word is listed
  const syllables = w[0].split(' ');
  for (let k = syllables.length; k >= 2; k--) {
    const form = syllables.slice(0, k).join(' ');
    if (isDictionaryWord(form)) return { unit: form, end: pos + form.length };
  }
  return { unit: syllables[0]!, end: pos + syllables[0]!.length };
}

/** "… đô la và 23 xen", "… đô 23 xu", "… rupees 43": cents after a major currency. */
function minorAfter(text: string, pos: number): { value: number; end: number } | null {
  const m = /^ (?:và )?((?:(?!xen |xu |cents? )[\p{L}\p{M}]+ ){0,2}(?!xen|xu|cent)[\p{L}\p{M}]+|\d{1,2})( (?:xen|xu|cent|cents))?(?![\p{L}\p{N}])/u.exec(text.slice(pos, pos + 40));
  if (!m) return null;
  const n = parseNumber(m[1]!);
  if (n === null || n < 0 || n >= 100 || !Number.isInteger(n)) return null;
  const explicit = Boolean(m[2]) || m[0].startsWith(' và ');
  const end = pos + m[0].length;
  // without "và"/"xen" only bare digits that close the expression count as cents ("hai đô 23")
  if (!explicit && (!/^\d/.test(m[1]!) || !/^(?:$|[.,;:!?)])/.test(text.slice(end, end + 1)))) return null;
  return { value: n / 100, end };
}

/** A currency written right before the numeral starting at `start` ("$10", "USD1,23", "EUR 20"). */
export function currencyBefore(text: string, start: number): UnitMatch | null {
  for (const e of preUnitEntries()) {
    for (const gap of ['', ' ']) {
      const s = start - gap.length - e.form.length;
      if (s < 0) continue;
      if (text.slice(s, start - gap.length).toLowerCase() !== e.formLower || text.slice(start - gap.length, start) !== gap) continue;
      if (s > 0 && WORD_CHAR.test(text[s - 1]!) && WORD_CHAR.test(e.form[0]!)) continue;
      return { unit: e.unit, kind: e.kind, start: s, end: start - gap.length, minor: 0 };
    }
  }
  return null;
}
