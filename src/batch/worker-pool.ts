/**
 * A fixed pool of worker threads, each running one task and holding the next one in its port (so
 * it never waits for a busy main thread between tasks), with a time limit per task: a
 * worker whose task runs past the limit is terminated and replaced, and the task resolves to the
 * pool's failure result (the batch engine makes it an error record, stage "limit"). A worker that
 * crashes is replaced the same way; its running task is tried once more on the replacement and
 * fails (stage "extract") only if it crashes that one too. Tasks wait in a FIFO queue; the
 * caller bounds how many it submits, so memory stays flat.
 *
 * Worker protocol: the worker posts `{ ready: true }` once its modules (lexicons, models) are
 * loaded, then answers each `{ n, task }` with `{ n, result }`, in the order posted. Before that it
 * may ask about a task, `{ n, ask }`, and gets `{ n, reply }` from `onAsk`.
 */
import { Worker } from 'node:worker_threads';

export type FailureStage = 'limit' | 'extract';

export interface WorkerPoolOptions<T, R> {
  /** Number of workers (≥ 1). */
  size: number;
  /** The worker module (see workerModule). */
  script: WorkerScript;
  workerData?: unknown;
  /** Per-task time limit in ms, counted from when the worker starts the task. */
  timeLimitMs: number;
  /** Heap limit of each worker (MB); a task that exhausts it fails, the worker is replaced. */
  maxHeapMb?: number;
  /** The result of a task whose worker went over the time limit or crashed. */
  onFailure: (task: T, stage: FailureStage, reason: string) => R;
  /** Answers a worker's question about one of its tasks (`{ n, ask }` → `{ n, reply }`). */
  onAsk?: (task: T, ask: unknown) => unknown;
}

interface Job<T, R> {
  n: number;
  task: T;
  /** Workers that died while this was their running task. */
  crashes: number;
  resolve: (result: R) => void;
  reject: (err: Error) => void;
}

interface Slot<T, R> {
  worker: Worker;
  ready: boolean;
  /** Posted to the worker, in order: the first is running, the others wait in its port. */
  jobs: Job<T, R>[];
  /** The time limit of the running job. */
  timer: NodeJS.Timeout | null;
  /** The uncaught error the worker died of, until its exit is handled. */
  error?: Error;
}

/**
 * Tasks posted ahead to each worker: the running one and two more, so that its port is not empty
 * while the main thread is busy (a sink flush, a ledger commit).
 */
const DEPTH = 3;

type WorkerMessage<R> = { ready: true } | { n: number; result: R } | { n: number; ask: unknown };

export class WorkerPool<T, R> {
  private readonly slots: Slot<T, R>[] = [];
  private readonly queue: Job<T, R>[] = [];
  private nextN = 0;
  private closed = false;
  private fatal: Error | null = null;
  /** Workers replaced after a time-out or crash (for the summary). */
  replaced = 0;

  constructor(private readonly options: WorkerPoolOptions<T, R>) {
    if (!(options.size >= 1)) throw new Error('worker pool size must be at least 1');
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  private spawn(): Slot<T, R> {
    const { script, workerData, maxHeapMb } = this.options;
    const worker = new Worker('url' in script ? script.url : script.code, {
      workerData,
      eval: 'code' in script,
      ...(maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } } : {}),
    });
    const slot: Slot<T, R> = { worker, ready: false, jobs: [], timer: null };
    worker.on('message', (msg: WorkerMessage<R>) => this.onMessage(slot, msg));
    // An uncaught error arrives on another channel than the worker's messages, possibly before
    // results it posted earlier. 'exit' comes after those are drained: only then is it clear which
    // task was running.
    worker.on('error', (err: Error) => { slot.error ??= err; });
    worker.on('exit', (code: number) => this.onExit(slot, slot.error ?? new Error(`worker exited with code ${code}`)));
    return slot;
  }

  private onMessage(slot: Slot<T, R>, msg: WorkerMessage<R>): void {
    if ('ready' in msg) {
      slot.ready = true;
      this.dispatch();
      return;
    }
    if ('ask' in msg) {
      // A question about any task posted to this worker (it prepares the next while it waits).
      const asked = slot.jobs.find((j) => j.n === msg.n);
      if (asked && this.options.onAsk) slot.worker.postMessage({ n: msg.n, reply: this.options.onAsk(asked.task, msg.ask) });
      return;
    }
    const job = slot.jobs[0];
    if (!job || job.n !== msg.n) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.jobs.shift();
    // The worker goes straight on to the next posted job: its time starts now.
    if (slot.jobs.length) this.startTimer(slot);
    job.resolve(msg.result);
    this.dispatch();
  }

  private startTimer(slot: Slot<T, R>): void {
    slot.timer = setTimeout(() => this.onTimeout(slot), this.options.timeLimitMs);
  }

  /** A dead worker's jobs: the running one is returned, the ones it never started go back first in the queue. */
  private takeJobs(slot: Slot<T, R>): Job<T, R> | undefined {
    const [running, ...waiting] = slot.jobs;
    slot.jobs = [];
    this.queue.unshift(...waiting);
    return running;
  }

  /** A worker that died: fail its task and replace it, or give up if it never got ready. */
  private onExit(slot: Slot<T, R>, err: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already replaced (terminate() after a time-out also exits)
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (this.closed) return;
    const job = this.takeJobs(slot);
    if (!slot.ready) {
      // A worker that cannot even load its modules will not do better the next time.
      this.fail(new Error(`worker failed to start: ${err.message}`));
      return;
    }
    this.slots[index] = this.spawn();
    this.replaced++;
    if (job && job.crashes === 0) {
      // A worker can die between tasks (out of memory in a collection after it posted a result):
      // the running task gets a second chance, on the replacement, before it is blamed.
      job.crashes++;
      this.queue.unshift(job);
    } else if (job) job.resolve(this.options.onFailure(job.task, 'extract', `worker crashed: ${err.message}`));
    this.dispatch();
  }

  private onTimeout(slot: Slot<T, R>): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || slot.jobs.length === 0) return;
    slot.timer = null;
    const job = this.takeJobs(slot)!;
    // Replace first so that the exit event of the terminated worker finds no slot to fail.
    this.slots[index] = this.spawn();
    this.replaced++;
    void slot.worker.terminate();
    job.resolve(this.options.onFailure(job.task, 'limit', `took longer than the ${this.options.timeLimitMs} ms limit per document`));
    this.dispatch();
  }

  private fail(err: Error): void {
    this.fatal = err;
    for (const job of this.queue.splice(0)) job.reject(err);
    for (const slot of this.slots) {
      for (const job of slot.jobs.splice(0)) job.reject(err);
    }
    void this.close();
  }

  private dispatch(): void {
    // Fill every worker to one running job first, then to DEPTH, so that work spreads evenly.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (!slot.ready || slot.jobs.length >= depth) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        if (slot.jobs.length === 1) this.startTimer(slot);
        slot.worker.postMessage({ n: job.n, task: job.task });
      }
    }
  }

  /** Run one task; resolves with its result (or the failure result), rejects only if the pool failed. */
  run(task: T): Promise<R> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ n: this.nextN++, task, crashes: 0, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** What a Worker runs: a module URL, or (under tsx) a bootstrap script that loads TypeScript. */
export type WorkerScript = { url: URL } | { code: string };

/**
 * The worker module `name` beside `here` (an import.meta.url), with the extension of the calling
 * module: .js from dist/, or .ts in development and tests. tsx does not register its loader in
 * worker threads on Node 20, so a .ts worker starts from a small script that registers tsx's ESM
 * API first and then imports the module.
 */
export function workerModule(here: string, name: string): WorkerScript {
  const ts = here.endsWith('.ts');
  const url = new URL(`./${name}${ts ? '.ts' : '.js'}`, here);
  if (!ts) return { url };
  const api = import.meta.resolve('tsx/esm/api');
  return { code: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });` };
}
