/**
 * Which outbox rows go into the next batch when several batches are in flight at once. Pure: the
 * outbox is read through the function it is given, nothing else is touched.
 *
 * Per-visit order: a visit's events are never in two batches in flight at the same time. A row
 * whose visit is already in flight is held back (deferred) until that batch is acknowledged,
 * and then goes out before any later row of the same visit. So each visit's events reach central
 * in the hub's order even though batches overtake each other, and central applies them in order.
 *
 * The durable cursor stays the outbox itself: an acknowledged batch's rows are deleted, the rest
 * stay. A failure therefore needs no bookkeeping here: the caller lets the other batches settle
 * and starts a new plan, which reads the outbox again from its oldest row.
 */

export interface PlannedBatch<R> {
  id: number;
  rows: R[];
}

/** Reads up to `limit` outbox rows with a seq above `afterSeq`, in seq order. */
export type ReadAfter<R> = (afterSeq: number, limit: number) => R[];

export class InFlightPlan<R extends { seq: number }> {
  /** Visits with an unacknowledged batch in flight → that batch. */
  private readonly busy = new Map<string, number>();
  private readonly open = new Map<number, string[]>();
  /** Rows read but held back because their visit was in flight, oldest first. */
  private deferred: R[] = [];
  /** Highest seq read from the outbox by this plan. */
  private readTo = 0;
  private nextId = 1;

  constructor(
    private readonly visitOf: (row: R) => string,
    /** Held-back rows past this stop further reading until batches are acknowledged (bounds memory). */
    private readonly maxDeferred = 10_000,
  ) {}

  get inFlight(): number {
    return this.open.size;
  }

  /** The next batch of at most `size` rows, or null when nothing can go out until a batch is acknowledged. */
  next(read: ReadAfter<R>, size: number): PlannedBatch<R> | null {
    const rows: R[] = [];
    const visits = new Set<string>();
    const held: R[] = [];
    const consider = (row: R) => {
      const visit = this.visitOf(row);
      if (rows.length < size && !this.busy.has(visit)) {
        rows.push(row);
        visits.add(visit);
      } else held.push(row);
    };
    // Held-back rows are older than anything unread, so they are considered first.
    for (const row of this.deferred) consider(row);
    this.deferred = held;
    while (rows.length < size && this.deferred.length < this.maxDeferred) {
      const fresh = read(this.readTo, size - rows.length);
      if (fresh.length === 0) break;
      for (const row of fresh) {
        this.readTo = row.seq;
        consider(row);
      }
    }
    if (rows.length === 0) return null;
    const id = this.nextId++;
    for (const visit of visits) this.busy.set(visit, id);
    this.open.set(id, [...visits]);
    return { id, rows };
  }

  /** Central acknowledged the batch (its rows are gone from the outbox): its visits may go out again. */
  acknowledged(id: number): void {
    for (const visit of this.open.get(id) ?? []) if (this.busy.get(visit) === id) this.busy.delete(visit);
    this.open.delete(id);
  }
}

/**
 * The highest seq below which every event has been acknowledged: one less than the oldest row
 * still in the outbox. Batches acknowledged out of order never move it past an unacknowledged one.
 */
export function acknowledgedPrefix(oldestPendingSeq: number | null, newestWrittenSeq: number): number {
  return oldestPendingSeq === null ? newestWrittenSeq : oldestPendingSeq - 1;
}
