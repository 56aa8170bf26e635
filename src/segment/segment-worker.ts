/**
 * Worker thread of line-pool.ts: batches of lines in, their segmented text out. The model loads
 * once per worker, while the main thread reads the input.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SegmentOptions } from './index.js';
import { segmentLinesText } from './segment-lines.js';

export interface SegmentBatch { id: number; lines: string[] }
export interface SegmentBatchResult { id: number; text: string; error?: string }
export interface SegmentWorkerData { options: SegmentOptions; perLine: boolean }

const { options, perLine } = workerData as SegmentWorkerData;
segmentLinesText(['Hà Nội'], true, options); // read the model before the first batch arrives
parentPort!.on('message', (batch: SegmentBatch) => {
  let result: SegmentBatchResult;
  try {
    result = { id: batch.id, text: segmentLinesText(batch.lines, perLine, options) };
  } catch (err) {
    result = { id: batch.id, text: '', error: err instanceof Error ? err.stack ?? err.message : String(err) };
  }
  parentPort!.postMessage(result);
});
