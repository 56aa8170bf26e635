/**
 * `baochi segment`: Vietnamese word segmentation from the command line. Words are joined by "_"
 * inside and separated by spaces (the VnCoreNLP/vntk convention), one sentence per line; with
 * `--lines` each input line is one unit and gives exactly one output line (empty lines included).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { segment, type SegmentOptions, type Sentence, type Word } from '../../segment/index.js';
import { EXIT, writeLine, type CliIO } from '../io.js';

export const SEGMENT_HELP = `Usage: baochi segment [--lines] [--format text|jsonl] [--pos] [--ner] [--mode best|vntk] [FILE|-]

Splits Vietnamese text (FILE, or standard input when FILE is "-" or absent) into sentences and
words. Text output: one sentence per line, syllables of a word joined by "_", words by spaces:
  Thủ_tướng Phạm_Minh_Chính làm_việc với UBND TP.HCM .

Options:
  --lines            each input line is one unit: exactly one output line per input line
  --format FORMAT    text (default) or jsonl: one JSON object per sentence (per line with
                     --lines) with "text", "span" and "words" [{text, span, pos?, chunk?, ner?}];
                     spans are UTF-16 offsets into the input (into the line with --lines)
  --pos              add part-of-speech tags (text: word/TAG)
  --ner              add POS, chunk and named-entity tags (text: word/POS/NER)
  --mode MODE        best (default) or vntk (exactly vntk's wordTokenizer on the same syllables)
  -h, --help         this help

Exit status: 0 done, 1 the input could not be read, 2 usage errors.
`;

function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer | string) => chunks.push(typeof c === 'string' ? Buffer.from(c) : c));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

function formatWord(word: Word, options: SegmentOptions): string {
  const form = word.syllables.join('_');
  if (options.ner) return `${form}/${word.pos}/${word.ner}`;
  if (options.pos) return `${form}/${word.pos}`;
  return form;
}

function jsonWord(word: Word): Record<string, unknown> {
  const out: Record<string, unknown> = { text: word.text, span: word.span };
  if (word.pos !== undefined) out.pos = word.pos;
  if (word.chunk !== undefined) out.chunk = word.chunk;
  if (word.ner !== undefined) out.ner = word.ner;
  return out;
}

export async function runSegment(argv: string[], io: CliIO): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lines: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        pos: { type: 'boolean', default: false },
        ner: { type: 'boolean', default: false },
        mode: { type: 'string', default: 'best' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    io.stderr.write(`baochi segment: ${err instanceof Error ? err.message : String(err)}\n\n${SEGMENT_HELP}`);
    return EXIT.usage;
  }
  if (values.help) { io.stdout.write(SEGMENT_HELP); return EXIT.ok; }
  const usageError = (message: string): number => {
    io.stderr.write(`baochi segment: ${message}\n\n${SEGMENT_HELP}`);
    return EXIT.usage;
  };
  if (values.format !== 'text' && values.format !== 'jsonl') return usageError(`--format must be text or jsonl, not "${values.format}"`);
  if (values.mode !== 'best' && values.mode !== 'vntk') return usageError(`--mode must be best or vntk, not "${values.mode}"`);
  if (positionals.length > 1) return usageError('give at most one FILE');

  let input: string;
  const file = positionals[0] ?? '-';
  try {
    input = file === '-' ? await readStream(io.stdin) : await readFile(file, 'utf8');
  } catch (err) {
    io.stderr.write(`baochi segment: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }

  const options: SegmentOptions = { mode: values.mode, pos: values.pos, ner: values.ner };
  const jsonl = values.format === 'jsonl';
  if (values.lines) {
    const lines = input.split(/\r?\n/);
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // the final newline ends the last line
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n]!;
      const sentences = segment(line, { ...options, oneSentence: true });
      const words = sentences.flatMap((s) => s.words);
      await writeLine(io.stdout, jsonl
        ? JSON.stringify({ line: n + 1, text: line, words: words.map(jsonWord) })
        : words.map((w) => formatWord(w, options)).join(' '));
    }
    return EXIT.ok;
  }
  const sentences: Sentence[] = segment(input, options);
  for (const s of sentences) {
    await writeLine(io.stdout, jsonl
      ? JSON.stringify({ text: s.text, span: s.span, words: s.words.map(jsonWord) })
      : s.words.map((w) => formatWord(w, options)).join(' '));
  }
  return EXIT.ok;
}
