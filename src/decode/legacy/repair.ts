/**
 * Finds and converts Vietnamese text in the legacy font encodings: TCVN3 and VNI-Windows (read as
 * windows-1252, they show up as "Thñ t­íng" / "Thuû töôùng" even in UTF-8 pages) and VIQR (only
 * when the whole document looks like VIQR). A run of text is converted when the conversion makes
 * it more Vietnamese (more well-formed syllables, fewer broken ones); text that already holds
 * Vietnamese Unicode letters is left alone. In HTML only text between tags is touched, never
 * markup, scripts or styles.
 */
import iconv from 'iconv-lite';
import { decodeTcvn3 } from './tcvn3.js';
import { decodeVni } from './vni.js';
import { decodeViqr, looksLikeViqr } from './viqr.js';
import { countSyllables, vietnameseScore } from './syllable.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr';

export interface RepairResult {
  text: string;
  /** The encodings found and converted (empty when nothing changed). */
  encodings: LegacyEncoding[];
}

export interface RepairOptions {
  /** Touch only text between tags, outside <script> and <style>. @default false */
  html?: boolean;
}

const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const LATIN1_HIGH = /[\u00a0-\u00ff]/;
/**
 * Characters that TCVN3 or VNI bytes turn into when read as windows-1252 and that Vietnamese in Unicode
 * never uses (derived from the tcvn3/vni tables; ©, «, », ·, ®, × left out as common in Unicode pages).
 */
const LEGACY_ONLY_LATIN1 = /[\u00a1-\u00a8\u00aa\u00ac\u00ad\u00b5\u00b6\u00b8\u00b9\u00bc-\u00be\u00c6\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6\u00d8\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/;

/**
 * Convert one line of text (no tags) from TCVN3 or VNI when it is mostly broken syllables (at least
 * two) and the conversion makes it mostly well-formed ones; else undefined. A lone "×" or "©" in
 * a Unicode page stays as it is.
 */
function repairRun(run: string, found: Set<LegacyEncoding>): string | undefined {
  if (!LATIN1_HIGH.test(run) || UNICODE_VIETNAMESE.test(run)) return undefined;
  const before = countSyllables(run);
  if (before.broken < 2 || before.broken < before.valid) return undefined;
  let best: string | undefined;
  let bestValid = 0;
  let bestName: LegacyEncoding | null = null;
  for (const [name, decode] of [['tcvn3', decodeTcvn3], ['vni', decodeVni]] as const) {
    const candidate = decode(run);
    if (candidate === run) continue;
    const after = countSyllables(candidate);
    if (after.valid >= 2 && after.valid > 3 * after.broken && after.valid > bestValid) {
      best = candidate;
      bestValid = after.valid;
      bestName = name;
    }
  }
  if (bestName) found.add(bestName);
  return best;
}

/** Text pieces of a document with a flag: may this piece be converted? */
function pieces(text: string, html: boolean): { piece: string; text: boolean }[] {
  if (!html) return [{ piece: text, text: true }];
  const out: { piece: string; text: boolean }[] = [];
  let inRaw = false; // inside <script> or <style>
  for (const part of text.split(/(<[^>]*>)/)) {
    if (part.startsWith('<') && part.endsWith('>')) {
      const tag = /^<\s*(\/)?\s*(script|style)\b/i.exec(part);
      if (tag) inRaw = !tag[1];
      out.push({ piece: part, text: false });
    } else out.push({ piece: part, text: !inRaw });
  }
  return out;
}

/** Find legacy-encoded runs in decoded text and convert them (see the module comment). */
export function repairLegacyText(text: string, options: RepairOptions = {}): RepairResult {
  // Fast exit for the common page: Unicode Vietnamese and none of the Latin-1 letters that TCVN3/VNI
  // mojibake is made of but Vietnamese never uses. Such a page has nothing to repair (nor is it VIQR).
  if (UNICODE_VIETNAMESE.test(text) && !LEGACY_ONLY_LATIN1.test(text)) return { text, encodings: [] };
  const found = new Set<LegacyEncoding>();
  const parts = pieces(text, options.html ?? false);
  let changed = false;
  for (const p of parts) {
    if (!p.text || !LATIN1_HIGH.test(p.piece)) continue;
    const lines = p.piece.split('\n');
    let any = false;
    for (let k = 0; k < lines.length; k++) {
      const fixed = repairRun(lines[k]!, found);
      if (fixed !== undefined) { lines[k] = fixed; any = true; }
    }
    if (any) { p.piece = lines.join('\n'); changed = true; }
  }
  // VIQR: decided for the whole document, on its text only
  const plain = parts.filter((p) => p.text).map((p) => p.piece).join('\n');
  if (looksLikeViqr(plain)) {
    for (const p of parts) {
      if (!p.text) continue;
      const converted = decodeViqr(p.piece);
      if (converted !== p.piece) { p.piece = converted; changed = true; found.add('viqr'); }
    }
  }
  if (!changed) return { text, encodings: [] };
  return { text: parts.map((p) => p.piece).join('').normalize('NFC'), encodings: [...found] };
}

/**
 * Bytes of a single-byte page (declared or sniffed windows-1252/1258, latin-1) that may hold TCVN3
 * or VNI text: read them as windows-1252 and repair. Returns null when nothing was converted.
 */
export function decodeLegacyBytes(bytes: Uint8Array, options: RepairOptions = {}): RepairResult | null {
  const latin = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
  const result = repairLegacyText(latin, options);
  return result.encodings.length ? result : null;
}

const SINGLE_BYTE_LATIN = new Set(['windows-1252', 'windows-1258', 'iso-8859-1', 'latin1']);

/**
 * For the byte decoder: when a single-byte page decodes to more Vietnamese as TCVN3/VNI (read
 * through windows-1252) than as its charset, the legacy reading and a warning; else null.
 * Must run on the bytes: windows-1258 turns some TCVN3 bytes into combining marks that NFC fuses.
 */
export function preferLegacyDecoding(bytes: Uint8Array, charset: string, decoded: string): { text: string; warning: string } | null {
  if (!SINGLE_BYTE_LATIN.has(charset)) return null;
  const legacy = decodeLegacyBytes(bytes, { html: true });
  if (!legacy || vietnameseScore(legacy.text) <= vietnameseScore(decoded)) return null;
  return { text: legacy.text, warning: `legacy ${legacy.encodings.join('+')} text converted to Unicode (bytes read as ${charset})` };
}
