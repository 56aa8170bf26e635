/**
 * A metric is a noun phrase naming a measured quantity ("Giá trị sản xuất công nghiệp", "tỷ lệ
 * thất nghiệp", "doanh thu thuần"), else null: the words before a figure are often its subject or
 * a clause ("Công an huyện … tạm giữ", "Mặc dù", "Thầy Nguyễn Văn A"), and null is better than wrong.
 * A phrase is kept when it opens with a measure noun (figure-cues.tsv "measure-noun"), or, for a
 * price, mass or volume, with a commodity ("vàng nhẫn", "dầu thô Brent"; "commodity").
 */
import { cueTable, type CueTable } from './lexicon.js';
import { isDictionaryWord } from './elision.js';

/** A date or time written at the end of the phrase belongs to the period, not the metric. */
const TRAILING_DATE = /\s+(?:(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|phiên)\s+)?(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:năm|tháng|quý)\s+(?:\d{1,4}(?:\/\d{4})?|[IV]+(?:\/\d{4})?|nay|này|trước|qua|ngoái))$/iu;
/** Longest metric kept, in syllables: a longer run is a clause, not a noun phrase. */
const MAX_WORDS = 16;

/** Words that open a predicate inside the phrase read before a figure (never inside a noun phrase). */
const PREDICATE_OPENER = /\s(?:đã|đang|sẽ|vẫn|cũng|đều|vừa|chưa|có lúc|xoay quanh|dao động|ở mức|lúc này|hôm qua|hôm nay|hiện nay|hiện đang|hiện ở|luôn)(?![\p{L}\p{M}])/u;
/** Function words left dangling at the end once a date or a predicate is cut off. */
const DANGLING = /\s(?:đến|tới|từ|và|của|ở|tại|trên|với|là|có|thì|mà|vào|trong|cần|phải|nên|muốn|có thể|hằng|hàng|mỗi|xoay)$/u;

/** Heads that say what is measured only with the words after them. */
const GENERIC = new Set(['số', 'mức', 'lượng', 'tổng', 'tổng số', 'tổng cộng', 'số lượng', 'giá trị', 'chỉ số', 'tỷ lệ', 'tỉ lệ']);

/**
 * The value of the longest phrase of `table` the words open with (case-insensitive), or null; not
 * when its last syllable and the next one make another word ("Tổng thống", "lương thực", "đồng bộ").
 */
function opensWith(words: readonly string[], table: CueTable): string | null {
  let node = table.forward;
  let found: string | null = null;
  let length = 0;
  for (let k = 0; k < Math.min(words.length, table.maxWords); k++) {
    const child = node.next.get(words[k]!.toLowerCase());
    if (!child) break;
    node = child;
    if (node.value !== undefined) { found = node.value; length = k + 1; }
  }
  if (found !== null && words[length] && isDictionaryWord(`${words[length - 1]} ${words[length]}`)) return null;
  return found;
}

/**
 * The metric if it names a measured quantity, trimmed of a trailing date, else null.
 * @param metric - the phrase read before (or after) the figure.
 * @param unitKind - the figure's unit kind (commodities name the measure of prices and amounts).
 * @param rate - the unit is a rate ("VND/lượng", "USD/thùng").
 */
export function sensibleMetric(metric: string | null, unitKind: string, rate: boolean): string | null {
  if (!metric) return null;
  let m = metric.trim();
  for (let guard = 0; guard < 3 && TRAILING_DATE.test(m); guard++) m = m.replace(TRAILING_DATE, '').trim();
  // a noun phrase ends where an aspect word or a time adverb opens a predicate: "Nhiệt độ ngoài
  // trời lúc này đã giảm sâu" → "Nhiệt độ ngoài trời"
  const cut = PREDICATE_OPENER.exec(m);
  if (cut && cut.index > 0) m = m.slice(0, cut.index).trim();
  for (let guard = 0; guard < 3 && DANGLING.test(m); guard++) m = m.replace(DANGLING, '').trim();
  const words = m.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return null;
  const head = opensWith(words, cueTable('measure-noun'));
  // a duration measures time: only "thời gian …", "thời hạn …" name it ("Số tiền … sau 2 tuần" does not)
  if (unitKind === 'time') return head === 'time' ? m : null;
  // a generic head alone ("số", "mức", "lượng", "tổng") names nothing
  if (head !== null && !GENERIC.has(m.toLowerCase())) return m;
  if ((rate || unitKind === 'mass' || unitKind === 'volume' || unitKind === 'currency') && opensWith(words, cueTable('commodity')) !== null) return m;
  return null;
}
