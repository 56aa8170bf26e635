/**
 * Metric: the noun phrase a figure measures, read in the words before it in its clause:
 * "Giá trị sản xuất nông nghiệp đạt 18.450 tỷ đồng" → the subject before the predicate (đạt);
 * "Iraq đã giảm sản lượng 1,5 triệu thùng" → the object of the change verb; "phấn đấu giá trị … đạt"
 * → what follows the agent verb. A clause with no words of its own ("…, tăng 16%") returns null and
 * the caller carries the previous figure's metric across the coordinated clauses. When the words
 * before name no measure ("Nhật Bản nhập hơn 90% dầu từ Trung Đông"), `metricAfter` reads the noun
 * phrase written after the figure.
 */
import { cueTable, type CueKind, type CueTable, type PhraseNode } from './lexicon.js';
import { isDictionaryWord, isElidedPair } from './elision.js';

const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.,%/-]*[\p{L}\p{M}\p{N}%]|[\p{L}\p{M}\p{N}]|,|(?<=\s)[-–](?=\s)/gu;

/** Words, commas, and dashes that stand between spaces ("mua vào - bán ra"). */
function tokenize(s: string): string[] {
  return s.match(TOKEN) ?? [];
}
const isPunct = (t: string | undefined): boolean => t === ',' || t === '-' || t === '–';

/** Lower-cased tokens, kept: the same tokens are looked up in many tables, and from both ends. */
const lowered = new Map<string, string>();
const MAX_LOWERED = 20000;

function lower(token: string): string {
  let l = lowered.get(token);
  if (l === undefined) {
    if (lowered.size >= MAX_LOWERED) lowered.clear();
    l = token.toLowerCase();
    lowered.set(token, l);
  }
  return l;
}

/** Length of the longest phrase of `table` that tokens[from, to) start with, else 0. */
function prefixLength(tokens: readonly string[], from: number, to: number, table: CueTable): number {
  let node: PhraseNode | undefined = table.forward;
  let best = 0;
  const limit = Math.min(table.maxWords, to - from);
  for (let k = 1; k <= limit; k++) {
    node = node.next.get(lower(tokens[from + k - 1]!));
    if (!node) break;
    if (node.value !== undefined) best = k;
  }
  return best;
}

/** Length of the longest phrase of `table` that tokens[from, to) end with, else 0. */
function suffixLength(tokens: readonly string[], from: number, to: number, table: CueTable): number {
  let node: PhraseNode | undefined = table.backward;
  let best = 0;
  const limit = Math.min(table.maxWords, to - from);
  for (let k = 1; k <= limit; k++) {
    node = node.next.get(lower(tokens[to - k]!));
    if (!node) break;
    if (node.value !== undefined) best = k;
  }
  return best;
}

/** Index range [i, j) of the last phrase of `kind` in tokens (latest end, then longest), or null. */
function lastPhrase(tokens: readonly string[], kind: CueKind): [number, number] | null {
  const table = cueTable(kind);
  for (let j = tokens.length; j >= 1; j--) {
    const k = suffixLength(tokens, 0, j, table);
    if (k) return [j - k, j];
  }
  return null;
}

/** Length of the phrase of `kind` at the start (or, with atEnd, the end) of tokens, else 0. */
function phraseAtEdge(tokens: readonly string[], kind: CueKind, atEnd: boolean): number {
  const table = cueTable(kind);
  return atEnd ? suffixLength(tokens, 0, tokens.length, table) : prefixLength(tokens, 0, tokens.length, table);
}

function trimEdges(tokens: string[]): string[] {
  let t = tokens;
  for (let guard = 0; guard < 12 && t.length; guard++) {
    const before = t.length;
    const lead = Math.max(phraseAtEdge(t, 'discourse', false), phraseAtEdge(t, 'metric-trim-start', false), phraseAtEdge(t, 'change', false));
    if (lead && lead < t.length) t = t.slice(lead);
    else if (lead) t = [];
    if (isPunct(t[0])) t = t.slice(1);
    // a leading period: "Năm 2020", "năm nay"
    if (t.length >= 2 && /^năm$/i.test(t[0]!) && /^(?:\d{4}|nay|ngoái|trước)$/i.test(t[1]!)) t = t.slice(2);
    const tail = Math.max(phraseAtEdge(t, 'metric-trim-end', true), phraseAtEdge(t, 'change', true));
    if (tail) t = t.slice(0, t.length - tail);
    if (isPunct(t[t.length - 1])) t = t.slice(0, -1);
    if (t.length === before) break;
  }
  return t;
}

/** Split tokens at the commas that separate clauses (not the one of "xuất, nhập khẩu"). */
function splitClauses(tokens: string[]): string[][] {
  const clauses: string[][] = [];
  let cur: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === ',' && !(tokens[i - 1] && tokens[i + 1] && tokens[i + 2] && isElidedPair(tokens[i - 1]!, tokens[i + 1]!, tokens[i + 2]!))) {
      clauses.push(cur);
      cur = [];
      continue;
    }
    cur.push(t);
  }
  clauses.push(cur);
  return clauses;
}

/** Tokens after the last capitalised word that is not the clause's first (a name: the agent). */
function afterLastName(tokens: string[]): string[] {
  for (let i = tokens.length - 1; i >= 1; i--) {
    if (/^\p{Lu}/u.test(tokens[i]!)) {
      // only when a verb phrase follows the name: "ông Trần Văn Hải đang sở hữu"
      let tail = tokens.slice(i + 1);
      while (isPunct(tail[0])) tail = tail.slice(1);
      return phraseAtEdge(tail, 'metric-trim-start', false) && trimEdges(tail).length ? tail : tokens;
    }
  }
  return tokens;
}

/** Start the metric at its last head noun when a longer preamble precedes it ("dịp lễ này giá hoa"). */
function fromLastHead(tokens: string[]): string[] {
  const head = lastPhrase(tokens, 'metric-head');
  if (!head || head[0] < 3) return tokens;
  const before = tokens[head[0] - 1]!;
  // not inside a compound ("đánh giá", "mệnh giá") nor a coordination ("bán lẻ và doanh thu")
  if (before === ',' || /^(?:và|hoặc|hay)$/i.test(before) || isDictionaryWord(`${before} ${tokens[head[0]]}`)) return tokens;
  return tokens.slice(head[0]);
}

const join = (tokens: readonly string[]): string => tokens.join(' ').replace(/ ,/g, ',').trim();

export interface MetricReading {
  metric: string | null;
  /** No predicate tied the words to the figure: the words after it may say more. */
  weak: boolean;
}

/** The subject of one clause that ends right before the figure, or of an earlier clause. */
function subjectOf(clause: string[], isLast: boolean): { tokens: string[]; predicate: boolean } {
  let tokens = clause;
  let predicate = false;
  if (isLast) {
    const fin = phraseAtEdge(tokens, 'predicate-final', true);
    if (fin) { tokens = tokens.slice(0, tokens.length - fin); predicate = true; }
  }
  const pred = lastPhrase(tokens, 'predicate');
  if (pred) { tokens = tokens.slice(0, pred[0]); predicate = true; }
  const agent = lastPhrase(tokens, 'agent');
  if (agent) tokens = tokens.slice(agent[1]);
  else if (!predicate) tokens = afterLastName(tokens);
  const subject = fromLastHead(trimEdges(tokens));
  // a subject headed by a measure noun ("doanh thu", "giá") is as good as a predicate
  return { tokens: subject, predicate: predicate || phraseAtEdge(subject, 'metric-head', false) > 0 };
}

/** The metric written in text[from, to) before a figure, or null when the clause names none. */
export function metricBefore(text: string, from: number, to: number): MetricReading {
  const raw = text.slice(from, to).replace(/\([^()]*\)?/g, ' ');
  // hard boundaries (quotes, colon, semicolon) unless nothing but function words follows them
  const parts = raw.split(/[;:“”"!?\n]/);
  let tokens = tokenize(parts.pop() ?? '');
  while (parts.length && !trimEdges(tokens).length) tokens = tokenize(parts.pop() ?? '');
  if (!tokens.length) return { metric: null, weak: false };
  const clauses = splitClauses(tokens);
  const last = clauses[clauses.length - 1]!;

  // a change verb with an object: the object is the metric ("giảm sản lượng 1,5 triệu thùng")
  if (!phraseAtEdge(last, 'change', true)) {
    const window = 9;
    const offset = Math.max(0, last.length - window);
    const change = lastPhrase(last.slice(offset), 'change');
    if (change) {
      const object = last.slice(offset + change[1]);
      if (object.length && object.length <= 7 && !lastPhrase(object, 'predicate') && !lastPhrase(object, 'agent')) {
        const t = trimEdges(object);
        if (t.length) return { metric: join(t), weak: false };
      }
    }
  }
  // the clause's subject, before its predicate (đạt, là, ở mức…); an empty one looks a clause back
  // ("Giá cà phê nhân tiếp tục tăng, lên mức 98.500 đồng/kg")
  let predicate = false;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const subject = subjectOf(clauses[i]!, i === clauses.length - 1);
    predicate ||= subject.predicate;
    if (subject.tokens.length) return { metric: join(subject.tokens), weak: !predicate };
  }
  return { metric: null, weak: !predicate };
}

/** The noun phrase written right after a figure ("90% dầu từ Trung Đông, khiến …"), or null. */
export function metricAfter(text: string, from: number): string | null {
  const m = /^ ([^,.;:!?()“”"\n]{1,80})/u.exec(text.slice(from, from + 82));
  if (!m) return null;
  const tokens = tokenize(m[1]!);
  const out: string[] = [];
  const n = tokens.length;
  for (let i = 0; i < n && out.length < 6; i++) {
    // the phrase tests look at the tokens from i on
    if (/\d/.test(tokens[i]!) || prefixLength(tokens, i, n, cueTable('metric-stop')) || prefixLength(tokens, i, n, cueTable('metric-trim-end'))) break;
    if (!out.length && (prefixLength(tokens, i, n, cueTable('metric-trim-start')) || prefixLength(tokens, i, n, cueTable('change')))) return null;
    out.push(tokens[i]!);
  }
  const t = trimEdges(out);
  return t.length ? join(t) : null;
}
