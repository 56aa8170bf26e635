/** The hand-written scanners must read text exactly as the regexes they replace. */
import test from 'ava';
import { LowerCaseWords, lettersBeforeSpace, nextRun } from './char-class.js';
import { findNonFigureSpans } from './not-figures.js';
import { cueTable } from './lexicon.js';
import { matchPhrases, matchPhraseTables, wordsWithin } from './phrases.js';

const numberWords = new LowerCaseWords(['hai', 'mươi', 'nghìn', 'năm']);

/** Every run nextRunIn finds, as text. */
function found(set: LowerCaseWords, text: string): string[] {
  const out: string[] = [];
  for (let r = set.nextRunIn(text, 0); r; r = set.nextRunIn(text, r[1])) out.push(text.slice(r[0], r[1]));
  return out;
}

test('number words are found whatever their case, and only as whole runs of letters', (t) => {
  const text = 'HAI mươi Nghìn đồng; năm2020 hainghìn Năm';
  t.deepEqual(found(numberWords, text), ['HAI', 'mươi', 'Nghìn', 'năm', 'Năm']);
});

test('a letter outside the basic plane belongs to its run: "hai𝐀" is no number word', (t) => {
  t.deepEqual(found(numberWords, 'hai𝐀 hai😀 ba'), ['hai']);
});

test('runs agree with /[\\p{L}\\p{M}\\p{N}]+/gu, cut at the end of the range', (t) => {
  const text = 'Giá 1.127,9 nghìn tỷ đồng/lượng';
  const runs: string[] = [];
  for (let r = nextRun(text, 0, 19, 'word'); r; r = nextRun(text, r[1], 19, 'word')) runs.push(text.slice(r[0], r[1]));
  t.deepEqual(runs, text.slice(0, 19).match(/[\p{L}\p{M}\p{N}]+/gu));
  t.deepEqual(runs, ['Giá', '1', '127', '9', 'nghìn', 't']);
});

test('the word before the spaces at the end of a window', (t) => {
  const text = 'Dòng vốn hàng   chục tỷ USD';
  const at = text.indexOf('chục');
  t.is(lettersBeforeSpace(text, Math.max(0, at - 12), at), 'hàng');
  t.is(lettersBeforeSpace(text, at - 5, at), 'ng'); // the window cuts the word, as a slice would
  t.is(lettersBeforeSpace(text, 0, text.indexOf(' tỷ') + 1), 'chục');
  t.is(lettersBeforeSpace('giá 5 ', 0, 6), null); // a digit is no letter
});

test('phrases of several tables in one pass are those of each table alone', (t) => {
  const text = 'Nếu được phép, doanh nghiệp dự kiến sẽ phấn đấu đạt kế hoạch, có thể hiện nay vượt chỉ tiêu.';
  const words = wordsWithin(text, 0, text.length);
  const tables = [cueTable('status'), cueTable('condition'), cueTable('modal'), cueTable('present')];
  const together = matchPhraseTables(words, tables);
  t.deepEqual(together, tables.map((table) => matchPhrases(words, table)));
  t.deepEqual(together[0]!.map((m) => m.value), matchPhrases(words, cueTable('status')).map((m) => m.value));
  t.true(together[0]!.some((m) => m.phrase === 'phấn đấu' && m.value === 'target'));
  t.true(together[1]!.some((m) => m.phrase === 'nếu'));
});

test('list numbering is claimed only at the start of a line', (t) => {
  const text = '1. Bộ Ngoại giao gửi 2. hồ sơ\n\n  (2) Miễn phí\nGiá 3) đồng';
  const spans = findNonFigureSpans(text).map(([s, e]) => text.slice(s, e));
  t.deepEqual(spans, ['1.', '\n  (2)', '(2)']);
});
