import { startPostgres, startRedis } from '../src/testing/servers.ts';
import { writeBadInputs } from '../src/testing/bad-inputs.ts';
import { main } from '../src/cli/main.ts';
import pg from 'pg';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const pgs = await startPostgres(); const r = await startRedis();
try {
  await pgs.createDatabase('smoke');
  const dir = mkdtempSync(join(tmpdir(), 'smoke-')); writeBadInputs(join(dir, 'bad'));
  console.log(await main(['enqueue', 'fixtures/html', join(dir, 'bad'), 'missing.html', '--queue', r.url]));
  console.log(await main(['enqueue', 'fixtures/html', '--queue', r.url]));
  console.log(await main(['queue', 'status', '--queue', r.url]));
  console.log(await main(['worker', '--queue', r.url, '--out', pgs.urlFor('smoke'), '--drain', '-c', '2']));
  console.log(await main(['queue', 'status', '--queue', r.url]));
  const c = new pg.Client(pgs.urlFor('smoke')); await c.connect();
  for (const t of ['articles','errors','officials','positions','figures','dates']) console.log(t, (await c.query(`select count(*) from ${t}`)).rows[0].count);
  console.log((await c.query('select source, stage, error from errors')).rows);
  await c.end();
} finally { await pgs.stop(); await r.stop(); }
