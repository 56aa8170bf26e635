/** White-space folding for text taken out of markup: NFC, every run of white space → one space. */

/**
 * NFC, runs of white space (NBSP and zero-width spaces included) folded to one space, trimmed.
 * "</>" (an empty end tag: browsers ignore it, htmlparser2 keeps it as text) is dropped; searching
 * short texts for it is cheaper than searching the whole page before parsing.
 */
export function foldText(s: string): string {
  // A one-character search first: text holds "<" only where markup was broken.
  const t = s.indexOf('<') >= 0 && s.includes('</>') ? s.replaceAll('</>', '') : s;
  return t.normalize('NFC').replace(/[\s\u200b\u200c\u200d\ufeff]+/g, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|quot|apos|lt|gt|nbsp);/gi;

function decodeOnce(s: string): string {
  return s.replace(ENTITY, (whole, body: string) => {
    const b = body.toLowerCase();
    if (b.startsWith('#x')) return String.fromCodePoint(parseInt(b.slice(2), 16));
    if (b.startsWith('#')) return String.fromCodePoint(parseInt(b.slice(1), 10));
    return NAMED_ENTITIES[b] ?? whole;
  });
}

/**
 * Decode HTML entities left in strings that never went through the HTML parser (JSON-LD values,
 * attribute values copied into JSON). Some CMSs escape twice ("&amp;#7871;"), so decode until stable.
 */
export function decodeEntities(s: string): string {
  let out = s;
  for (let i = 0; i < 3 && out.includes('&'); i++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}
