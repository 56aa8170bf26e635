/**
 * Puts results that finish out of order back into input order: results wait here until every
 * earlier sequence number has been released. The batch engine bounds the number of sequence numbers
 * in flight, which bounds this buffer.
 */
export class ReorderBuffer<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;

  /** Accept result `seq` and return the results now releasable, in order (possibly none). */
  put(seq: number, value: T): T[] {
    if (seq < this.next || this.waiting.has(seq)) throw new Error(`sequence number ${seq} delivered twice`);
    this.waiting.set(seq, value);
    const ready: T[] = [];
    while (this.waiting.has(this.next)) {
      ready.push(this.waiting.get(this.next) as T);
      this.waiting.delete(this.next);
      this.next++;
    }
    return ready;
  }

  /** Results held back, waiting for an earlier one. */
  get size(): number {
    return this.waiting.size;
  }
}
