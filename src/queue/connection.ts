/**
 * `--queue redis://[USER:PASSWORD@]HOST[:PORT][/DB]` (or rediss:// for TLS) → BullMQ's connection
 * options. `maxRetriesPerRequest: null` is what BullMQ requires of a worker's connection: a command
 * waits for Redis to come back instead of failing the job.
 */
import { Redis, type RedisOptions } from 'ioredis';

export const DEFAULT_QUEUE_NAME = 'baochi';

export function redisOptions(url: string): RedisOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--queue wants redis://HOST:PORT/DB, got "${url}"`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`--queue wants redis://HOST:PORT/DB, got "${url}"`);
  const db = u.pathname.replace(/^\//, '');
  if (db && !/^\d+$/.test(db)) throw new Error(`--queue: the database is a number (redis://HOST:PORT/0), got "${db}"`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    db: db ? Number(db) : 0,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/**
 * A client for BullMQ. BullMQ 6 loads ioredis lazily with require(), which an ES module build cannot
 * rely on; handing it a client works in both. Whoever makes it closes it (BullMQ leaves shared
 * clients open).
 */
export function redisClient(url: string): Redis {
  return new Redis(redisOptions(url));
}

/** A PostgreSQL URL as `--out` takes it. */
export const isPostgresUrl = (s: string): boolean => /^postgres(ql)?:\/\//i.test(s);
