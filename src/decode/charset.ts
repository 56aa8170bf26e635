/**
 * Bytes → text. Order of evidence: byte-order mark, an explicit charset (HTTP header or caller),
 * `<meta charset>` / `http-equiv` in the first 4 KiB, then validity sniffing (valid UTF-8 wins,
 * else windows-1258, the legacy Vietnamese Windows code page). Always NFC afterwards, because
 * windows-1258 decodes tones as combining marks.
 */
import iconv from 'iconv-lite';
import { preferLegacyDecoding } from './legacy/index.js';
import { toNfc } from './nfc.js';

export interface DecodedText {
  text: string;
  /** The charset actually used, lower case ("utf-8", "windows-1258", …). */
  charset: string;
  /** How the charset was chosen. */
  evidence: 'bom' | 'declared' | 'meta' | 'sniffed';
  warnings: string[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** Canonical iconv-lite names for what pages declare. */
function canonicalCharset(name: string): string {
  const n = name.trim().toLowerCase().replace(/^x-/, '');
  if (n === 'utf8' || n === 'utf-8' || n === 'unicode-1-1-utf-8') return 'utf-8';
  if (n === 'cp1258' || n === 'windows1258' || n === 'windows-1258') return 'windows-1258';
  // Pages labelled latin-1 are usually windows-1252, as browsers treat them (WHATWG encoding spec).
  if (n === 'iso-8859-1' || n === 'latin1' || n === 'us-ascii' || n === 'ascii') return 'windows-1252';
  return n;
}

/** Fast strict UTF-8 validity check; counts invalid sequences instead of throwing. */
export function countInvalidUtf8(bytes: Uint8Array, limit = Infinity): number {
  let bad = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n && bad < limit) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else { bad++; i++; continue; }
    if (i + need >= n) { bad++; break; } // truncated sequence at the end
    let cp = b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) { ok = false; break; }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) { bad++; i++; continue; }
    i += need + 1;
  }
  return bad;
}

function hasBinaryControlBytes(bytes: Uint8Array): boolean {
  // NUL and most C0 controls never occur in text pages; a few percent of them means binary.
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 0x20 && (b < 0x09 || (b > 0x0d && b !== 0x1b))) controls++;
  }
  return sample.length > 0 && (controls > 8 || controls / sample.length > 0.01);
}

export class DecodeError extends Error {}

/**
 * Decode bytes to NFC text. Throws DecodeError for input that is not text at all (binary data),
 * which callers turn into an error record.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): DecodedText {
  const warnings: string[] = [];
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(bytes.subarray(3), 'utf-8', 'bom', warnings);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return finish(bytes.subarray(2), 'utf-16le', 'bom', warnings);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return finish(bytes.subarray(2), 'utf-16be', 'bom', warnings);
  if (hasBinaryControlBytes(bytes)) throw new DecodeError('binary data, not a text or HTML document');

  let chosen: string | null = null;
  let evidence: DecodedText['evidence'] = 'sniffed';
  if (declared) { chosen = canonicalCharset(declared); evidence = 'declared'; }
  else {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
    const m = META_CHARSET.exec(head);
    if (m) { chosen = canonicalCharset(m[1]!); evidence = 'meta'; }
  }
  if (chosen && !iconv.encodingExists(chosen)) {
    warnings.push(`unknown charset "${chosen}", sniffed instead`);
    chosen = null;
    evidence = 'sniffed';
  }
  if (chosen === 'utf-8' || chosen === null) {
    // The common case in one native pass: valid UTF-8 decodes, anything else throws.
    try {
      const text = strictUtf8.decode(bytes);
      return { text: toNfc(text), charset: 'utf-8', evidence: chosen ? evidence : 'sniffed', warnings };
    } catch {
      // not valid UTF-8: count the damage below
    }
    const invalid = countInvalidUtf8(bytes, 64);
    // Declared UTF-8 with a handful of bad bytes: keep UTF-8 (replacement chars), say so.
    const ratio = invalid / Math.max(1, bytes.length);
    if (chosen === 'utf-8' && (invalid < 64 || ratio < 0.001)) {
      warnings.push(`invalid UTF-8: ${invalid >= 64 ? '64+' : invalid} bad byte sequence(s) replaced`);
      return finish(bytes, 'utf-8', evidence, warnings);
    }
    if (chosen === 'utf-8') warnings.push('declared UTF-8 but the bytes are not; decoded as windows-1258');
    else warnings.push('not valid UTF-8 and no charset declared; decoded as windows-1258');
    return finish(bytes, 'windows-1258', 'sniffed', warnings);
  }
  return finish(bytes, chosen, evidence, warnings);
}

function finish(bytes: Uint8Array, charset: string, evidence: DecodedText['evidence'], warnings: string[]): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const raw = charset === 'utf-8' ? buf.toString('utf8') : iconv.decode(buf, charset);
  const text = toNfc(raw);
  const legacy = preferLegacyDecoding(bytes, charset, text); // TCVN3/VNI font text (issue #4)
  if (legacy) return { text: legacy.text, charset, evidence, warnings: [...warnings, legacy.warning] };
  return { text, charset, evidence, warnings };
}
