/** The streams a command talks to; tests pass their own. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const processIO: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** Exit codes shared by every command. */
export const EXIT = {
  /** Every input yielded a record (error records count). */
  ok: 0,
  /** The run could not do its job (an output could not be written, a store could not be opened). */
  failure: 1,
  /** Bad usage: unknown command or option, missing argument. */
  usage: 2,
} as const;

/** Write and wait for the stream to drain when it asks to (bounded memory on large outputs). */
export function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> | void {
  if (!out.write(line + '\n')) return new Promise((resolve) => out.once('drain', () => resolve()));
}
