/**
 * Segmentation of a stream of lines on several threads, output in input order. With `threads: N`
 * there are N - 1 worker threads (segment-worker.ts) and the main thread is the N-th: it reads,
 * writes, and segments a batch itself whenever every worker already holds enough work. So the
 * main thread, which has no thread to start and has its modules loaded, works while the workers
 * start (a worker needs ~0.3 s to boot and read the model), and a thread slowed by other load on
 * the machine simply takes fewer batches: batches go to whoever is free, not in turn.
 *
 * Results come back on one MessageChannel per worker and are also polled synchronously
 * (`receiveMessageOnPort`), so a worker gets its next batch even while the main thread is busy in
 * a loop that never returns to the event loop.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { workerModule } from '../batch/worker-pool.js';
import type { SegmentOptions } from './index.js';
import { segmentLinesText } from './segment-lines.js';
import type { SegmentBatch, SegmentBatchResult, SegmentWorkerData } from './segment-worker.js';

interface Job { id: number; lines: string[]; resolve: (text: string) => void; reject: (err: Error) => void }
interface Slot { worker: Worker; port: MessagePort; jobs: Map<number, Job> }

/** Batches posted to one worker and not yet answered: enough that it never waits for the main thread. */
const PER_WORKER = 3;

export class LinePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private next = 0;
  private failure: Error | null = null;

  constructor(private readonly options: SegmentOptions, private readonly perLine: boolean, threads: number) {
    if (threads <= 1) return;
    const script = workerModule(import.meta.url, 'segment-worker');
    for (let i = 0; i < threads - 1; i++) {
      const { port1, port2 } = new MessageChannel();
      const workerData: SegmentWorkerData = { options, perLine, results: port2 };
      const worker = new Worker('url' in script ? script.url : script.code, { workerData, transferList: [port2], eval: 'code' in script });
      const slot: Slot = { worker, port: port1, jobs: new Map() };
      port1.on('message', (msg: SegmentBatchResult) => { this.settle(slot, msg); this.pump(); });
      worker.on('error', (err: Error) => this.fail(err));
      worker.on('exit', (code) => { if (code !== 0) this.fail(new Error(`segment worker exited with code ${code}`)); });
      this.slots.push(slot);
    }
  }

  private settle(slot: Slot, msg: SegmentBatchResult): void {
    const job = slot.jobs.get(msg.id);
    if (!job) return;
    slot.jobs.delete(msg.id);
    if (msg.error !== undefined) job.reject(new Error(msg.error));
    else job.resolve(msg.text);
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const slot of this.slots) {
      for (const job of slot.jobs.values()) job.reject(err);
      slot.jobs.clear();
    }
    for (const job of this.queue.splice(0)) job.reject(err);
  }

  /** Take the answers that have arrived (without the event loop), then hand waiting batches to free workers. */
  private pump(): void {
    for (const slot of this.slots) {
      for (let got = receiveMessageOnPort(slot.port); got; got = receiveMessageOnPort(slot.port)) {
        this.settle(slot, got.message as SegmentBatchResult);
      }
    }
    for (const slot of this.slots) {
      while (slot.jobs.size < PER_WORKER && this.queue.length > 0) {
        const job = this.queue.shift()!;
        slot.jobs.set(job.id, job);
        const batch: SegmentBatch = { id: job.id, lines: job.lines };
        slot.worker.postMessage(batch);
      }
    }
  }

  private runHere(job: Job): void {
    try {
      job.resolve(segmentLinesText(job.lines, this.perLine, this.options));
    } catch (err) {
      job.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  /**
   * The segmented text of a batch. When every worker holds enough work, the oldest waiting batch
   * is segmented here and now, so the call may take a batch's time.
   */
  run(lines: string[]): Promise<string> {
    if (this.slots.length === 0) return Promise.resolve(segmentLinesText(lines, this.perLine, this.options));
    if (this.failure) return Promise.reject(this.failure);
    const promise = new Promise<string>((resolve, reject) => this.queue.push({ id: this.next++, lines, resolve, reject }));
    this.pump();
    if (this.queue.length > 0) this.runHere(this.queue.shift()!);
    return promise;
  }

  /** After the last batch: the main thread keeps taking waiting batches until none is left. */
  async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.failure) {
      this.pump();
      if (this.queue.length > 0) this.runHere(this.queue.shift()!);
      // let the workers' answers in between
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async close(): Promise<void> {
    for (const slot of this.slots) slot.port.close();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
