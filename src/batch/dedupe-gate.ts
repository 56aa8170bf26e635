/**
 * Which documents a worker should extract, asked once a worker has hashed them: not those the
 * ledger lists as done (--resume), nor those whose bytes an earlier input already had (their
 * record is a duplicate record, which needs no extraction).
 *
 * "Earlier" is input order (a document's place), so the outcome does not depend on which worker
 * hashes first: if a later copy was let through before the earlier one was asked about, both are
 * extracted, and the engine still writes the later one as the duplicate (it decides in output
 * order). Memory holds the ids let through and not yet committed to the ledger; the ledger answers
 * for the rest.
 */
import type { GateQuestion, GateVerdict } from './tasks.js';

/** What the gate needs of the ledger. */
export interface GateLedger {
  isDone(source: string, id: string): boolean;
  firstSourceOf(id: string): string | null;
}

export class DedupeGate {
  /** Content ids let through, not yet in the ledger → the earliest such input. */
  private readonly through = new Map<string, { place: number; source: string }>();

  constructor(private readonly ledger: GateLedger, private readonly resume: boolean) {}

  /** The verdict for a document at `place` (input order; any increasing number). */
  ask(place: number, q: GateQuestion): GateVerdict {
    if (this.resume && this.ledger.isDone(q.source, q.id)) return 'resumed';
    // Empty inputs all share one hash; they are errors, not duplicates of each other.
    if (!q.content || q.size === 0) return 'go';
    const earlier = this.through.get(q.id);
    if (earlier ? earlier.place < place : this.ledger.firstSourceOf(q.id) !== null) return 'duplicate';
    this.through.set(q.id, { place, source: q.source });
    return 'go';
  }

  /** The source let through first with this id, if it is not yet in the ledger. */
  firstSourceOf(id: string): string | null {
    return this.through.get(id)?.source ?? null;
  }

  /** These entries are in the ledger now: it answers for their ids from here on. */
  committed(entries: readonly { id: string; source: string }[]): void {
    for (const e of entries) if (this.through.get(e.id)?.source === e.source) this.through.delete(e.id);
  }

  /** Ids held in memory (for tests and the curious). */
  get size(): number {
    return this.through.size;
  }
}
