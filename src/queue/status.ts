/**
 * What a queue holds: jobs waiting (incl. delayed retries), active, done, failed, and the rate of
 * the last minute, counted from the finished-jobs set (BullMQ scores it by finish time, so the count
 * is exact, not sampled).
 */
import { Queue } from 'bullmq';
import { DEFAULT_QUEUE_NAME, redisClient } from './connection.js';

export interface QueueStatus {
  name: string;
  waiting: number;
  /** Retries waiting for their backoff to pass. */
  delayed: number;
  active: number;
  done: number;
  failed: number;
  /** Jobs finished in the last 60 s, and that per second. */
  lastMinute: number;
  docsPerSecond: number;
}

export async function queueStatus(url: string, name = DEFAULT_QUEUE_NAME): Promise<QueueStatus> {
  const redis = redisClient(url);
  const queue = new Queue(name, { connection: redis });
  try {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    const lastMinute = await redis.zcount(queue.toKey('completed'), Date.now() - 60_000, '+inf');
    return {
      name,
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      delayed: c.delayed ?? 0,
      active: c.active ?? 0,
      done: c.completed ?? 0,
      failed: c.failed ?? 0,
      lastMinute,
      docsPerSecond: lastMinute / 60,
    };
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

/** Failed jobs (tries used up) back to waiting, their bytes still beside them; how many. */
export async function retryFailed(url: string, name = DEFAULT_QUEUE_NAME): Promise<number> {
  const redis = redisClient(url);
  const queue = new Queue(name, { connection: redis });
  try {
    const failed = await queue.getFailedCount();
    if (failed > 0) await queue.retryJobs({ state: 'failed' });
    return failed;
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

export function formatStatus(s: QueueStatus): string {
  return `queue ${s.name}: ${s.waiting} waiting, ${s.delayed} delayed (retry), ${s.active} active, ${s.done} done, ${s.failed} failed; ` +
    `${s.lastMinute} done in the last minute (${s.docsPerSecond.toFixed(1)} docs/s)`;
}
