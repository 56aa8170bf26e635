/** Checks for option values shared by the commands: each returns the value or a usage message. */

const ISO = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/;

export type Checked<T> = { value: T } | { usage: string };

/** `--published-at`: an ISO 8601 date or date-time, or absent. */
export function isoOption(name: string, v: string | undefined): Checked<string | undefined> {
  if (v !== undefined && !ISO.test(v)) return { usage: `--${name} wants an ISO 8601 date or time, got "${v}"` };
  return { value: v };
}

/** A positive whole number (`--max-bytes`, `--workers`, `--time-limit`), or absent. */
export function positiveIntOption(name: string, v: string | undefined): Checked<number | undefined> {
  if (v === undefined) return { value: undefined };
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? { value: n } : { usage: `--${name} wants a positive whole number, got "${v}"` };
}
