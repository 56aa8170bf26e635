/**
 * An append-only text file that can be rolled back to a byte offset: the JSONL and CSV sinks use it
 * so that a run killed mid-line resumes with the torn line cut off and nothing written twice.
 */
import { closeSync, existsSync, fdatasyncSync, openSync, statSync, truncateSync, writeSync } from 'node:fs';

export class AppendFile {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingChars = 0;
  /** Bytes durably written (what a checkpoint records). */
  size: number;

  /**
   * @param path the file
   * @param resumeAt byte offset of the last checkpoint to continue from; undefined starts a new file
   * @param header written first when the file starts empty (CSV header line)
   */
  constructor(readonly path: string, resumeAt?: number, header?: string) {
    if (resumeAt === undefined) {
      this.fd = openSync(path, 'w');
      this.size = 0;
    } else {
      const actual = existsSync(path) ? statSync(path).size : -1;
      if (actual < resumeAt) {
        throw new Error(`cannot resume: ${path} holds ${Math.max(actual, 0)} bytes, the ledger expects at least ${resumeAt}`);
      }
      // Anything after the checkpoint (a torn last line, records the ledger never saw) goes.
      if (actual > resumeAt) truncateSync(path, resumeAt);
      this.fd = openSync(path, 'a');
      this.size = resumeAt;
    }
    if (this.size === 0 && header) this.append(header);
  }

  append(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    // Keep the buffer small on huge records; flush() still decides what is durable.
    if (this.pendingChars > 1 << 22) this.writePending();
  }

  private writePending(): void {
    if (this.pending.length === 0) return;
    const buf = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
    this.size += buf.length;
  }

  /** Write the buffer and sync it to disk; returns the durable size. */
  flush(): number {
    this.writePending();
    fdatasyncSync(this.fd);
    return this.size;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
