import test from 'ava';
import { readFileSync } from 'node:fs';
import { memoryIO } from '../../testing/memory-io.js';
import { sharedPath } from '../../testing/shared.js';
import { runSegment } from './segment.js';

test('text output: one sentence per line, words joined by "_"', async (t) => {
  const io = memoryIO('Thủ tướng làm việc với UBND TP.HCM. Giá vàng tăng 1,5%.\n');
  t.is(await runSegment([], io), 0);
  t.is(io.out(), 'Thủ_tướng làm_việc với UBND TP.HCM .\nGiá vàng tăng 1,5% .\n');
});

test('--lines: exactly one output line per input line, blank lines included', async (t) => {
  const io = memoryIO('Hà Nội mưa to. Đường ngập.\n\nSở Y tế họp\n');
  t.is(await runSegment(['--lines', '-'], io), 0);
  t.deepEqual(io.out().split('\n'), ['Hà_Nội mưa to . Đường ngập .', '', 'Sở Y_tế họp', '']);
});

test('--format jsonl gives spans into the input, --pos and --ner add tags', async (t) => {
  const input = 'Bộ trưởng thăm Hà Nội.';
  const io = memoryIO(input);
  t.is(await runSegment(['--format', 'jsonl', '--ner'], io), 0);
  const [sentence] = io.out().trim().split('\n').map((l) => JSON.parse(l) as { text: string; span: [number, number]; words: { text: string; span: [number, number]; pos: string; ner: string }[] });
  t.is(sentence!.text, input);
  const hanoi = sentence!.words.find((w) => w.text === 'Hà Nội')!;
  t.deepEqual(hanoi.span, [15, 21]);
  t.is(hanoi.pos, 'Np');
  t.is(hanoi.ner, 'B-LOC');
  const io2 = memoryIO(input);
  await runSegment(['--pos'], io2);
  t.is(io2.out(), 'Bộ_trưởng/N thăm/V Hà_Nội/Np ./CH\n');
});

test('--help and usage errors', async (t) => {
  const help = memoryIO();
  t.is(await runSegment(['--help'], help), 0);
  t.regex(help.out(), /Usage: baochi segment/);
  const bad = memoryIO();
  t.is(await runSegment(['--format', 'xml'], bad), 2);
  t.regex(bad.err(), /--format must be text or jsonl/);
  t.is(await runSegment(['--bogus'], memoryIO()), 2);
  t.is(await runSegment(['/nonexistent/file.txt'], memoryIO()), 1);
});

const testFile = sharedPath('peer', 'ud-vtb', 'vi_vtb-ud-test.conllu');

(testFile ? test : test.skip)('--lines on the UD-VTB test text gives one line per input line', async (t) => {
  const lines = readFileSync(testFile!, 'utf8').split('\n').filter((l) => l.startsWith('# text')).map((l) => l.replace(/^# text\s*=\s*/, ''));
  t.is(lines.length, 800);
  const io = memoryIO(lines.join('\n') + '\n');
  t.is(await runSegment(['--lines'], io), 0);
  const out = io.out().split('\n');
  t.is(out.pop(), '');
  t.is(out.length, 800);
  // the words of each output line spell the input line's non-space characters
  out.forEach((line, i) => t.is(line.replace(/[_ ]/g, ''), lines[i]!.replace(/\s/g, '')));
});

test('worker threads give the same lines in the same order as the main thread, streaming a large input', async (t) => {
  // 2,500 lines of our own: more than two batches, so the pool runs; blank lines and CRLF too
  const base = ['Sáng 20/5, Sở Y tế tỉnh Bà Rịa-Vũng Tàu tổ chức hội nghị tổng kết.', '', 'Giá lúa tăng 300 đồng/kg so với tuần trước.\r', 'Ông Trần Văn Minh, Giám đốc Sở, phát biểu.'];
  const lines = Array.from({ length: 2500 }, (_, i) => `${base[i % base.length]!}${i % 7 === 0 ? ` Dòng ${i}.` : ''}`);
  const input = lines.join('\n') + '\n';
  const one = memoryIO(input);
  t.is(await runSegment(['--lines', '--threads', '1'], one), 0);
  const two = memoryIO(input);
  t.is(await runSegment(['--lines', '--threads', '2'], two), 0);
  const out = two.out().split('\n');
  t.is(out.pop(), '');
  t.is(out.length, 2500);
  t.is(two.out(), one.out());
  t.is(out[0], 'Sáng 20/5 , Sở Y_tế tỉnh Bà_Rịa-Vũng_Tàu tổ_chức hội_nghị tổng_kết . Dòng 0 .');
  t.is(out[1], '');
  // sentence mode (no --lines) too
  const s1 = memoryIO(input);
  const s2 = memoryIO(input);
  await runSegment(['--threads', '1'], s1);
  await runSegment(['--threads', '2'], s2);
  t.is(s2.out(), s1.out());
  t.is(s1.out().split('\n').filter(Boolean).length, 2500 - 625 + 358 /* blank lines give none; "Dòng i." adds a sentence */);
  t.is(await runSegment(['--threads', '0'], memoryIO('x')), 2);
});

test('--format jsonl: spans of later lines point into the whole input', async (t) => {
  const input = 'Hà Nội mưa to.\r\nBộ trưởng thăm Huế.\n';
  const io = memoryIO(input);
  t.is(await runSegment(['--format', 'jsonl'], io), 0);
  const sentences = io.out().trim().split('\n').map((l) => JSON.parse(l) as { text: string; span: [number, number]; words: { text: string; span: [number, number] }[] });
  t.is(sentences.length, 2);
  t.deepEqual(sentences[1]!.span, [16, 35]);
  const hue = sentences[1]!.words.find((w) => w.text === 'Huế')!;
  t.is(input.slice(hue.span[0], hue.span[1]), 'Huế');
});
