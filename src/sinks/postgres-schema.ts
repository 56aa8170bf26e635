/**
 * The PostgreSQL store: the same tables and columns as the SQLite sink (tables.ts), keyed the same
 * way (articles.id, children by article_id + index), without SQLite's `batch` column: rows are not
 * rolled back to a checkpoint here, they are replaced. Many writers (queue workers on many machines,
 * `baochi run --out postgres://…`) fill one store, so a write must be idempotent and atomic:
 *
 *   - one input (its `source`) has exactly one row in articles ∪ errors: writing a record first
 *     deletes whatever that source had (children go by ON DELETE CASCADE), so a job run twice (a
 *     worker killed after the commit, before the queue heard of it) leaves one copy;
 *   - an article whose id (sha256 of its bytes) another source already holds becomes a duplicate
 *     error row, as `baochi run` makes it: the first to commit keeps the article. Two writers
 *     racing on one id serialize on the primary key (INSERT … ON CONFLICT waits for the other).
 *
 * `baochi_put` does this for one record in one round trip (a function call is one transaction).
 */
import { TABLES, TABLE_ORDER, TABLE_KEYS, QUERY_INDEXES, type Column, type TableName } from './tables.js';

const PG_TYPE: Record<Column['type'], string> = { text: 'text', integer: 'integer', real: 'double precision' };


/** The SQLite sink's query indexes, plus source (every write looks its source up). */
const INDEXES = [
  ...QUERY_INDEXES,
  'CREATE INDEX IF NOT EXISTS errors_source ON errors(source)',
  'CREATE INDEX IF NOT EXISTS errors_id ON errors(id)',
];

const CHILDREN: TableName[] = ['officials', 'positions', 'figures', 'dates'];

/**
 * baochi_put(source, article, errors, officials, positions, figures, dates) → 'article' | 'duplicate' | 'error'.
 * Arguments are JSON: one row object for the article (null for an error record), arrays of row
 * objects for the rest, keyed by column name (json_populate_record maps them).
 */
const PUT_FUNCTION = `CREATE OR REPLACE FUNCTION baochi_put(src text, art json, errs json, offs json, pos json, figs json, dts json)
RETURNS text LANGUAGE plpgsql AS $fn$
DECLARE holder text;
BEGIN
  DELETE FROM articles WHERE source = src;
  DELETE FROM errors WHERE source = src;
  IF art IS NULL THEN
    INSERT INTO errors SELECT * FROM json_populate_recordset(null::errors, errs);
    RETURN 'error';
  END IF;
  INSERT INTO articles SELECT * FROM json_populate_record(null::articles, art) ON CONFLICT (id) DO NOTHING;
  IF NOT FOUND THEN
    SELECT a.source INTO holder FROM articles a WHERE a.id = art->>'id';
    -- The same input written by a concurrent run of its own job: it is there once already.
    IF holder = src THEN RETURN 'article'; END IF;
    INSERT INTO errors (id, source, stage, error, url) VALUES (art->>'id', src, 'duplicate', 'same bytes as ' || coalesce(holder, 'an earlier input'), art->>'url');
    RETURN 'duplicate';
  END IF;
${CHILDREN.map((t, i) => `  INSERT INTO ${t} SELECT * FROM json_populate_recordset(null::${t}, ${['offs', 'pos', 'figs', 'dts'][i]});`).join('\n')}
  RETURN 'article';
END
$fn$`;

/** The DDL, in order (tables, indexes, the write function). */
export function postgresSchema(): string[] {
  const ddl = TABLE_ORDER.map((table) => {
    const cols = TABLES[table].map((c) => `${c.name} ${PG_TYPE[c.type]}${c.name === 'id' || c.name === 'article_id' || c.name === 'source' ? ' NOT NULL' : ''}`);
    return `CREATE TABLE IF NOT EXISTS ${table} (\n  ${[...cols, ...TABLE_KEYS[table]].join(',\n  ')}\n)`;
  });
  return [...ddl, ...INDEXES, PUT_FUNCTION];
}

/** Staging tables for COPY (one per table, same columns, no keys), dropped at commit. */
export function stagingSchema(): string[] {
  return TABLE_ORDER.map((t) => `CREATE TEMP TABLE IF NOT EXISTS stage_${t} (LIKE ${t} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`);
}

/**
 * After COPY filled the staging tables with one batch: the same rules as baochi_put, set-wise.
 * (`baochi run` already made duplicates within the batch into error rows.)
 */
export const MERGE_STAGED = [
  'CREATE TEMP TABLE IF NOT EXISTS stage_inserted (id text PRIMARY KEY) ON COMMIT DELETE ROWS',
  'DELETE FROM articles WHERE source IN (SELECT source FROM stage_articles UNION ALL SELECT source FROM stage_errors)',
  'DELETE FROM errors WHERE source IN (SELECT source FROM stage_articles UNION ALL SELECT source FROM stage_errors)',
  'WITH ins AS (INSERT INTO articles SELECT * FROM stage_articles ON CONFLICT (id) DO NOTHING RETURNING id) INSERT INTO stage_inserted SELECT id FROM ins',
  `INSERT INTO errors (id, source, stage, error, url)
     SELECT s.id, s.source, 'duplicate', 'same bytes as ' || a.source, s.url
     FROM stage_articles s JOIN articles a ON a.id = s.id
     WHERE s.id NOT IN (SELECT id FROM stage_inserted) AND a.source <> s.source`,
  ...CHILDREN.map((t) => `INSERT INTO ${t} SELECT c.* FROM stage_${t} c JOIN stage_inserted i ON i.id = c.article_id`),
  'INSERT INTO errors SELECT * FROM stage_errors',
];

/** A key for pg_advisory_xact_lock: writers starting together create the schema one at a time. */
export const SCHEMA_LOCK = 0x6ba0c41;
