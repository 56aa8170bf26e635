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
