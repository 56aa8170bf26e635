/**
 * Worker thread of line-pool.ts: batches of lines in (from the parent), their segmented text out on
 * the `results` port (which the main thread can poll without its event loop). The model loads
 * once per worker, while the main thread reads the input.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SegmentOptions } from './index.js';
import { segmentLinesText } from './segment-lines.js';

export interface SegmentBatch { id: number; lines: string[] }
export interface SegmentBatchResult { id: number; text: string; error?: string }
export interface SegmentWorkerData { options: SegmentOptions; perLine: boolean; results: MessagePort }

const { options, perLine, results } = workerData as SegmentWorkerData;
segmentLinesText(['Hà Nội'], true, options); // read the model before the first batch arrives
parentPort!.on('message', (batch: SegmentBatch) => {
  let result: SegmentBatchResult;
  try {
    result = { id: batch.id, text: segmentLinesText(batch.lines, perLine, options) };
  } catch (err) {
    result = { id: batch.id, text: '', error: err instanceof Error ? err.stack ?? err.message : String(err) };
  }
  results.postMessage(result);
});
