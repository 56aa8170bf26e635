/**
 * Real Redis and PostgreSQL servers for tests and benchmarks: each started on a free local port in
 * its own temp folder (no system service, nothing left behind), stopped by `stop()`. The binaries
 * come from PATH or the Debian locations (/usr/bin/redis-server, /usr/lib/postgresql/N/bin);
 * `findServers()` says which are missing so that a test can skip with that reason.
 *
 * PostgreSQL refuses to run as root: as root, its data folder belongs to the `postgres` user (or
 * `nobody`) and initdb / pg_ctl run through `runuser`.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerBinaries {
  redis: string | null;
  /** The folder holding initdb, pg_ctl and postgres. */
  pgBin: string | null;
}

function onPath(name: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

export function findServers(): ServerBinaries {
  const redis = onPath('redis-server') ?? (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : null);
  let pgBin: string | null = null;
  const initdb = onPath('initdb');
  // /usr/local/bin may hold links to one version's binaries: use the folder they live in.
  if (initdb) pgBin = realpathSync(initdb).replace(/\/initdb$/, '');
  else if (existsSync('/usr/lib/postgresql')) {
    // Newest major version first.
    const versions = readdirSync('/usr/lib/postgresql').filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
    versions.sort((a, b) => Number(b) - Number(a));
    if (versions[0]) pgBin = `/usr/lib/postgresql/${versions[0]}/bin`;
  }
  return { redis, pgBin };
}

/** Why servers-backed tests must skip here, or null when both binaries are present. */
export function missingServers(): string | null {
  const { redis, pgBin } = findServers();
  const missing = [redis ? null : 'redis-server', pgBin ? null : 'PostgreSQL (initdb, pg_ctl)'].filter(Boolean);
  return missing.length ? `not found: ${missing.join(', ')} (apt-get install redis-server postgresql)` : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface RedisServer {
  url: string;
  port: number;
  /** CPU seconds the server used so far (Linux). */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const bin = findServers().redis;
  if (!bin) throw new Error('redis-server not found');
  const dir = mkdtempSync(join(tmpdir(), 'baochi-redis-'));
  const port = await freePort();
  // BullMQ wants noeviction; no persistence needed for a test instance.
  const child: ChildProcess = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no',
    '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  const cli = onPath('redis-cli');
  for (let i = 0; i < 100; i++) {
    await sleep(50);
    if (cli) {
      if (spawnSync(cli, ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') break;
    } else if (await canConnect(port)) break;
  }
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    cpuSeconds: () => (child.pid ? procCpuSeconds(child.pid) : 0),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function canConnect(port: number): Promise<boolean> {
  return import('node:net').then(({ connect }) => new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  }));
}

export interface PostgresServer {
  /** postgres://baochi@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  /** A URL for another database of this server (created by createDatabase). */
  urlFor(db: string): string;
  createDatabase(name: string): Promise<void>;
  /** Stop the server (fast shutdown: connections are cut) … */
  pause(): void;
  /** … and start it again on the same port and data. */
  resume(): void;
  stop(): Promise<void>;
  /** CPU seconds the server's processes used so far: the postmaster, its live and its exited backends (Linux). */
  cpuSeconds(): number;
}

/** utime + stime (+ children's, when `children`) of a process from /proc, in seconds. */
export function procCpuSeconds(pid: number, children = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14 … cstime 17.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]) + (children ? Number(f[13]) + Number(f[14]) : 0);
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

function childPids(parent: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[1]) === parent) out.push(Number(name));
    } catch {
      // gone
    }
  }
  return out;
}

/** The non-root user PostgreSQL runs as when we are root. */
function pgUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const g = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (r.status === 0 && g.status === 0) return { name, uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
  }
  throw new Error('running as root and no postgres/nobody user to run PostgreSQL as');
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findServers().pgBin;
  if (!bin) throw new Error('PostgreSQL binaries not found');
  const user = pgUser();
  const dir = mkdtempSync(join(tmpdir(), 'baochi-pg-'));
  const data = join(dir, 'data');
  if (user) {
    chmodSync(dir, 0o755);
    chownSync(dir, user.uid, user.gid);
  }
  const run = (cmd: string, args: string[]): void => {
    const [file, argv] = user ? ['runuser', ['-u', user.name, '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  };
  run('initdb', ['-D', data, '-U', 'baochi', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60`;
  const start = (): void => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', opts, '-w', '-t', '60', 'start']);
  const stopNow = (): void => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  const urlFor = (db: string): string => `postgres://baochi@127.0.0.1:${port}/${db}`;
  let running = true;
  return {
    url: urlFor('postgres'),
    port,
    urlFor,
    async createDatabase(name: string) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    cpuSeconds() {
      const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return procCpuSeconds(pid, true) + childPids(pid).reduce((sum, c) => sum + procCpuSeconds(c), 0);
    },
    pause() { stopNow(); running = false; },
    resume() { start(); running = true; },
    async stop() {
      if (running) {
        try { stopNow(); } catch { /* already down */ }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
