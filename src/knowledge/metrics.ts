/**
 * Metric names for series: one key per indicator however it is written. The name is folded (case,
 * tone style, quotes and edge punctuation), its abbreviated words expanded ("KN XK" → "kim ngạch xuất
 * khẩu"), then looked up among the variants of corpus/lexicon/metrics.tsv; a trailing place qualifier
 * ("… của tỉnh", "… cả nước") is dropped when the whole name is not a known variant.
 */
import { readTsv } from '../extract/officials/lexicon.js';
import { normalizeKey } from '../text/normalize.js';

interface MetricsLexicon {
  /** Folded variant → the canonical name as written in the lexicon. */
  metrics: Map<string, string>;
  /** Folded word → its expansion (folded). */
  words: Map<string, string>;
  /** Folded trailing qualifiers. */
  qualifiers: string[];
}

let cache: MetricsLexicon | null = null;

function fold(s: string): string {
  // a trailing abbreviation in brackets names the same thing: "Chỉ số giá tiêu dùng (CPI)"
  return normalizeKey(s.replace(/\s*\(\s*[\p{Lu}\d-]{2,10}\s*\)\s*$/u, ''))
    .replace(/["“”‘’'«»()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/g, '');
}

function lexicon(): MetricsLexicon {
  if (cache) return cache;
  const metrics = new Map<string, string>();
  const words = new Map<string, string>();
  const qualifiers: string[] = [];
  for (const [form, canonical, kind] of readTsv('metrics.tsv')) {
    if (!form || !canonical) continue;
    if (kind === 'word') words.set(fold(form), fold(canonical));
    else if (kind === 'qualifier') qualifiers.push(fold(form));
    else {
      metrics.set(fold(form), canonical);
      if (!metrics.has(fold(canonical))) metrics.set(fold(canonical), canonical);
    }
  }
  cache = { metrics, words, qualifiers };
  return cache;
}

function expandWords(key: string, words: Map<string, string>): string {
  return key.split(' ').map((w) => words.get(w) ?? w).join(' ');
}

/** The series key of a metric as written, or null for an empty one. */
export function metricKey(metric: string | null | undefined): string | null {
  if (!metric) return null;
  const { metrics, words, qualifiers } = lexicon();
  const folded = fold(metric);
  if (!folded) return null;
  const direct = metrics.get(folded);
  if (direct) return fold(direct);
  let key = expandWords(folded, words);
  const known = metrics.get(key);
  if (known) return fold(known);
  for (const q of qualifiers) {
    const at = key.indexOf(` ${q}`);
    if (at > 0 && (key.length === at + q.length + 1 || key[at + q.length + 1] === ' ')) key = key.slice(0, at);
  }
  const stripped = metrics.get(key);
  return stripped ? fold(stripped) : key;
}

/** The name to show for a metric key: the lexicon's canonical form when it has one. */
export function metricLabel(key: string): string {
  return lexicon().metrics.get(key) ?? key;
}
