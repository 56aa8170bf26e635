/**
 * `baochi segment`: Vietnamese word segmentation from the command line. Words are joined by "_"
 * inside and separated by spaces (the VnCoreNLP/vntk convention), one sentence per line; with
 * `--lines` each input line is one unit and gives exactly one output line (empty lines included).
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { parseArgs } from 'node:util';
import { segment, type SegmentOptions, type Word } from '../../segment/index.js';
import { availableParallelism } from 'node:os';
import { EXIT, type CliIO } from '../io.js';
import { LinePool } from '../../segment/line-pool.js';
import { segmentLinesText } from '../../segment/segment-lines.js';

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
  --threads N        threads for plain text output of large inputs: the main thread and
                     N - 1 workers (default: the number of CPUs, at most 4; 1 = main only)
  -h, --help         this help

Exit status: 0 done, 1 the input could not be read, 2 usage errors.
`;

/**
 * The input line by line as it arrives (a final line without "\n" included; "\r\n" ends a line
 * too), with each line's UTF-16 offset in the whole input, so a large file is never held whole.
 */
async function* inputLines(stream: NodeJS.ReadableStream): AsyncGenerator<{ line: string; offset: number }> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let offset = 0;
  const split = function* (text: string, final: boolean): Generator<{ line: string; offset: number }> {
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      const end = nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { line: text.slice(from, end), offset: offset + from };
      from = nl + 1;
    }
    if (final && from < text.length) yield { line: text.slice(from), offset: offset + from };
    offset += from;
    rest = text.slice(from);
  };
  for await (const chunk of stream) {
    yield* split(rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer)), false);
  }
  yield* split(rest + decoder.end(), true);
}

/** Output gathered into large writes (one write per ~256 KB), waiting when the stream asks to. */
class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly out: NodeJS.WritableStream, private readonly limit = 1 << 18) {}
  line(text: string): Promise<void> | void {
    this.parts.push(text, '\n');
    this.size += text.length + 1;
    if (this.size >= this.limit) return this.flush();
  }
  /** Text that already ends with "\n". */
  raw(text: string): Promise<void> | void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.limit) return this.flush();
  }
  flush(): Promise<void> | void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.out.write(text)) return new Promise((resolve) => this.out.once('drain', () => resolve()));
  }
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

const BATCH_LINES = 1000;

/**
 * The fast path (text output, no tags): lines in batches, segmented inline for an input of one
 * batch, else on `threads` threads (line-pool.ts); output in input order. Lines are cut from each chunk as
 * it arrives, without a generator step per line (40K lines: ~0.1 s of the main thread, which
 * shares the CPUs with the workers). Returns the number of lines.
 */
async function segmentPlain(stream: NodeJS.ReadableStream, writer: ChunkedWriter, options: SegmentOptions, perLine: boolean, threads: number): Promise<number> {
  let n = 0;
  let batch: string[] = [];
  // (a cast: assigned inside `send`, which TypeScript's narrowing does not follow)
  let pool = null as LinePool | null;
  const inflight: Promise<string>[] = [];
  const emit = async (text: string): Promise<void> => {
    if (text === '') return;
    const pending = writer.raw(text);
    if (pending) await pending;
  };
  const send = async (): Promise<void> => {
    // a second batch: the input is large enough to pay for the workers
    pool ??= new LinePool(options, perLine, threads);
    inflight.push(pool.run(batch));
    batch = [];
    if (inflight.length >= threads * 3) await emit(await inflight.shift()!);
  };
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of stream) {
      const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
      let from = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        // "\r\n" ends a line too
        batch.push(text.slice(from, nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
        n++;
        from = nl + 1;
        if (batch.length >= BATCH_LINES) await send();
      }
      rest = text.slice(from);
    }
    rest += decoder.end();
    if (rest !== '') { batch.push(rest); n++; }
    if (batch.length) inflight.push(pool ? pool.run(batch) : Promise.resolve(segmentLinesText(batch, perLine, options)));
    await pool?.drain();
    for (const p of inflight) await emit(await p);
  } finally {
    await pool?.close();
  }
  return n;
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
        threads: { type: 'string' },
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

  const threads = values.threads === undefined ? Math.min(4, availableParallelism()) : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1) return usageError(`--threads must be a whole number ≥ 1, not "${values.threads}"`);
  const file = positionals[0] ?? '-';
  const stream = file === '-' ? io.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  const options: SegmentOptions = { mode: values.mode, pos: values.pos, ner: values.ner };
  const jsonl = values.format === 'jsonl';
  // text without tags takes the fast path (forms only); jsonl and tags need word objects
  const plain = !jsonl && !values.pos && !values.ner;
  const writer = new ChunkedWriter(io.stdout);
  let n = 0;
  if (plain) {
    try {
      n = await segmentPlain(stream, writer, options, values.lines, threads);
    } catch (err) {
      io.stderr.write(`baochi segment: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
      return EXIT.failure;
    }
  } else {
    try {
      for await (const { line, offset } of inputLines(stream)) {
        n++;
        let pending: Promise<void> | void = undefined;
        if (values.lines) {
          const words = segment(line, { ...options, oneSentence: true }).flatMap((s) => s.words);
          pending = writer.line(jsonl
            ? JSON.stringify({ line: n, text: line, words: words.map(jsonWord) })
            : words.map((w) => formatWord(w, options)).join(' '));
        } else {
          for (const s of segment(line, options)) {
            // spans into the whole input: shift the line's offsets
            const shift = (span: [number, number]): [number, number] => [span[0] + offset, span[1] + offset];
            pending = writer.line(jsonl
              ? JSON.stringify({ text: s.text, span: shift(s.span), words: s.words.map((w) => jsonWord({ ...w, span: shift(w.span) })) })
              : s.words.map((w) => formatWord(w, options)).join(' ')) ?? pending;
          }
        }
        if (pending) await pending;
      }
    } catch (err) {
      io.stderr.write(`baochi segment: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
      return EXIT.failure;
    }
  }
  // an empty input is one (empty) line with --lines, as before
  if (values.lines && n === 0) writer.line(jsonl ? JSON.stringify({ line: 1, text: '', words: [] }) : '');
  await writer.flush();
  return EXIT.ok;
}
