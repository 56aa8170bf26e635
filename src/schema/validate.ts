/**
 * Validation of output records: the JSON Schema (schema/record.schema.json, shipped with the package)
 * for shape, plus the checks a schema cannot express — every span points into its field.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ArticleRecord, Located, OutputRecord } from '../record.js';

const schemaPath = fileURLToPath(new URL('../../schema/record.schema.json', import.meta.url));
export const recordSchema: object = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateShape = ajv.compile(recordSchema);

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

function fieldText(rec: ArticleRecord, m: Located): string | null {
  switch (m.field ?? 'text') {
    case 'text': return rec.text;
    case 'title': return rec.title;
    case 'lead': return rec.lead;
    case 'captions': return m.index === undefined ? null : rec.captions[m.index] ?? null;
    default: return null;
  }
}

function checkSpans(rec: ArticleRecord, errors: string[]): void {
  const check = (what: string, m: Located, expected?: string): void => {
    const s = fieldText(rec, m);
    const [a, b] = m.span;
    if (s === null || a > b || b > s.length) {
      errors.push(`${what}: span [${a}, ${b}) is outside field ${m.field ?? 'text'}`);
    } else if (expected !== undefined && s.slice(a, b) !== expected) {
      errors.push(`${what}: span [${a}, ${b}) reads "${s.slice(a, b)}", not "${expected}"`);
    }
  };
  rec.figures.forEach((f, i) => check(`figures[${i}]`, f, f.text));
  rec.dates.forEach((d, i) => check(`dates[${i}]`, d, d.text));
  rec.officials.forEach((o, i) => o.mentions.forEach((m, j) => check(`officials[${i}].mentions[${j}]`, m)));
}

/** Validate one record against the contract; never throws. */
export function validateRecord(record: unknown): ValidationResult {
  const errors: string[] = [];
  if (!validateShape(record)) {
    for (const e of validateShape.errors ?? []) errors.push(`${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
    return { valid: false, errors };
  }
  const rec = record as OutputRecord;
  if (rec.kind !== 'error') checkSpans(rec, errors);
  return { valid: errors.length === 0, errors };
}
