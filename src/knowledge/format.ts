/**
 * Rows out: a table for a terminal, CSV (RFC 4180, lists joined by "; "), or JSONL (one object per
 * row, the row as it is). Cells are cut to a width in the table only.
 */
export type OutputFormat = 'table' | 'jsonl' | 'csv';
export const OUTPUT_FORMATS: OutputFormat[] = ['table', 'jsonl', 'csv'];

export interface ColumnSpec<T> {
  header: string;
  cell: (row: T) => string | number | boolean | null | string[];
  /** Longest cell shown in the table (longer ones end in "…"). @default 40 */
  width?: number;
  align?: 'left' | 'right';
}

function text(v: string | number | boolean | null | string[]): string {
  if (v === null) return '';
  if (Array.isArray(v)) return v.join('; ');
  return String(v);
}

function cut(s: string, width: number): string {
  const chars = [...s];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : s;
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The lines of `rows` in a format; JSONL writes `json(row)`. */
export function formatRows<T>(rows: T[], columns: ColumnSpec<T>[], format: OutputFormat, json: (row: T) => unknown = (r) => r): string[] {
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(json(r)));
  if (format === 'csv') return [columns.map((c) => csvCell(c.header)).join(','), ...rows.map((r) => columns.map((c) => csvCell(text(c.cell(r)))).join(','))];
  const cells = rows.map((r) => columns.map((c) => cut(text(c.cell(r)).replace(/\s+/g, ' '), c.width ?? 40)));
  const widths = columns.map((c, i) => Math.max([...c.header].length, ...cells.map((row) => [...row[i]!].length)));
  const line = (row: string[]): string => row.map((cell, i) => {
    const pad = ' '.repeat(widths[i]! - [...cell].length);
    return columns[i]!.align === 'right' ? pad + cell : cell + pad;
  }).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)];
}
