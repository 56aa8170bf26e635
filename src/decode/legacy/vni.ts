/**
 * VNI-Windows (the VNI-Times fonts): a Vietnamese letter is its Latin base followed by one mark
 * byte (tone, or circumflex/breve combined with a tone), except ơ ư đ and the toned i/ỵ that have
 * single bytes. Read as windows-1252, "Thủ tướng" becomes "Thuû töôùng". Built from the published
 * VNI code chart (VNI Software Co., as laid out in xvnkb's vni.h): per base vowel the forms for no
 * tone, sắc, huyền, hỏi, ngã, nặng. Note ơ is "ô" and ư is "ö": ô itself is "oâ".
 */

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // none, sắc, huyền, hỏi, ngã, nặng

// Upper-case VNI forms per base vowel, tones in the order of TONES.
const CHART: [string, string[]][] = [
  ['A', ['A', 'AÙ', 'AØ', 'AÛ', 'AÕ', 'AÏ']],
  ['Â', ['AÂ', 'AÁ', 'AÀ', 'AÅ', 'AÃ', 'AÄ']],
  ['Ă', ['AÊ', 'AÉ', 'AÈ', 'AÚ', 'AÜ', 'AË']],
  ['E', ['E', 'EÙ', 'EØ', 'EÛ', 'EÕ', 'EÏ']],
  ['Ê', ['EÂ', 'EÁ', 'EÀ', 'EÅ', 'EÃ', 'EÄ']],
  ['O', ['O', 'OÙ', 'OØ', 'OÛ', 'OÕ', 'OÏ']],
  ['Ô', ['OÂ', 'OÁ', 'OÀ', 'OÅ', 'OÃ', 'OÄ']],
  ['Ơ', ['Ô', 'ÔÙ', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÏ']],
  ['U', ['U', 'UÙ', 'UØ', 'UÛ', 'UÕ', 'UÏ']],
  ['Ư', ['Ö', 'ÖÙ', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÏ']],
  ['I', ['I', 'Í', 'Ì', 'Æ', 'Ó', 'Ò']],
  ['Y', ['Y', 'YÙ', 'YØ', 'YÛ', 'YÕ', 'Î']],
];

const DECODE = new Map<string, string>();
const ENCODE = new Map<string, string>();

function add(vni: string, uni: string, canonical: boolean): void {
  if (vni === uni) return;
  if (!DECODE.has(vni)) DECODE.set(vni, uni);
  if (canonical) ENCODE.set(uni, vni);
}

for (const [base, forms] of CHART) {
  forms.forEach((vni, tone) => {
    const upper = (base + TONES[tone]).normalize('NFC');
    const lower = upper.toLowerCase();
    add(vni, upper, true);
    add(vni.toLowerCase(), lower, true);
    // a capital base with the lower-case mark ("Aù"), as some converters and typists wrote it
    if (vni.length === 2) add(vni[0] + vni[1]!.toLowerCase(), upper, false);
  });
}
add('Ñ', 'Đ', true);
add('ñ', 'đ', true);

/** The windows-1252 characters that occur in VNI letters. */
export const VNI_CHARS: ReadonlySet<string> = new Set([...DECODE.keys()].flatMap((k) => [...k]).filter((c) => c > '\u007f'));

/** VNI-Windows text read as windows-1252 → Unicode (NFC); two-character forms first. */
export function decodeVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const two = DECODE.get(text.slice(i, i + 2));
    if (two !== undefined && i + 1 < text.length) { out += two; i += 2; continue; }
    const ch = text[i]!;
    out += DECODE.get(ch) ?? ch;
    i++;
  }
  return out;
}

/** Unicode → VNI-Windows as windows-1252 characters (for tests and fixtures). */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += ENCODE.get(ch) ?? ch;
  return out;
}
