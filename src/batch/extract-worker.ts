/**
 * Worker thread entry of the batch pool: loads the pipeline once (lexicons and models load at module
 * level), says it is ready, then turns each RawDocument into a record with `extractRaw`, which never
 * throws. No native add-on is loaded here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../ingest/raw-document.js';
import { extractRaw, type RawExtractOptions } from '../pipeline/extract-raw.js';

export interface ExtractWorkerData {
  options: RawExtractOptions;
}

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');
const { options } = workerData as ExtractWorkerData;

port.on('message', (msg: { n: number; task: RawDocument }) => {
  port.postMessage({ n: msg.n, result: extractRaw(msg.task, options) });
});
port.postMessage({ ready: true });
