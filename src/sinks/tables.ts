/**
 * The tabular shape of records, shared by the CSV, SQLite and Parquet sinks: one definition of every
 * table and column, so the three stores agree and join the same way. Child tables carry `article_id`
 * (the record's `id`, sha256 of the input bytes) and an index within the article; arrays that have no
 * table of their own (authors, tags, captions, warnings, mention spans) are stored as JSON text.
 */
import type { ArticleRecord, ErrorRecord, Located, OutputRecord } from '../record.js';

export type ColumnType = 'text' | 'integer' | 'real';
export type Cell = string | number | null;

export interface Column {
  name: string;
  type: ColumnType;
}

export type TableName = 'articles' | 'errors' | 'officials' | 'positions' | 'figures' | 'dates';

const text = (name: string): Column => ({ name, type: 'text' });
const integer = (name: string): Column => ({ name, type: 'integer' });
const real = (name: string): Column => ({ name, type: 'real' });

/** Columns of each table, in order. `article_id` + index columns make the key of a child row. */
export const TABLES: Record<TableName, Column[]> = {
  articles: [
    text('id'), text('source'), text('kind'), text('url'), text('site'), text('language'), text('title'), text('lead'),
    text('published_at'), text('modified_at'), text('section'), text('authors'), text('tags'), text('captions'),
    text('warnings'), text('text'), text('segmented_title'), text('segmented_lead'), text('segmented_text'),
  ],
  errors: [text('id'), text('source'), text('stage'), text('error'), text('url')],
  officials: [text('article_id'), integer('official_index'), text('name'), text('gender'), integer('mention_count'), text('mentions')],
  positions: [
    text('article_id'), integer('official_index'), integer('position_index'), text('title'), text('organization'),
    text('organization_full'), text('text'), integer('former'),
  ],
  figures: [
    text('article_id'), integer('figure_index'), text('text'), real('value'), text('unit'), text('approx'),
    real('range_from'), real('range_to'), text('metric'), text('change_direction'), text('change_reference'),
    text('status'), text('period'), text('field'), integer('caption_index'), integer('span_start'), integer('span_end'),
  ],
  dates: [
    text('article_id'), integer('date_index'), text('text'), text('value'), text('grain'), text('to_value'),
    text('part_of_day'), text('inferred'), text('field'), integer('caption_index'), integer('span_start'), integer('span_end'),
  ],
};

/** Tables in the order rows of one record are written (parents before children). */
export const TABLE_ORDER: TableName[] = ['articles', 'errors', 'officials', 'positions', 'figures', 'dates'];

export type TableRows = Record<TableName, Cell[][]>;

export function emptyRows(): TableRows {
  return { articles: [], errors: [], officials: [], positions: [], figures: [], dates: [] };
}

const json = (v: unknown): string => JSON.stringify(v);
const fieldOf = (m: Located): string => m.field ?? 'text';
const captionIndexOf = (m: Located): number | null => (m.field === 'captions' ? m.index ?? null : null);

function articleRows(r: ArticleRecord, into: TableRows): void {
  into.articles.push([
    r.id, r.source, r.kind, r.url, r.site, r.language, r.title, r.lead, r.publishedAt, r.modifiedAt, r.section,
    json(r.authors), json(r.tags), json(r.captions), json(r.warnings), r.text,
    r.segmented?.title ?? null, r.segmented?.lead ?? null, r.segmented?.text ?? null,
  ]);
  r.officials.forEach((o, oi) => {
    into.officials.push([r.id, oi, o.name, o.gender, o.mentions.length, json(o.mentions)]);
    o.positions.forEach((p, pi) => {
      into.positions.push([r.id, oi, pi, p.title, p.organization, p.organizationFull, p.text, p.former ? 1 : 0]);
    });
  });
  r.figures.forEach((f, fi) => {
    into.figures.push([
      r.id, fi, f.text, f.value, f.unit, f.approx, f.range?.from ?? null, f.range?.to ?? null, f.metric,
      f.change?.direction ?? null, f.change?.reference ?? null, f.status, f.period, fieldOf(f), captionIndexOf(f),
      f.span[0], f.span[1],
    ]);
  });
  r.dates.forEach((d, di) => {
    into.dates.push([
      r.id, di, d.text, d.value, d.grain, d.to, d.partOfDay ?? null, json(d.inferred), fieldOf(d), captionIndexOf(d), d.span[0], d.span[1],
    ]);
  });
}

function errorRows(r: ErrorRecord, into: TableRows): void {
  into.errors.push([r.id, r.source, String(r.stage), r.error, r.url ?? null]);
}

/** One record → its rows, appended to `into` (article/listing → articles + children; error → errors). */
export function recordRows(record: OutputRecord, into: TableRows = emptyRows()): TableRows {
  if (record.kind === 'error') errorRows(record, into);
  else articleRows(record, into);
  return into;
}

/** Keys of each table, the same in every SQL store (SQLite sink, PostgreSQL store). */
export const TABLE_KEYS: Record<TableName, string[]> = {
  articles: ['PRIMARY KEY (id)'],
  errors: [],
  officials: ['PRIMARY KEY (article_id, official_index)', 'FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE'],
  positions: [
    'PRIMARY KEY (article_id, official_index, position_index)',
    'FOREIGN KEY (article_id, official_index) REFERENCES officials(article_id, official_index) ON DELETE CASCADE',
  ],
  figures: ['PRIMARY KEY (article_id, figure_index)', 'FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE'],
  dates: ['PRIMARY KEY (article_id, date_index)', 'FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE'],
};

/** The indexes researchers query by (issue #8): official name, figure metric/unit, date value; articles by source. */
export const QUERY_INDEXES: readonly string[] = [
  'CREATE INDEX IF NOT EXISTS officials_name ON officials(name)',
  'CREATE INDEX IF NOT EXISTS figures_metric_unit ON figures(metric, unit)',
  'CREATE INDEX IF NOT EXISTS figures_unit ON figures(unit)',
  'CREATE INDEX IF NOT EXISTS dates_value ON dates(value)',
  'CREATE INDEX IF NOT EXISTS articles_source ON articles(source)',
];
