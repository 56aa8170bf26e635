/** CoNLL-U sentences as syllables and gold words (UD Vietnamese: a FORM may hold several syllables). */
export interface ConlluSentence {
  id: string;
  /** The sentence as written (its `# text` line), when the file gives it. */
  text?: string;
  /** The sentence's syllables, in order. */
  syllables: string[];
  /** Gold words as [start, end) syllable index ranges. */
  words: [number, number][];
}

export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { id: '', syllables: [], words: [] };
  const flush = (): void => {
    if (cur.syllables.length) out.push(cur);
    cur = { id: '', syllables: [], words: [] };
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('# sent_id')) cur.id = line.slice(line.indexOf('=') + 1).trim();
    if (line.startsWith('# text')) cur.text = line.slice(line.indexOf('=') + 1).trim();
    if (line.trim() === '') { flush(); continue; }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 10 || !/^\d+$/.test(cols[0]!)) continue; // skip ranges and empty nodes
    const parts = cols[1]!.split(' ').filter(Boolean);
    const start = cur.syllables.length;
    cur.syllables.push(...parts);
    cur.words.push([start, cur.syllables.length]);
  }
  flush();
  return out;
}

/** Word-level precision, recall and F1 of predicted word ranges against gold. */
export function scoreWords(pairs: Iterable<{ gold: [number, number][]; predicted: [number, number][] }>): { p: number; r: number; f1: number; tp: number; gold: number; predicted: number } {
  let tp = 0;
  let gold = 0;
  let predicted = 0;
  for (const pair of pairs) {
    const g = new Set(pair.gold.map(([s, e]) => s * 100_000 + e));
    gold += g.size;
    predicted += pair.predicted.length;
    for (const [s, e] of pair.predicted) if (g.has(s * 100_000 + e)) tp++;
  }
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, gold, predicted };
}
