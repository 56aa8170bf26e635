/**
 * Worker thread entry of the batch pool: loads the pipeline once (lexicons and models load at module
 * level), says it is ready, then for each task, in the order posted:
 *
 *   1. prepares it: inflate and parse a WARC chunk, hash each document;
 *   2. asks the reading thread whether to extract each document (not when --resume finds it done,
 *      nor when an earlier input had the same bytes), `{ n, ask: GateQuestion[] }`;
 *   3. extracts and serializes what it may, and posts the result.
 *
 * The question costs a round trip to another thread, so it is asked one task ahead: the next task
 * is prepared and asked about before this one is extracted. (The pool counts a task's time from
 * when it heads the worker's queue, so that preparation falls in the time of the task before; a
 * crash there is retried once before the running task is blamed.) No native add-on is loaded here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { finishTask, prepareTask, type GateQuestion, type GateVerdict, type PreparedTask, type Task, type TaskOptions } from './tasks.js';

export interface ExtractWorkerData {
  options: TaskOptions;
}

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');
const { options } = workerData as ExtractWorkerData;

const answers = new Map<number, (verdicts: GateVerdict[]) => void>();

/** Ask the reading thread about a prepared task's documents. */
function ask(n: number, questions: GateQuestion[]): Promise<GateVerdict[]> {
  if (questions.length === 0) return Promise.resolve([]);
  return new Promise((resolve) => {
    answers.set(n, resolve);
    port!.postMessage({ n, ask: questions });
  });
}

interface Entry {
  n: number;
  task: Task;
  /** Prepared and asked about (started once). */
  asked?: Promise<{ prepared: PreparedTask; verdicts: Promise<GateVerdict[]> }>;
}

const queue: Entry[] = [];
let pumping = false;

function start(entry: Entry): NonNullable<Entry['asked']> {
  entry.asked ??= prepareTask(entry.task, options).then((prepared) => ({ prepared, verdicts: ask(entry.n, prepared.questions) }));
  return entry.asked;
}

/**
 * Tasks in the order posted. The next task is prepared and asked about before this one is
 * extracted, so that its answer arrives while this thread works and it never waits for one.
 */
async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  while (queue.length) {
    const head = queue[0]!;
    const { prepared, verdicts } = await start(head);
    const answer = await verdicts;
    if (queue[1]) await start(queue[1]);
    port!.postMessage({ n: head.n, result: finishTask(prepared, answer, options) });
    queue.shift();
  }
  pumping = false;
}

port.on('message', (msg: { n: number; task: Task } | { n: number; reply: GateVerdict[] }) => {
  if ('reply' in msg) {
    answers.get(msg.n)?.(msg.reply);
    answers.delete(msg.n);
    return;
  }
  queue.push({ n: msg.n, task: msg.task });
  void pump();
});
port.postMessage({ ready: true });
