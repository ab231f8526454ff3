/**
 * Running counts of the visits in memory, kept as the state changes, for the waiting-time look-ahead's
 * inputs (estimate.ts): the recent pace of arrivals per queue and class, when the first ticket in memory
 * was issued, and the share of finished visits whose citizen left. Those were a walk over every visit
 * in memory, once per look-ahead: a busy hub runs one per batch it decides, and late in a day that is
 * thousands of visits each time. Here a read costs a binary search per queue and class.
 *
 * Exactly the walk's answers, including its order: a key's arrivals take the priority of the first of
 * them in the state's visit order (a Map's insertion order, which `seq` mirrors), and keys come in the
 * order the walk first met them. applyChange, forgetFinishedBefore and replaceCatalogue keep it
 * (state.ts); a restart rebuilds it with the state, from the store. Pure.
 */
import type { Service } from '../contract/catalogue.js';
import type { Visit } from '../contract/visit.js';

/** Where and how a visit arrived: a(ppointment), p(riority), n(ormal); tp/tn sent on from another queue. */
type ArrivalClass = 'a' | 'p' | 'n' | 'tp' | 'tn';

interface Arrival {
  at: number;
  /** The visit's place in the state's visit order. */
  seq: number;
  priority: Visit['priority'];
}

/** The arrivals of one queue and class in a time window, as the look-ahead's expected walk-ins read them. */
export interface RecentArrivals {
  queueId: string;
  /** As the first of them in the state's visit order arrived. */
  priority: Visit['priority'];
  /** Sent on from another queue after a first service: placed ahead of most of those waiting. */
  front: boolean;
  n: number;
}

/** One queue and class: arrivals kept in time order (then visit order). */
class ArrivalLine {
  readonly entries: Arrival[] = [];
  /** Neighbours whose visit order goes down: while there are none, the first in time is the first in visit order. */
  private disorders = 0;

  constructor(
    readonly queueId: string,
    readonly front: boolean,
  ) {}

  /** Index of the first entry at or after (at, seq). */
  private locate(at: number, seq: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const e = this.entries[mid]!;
      if (e.at < at || (e.at === at && e.seq < seq)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first entry after `at` (inclusive: false) or at or after it (true). */
  private bound(at: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const t = this.entries[mid]!.at;
      if (t < at || (!inclusive && t === at)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private disorderAt(a: Arrival | undefined, b: Arrival | undefined): number {
    return a && b && a.seq > b.seq ? 1 : 0;
  }

  insert(e: Arrival): void {
    const i = this.locate(e.at, e.seq);
    const prev = this.entries[i - 1];
    const next = this.entries[i];
    this.disorders += this.disorderAt(prev, e) + this.disorderAt(e, next) - this.disorderAt(prev, next);
    this.entries.splice(i, 0, e);
  }

  remove(e: Arrival): void {
    const i = this.locate(e.at, e.seq);
    if (this.entries[i]?.seq !== e.seq) return;
    const prev = this.entries[i - 1];
    const next = this.entries[i + 1];
    this.disorders -= this.disorderAt(prev, e) + this.disorderAt(e, next) - this.disorderAt(prev, next);
    this.entries.splice(i, 1);
  }

  /** How many arrived in [since, until], and the first of them in visit order. */
  within(since: number, until: number): { n: number; first: Arrival } | undefined {
    const lo = this.bound(since, true);
    const hi = this.bound(until, false);
    if (hi <= lo) return undefined;
    let first = this.entries[lo]!;
    // Transfers (and a clock set back) put later visits at earlier times: read the window then.
    if (this.disorders > 0)
      for (let i = lo + 1; i < hi; i++) if (this.entries[i]!.seq < first.seq) first = this.entries[i]!;
    return { n: hi - lo, first };
  }
}

/** What one visit added to the counts, to take it back out when the visit changes or leaves memory. */
interface Part {
  seq: number;
  issuedAt: number;
  issued: { line: ArrivalLine; arrival: Arrival };
  transfer: { line: ArrivalLine; arrival: Arrival } | null;
  ended: 'left' | 'completed' | null;
}

const classOf = (priority: Visit['priority'], transferred: boolean): ArrivalClass =>
  transferred ? (priority ? 'tp' : 'tn') : priority === 'appointment' ? 'a' : priority ? 'p' : 'n';

export class ArrivalCounts {
  private readonly lines = new Map<string, ArrivalLine>();
  private readonly parts = new Map<string, Part>();
  /** Every visit's issue time, sorted: the first is when the day's pace can be read from. */
  private readonly issuedTimes: number[] = [];
  private nextSeq = 0;
  private left = 0;
  private ended = 0;

  /**
   * A visit as the state now holds it (before or after it is written: the counts read only the
   * visit). New ids go last in visit order, as they do in the state's Map.
   */
  put(v: Visit, services: ReadonlyMap<string, Service>): void {
    const old = this.parts.get(v.id);
    const seq = old?.seq ?? this.nextSeq++;
    // Where the visit arrived: a transferred one has moved on since.
    const arrivedIn = services.get(v.serviceIds[0] ?? '')?.queueId ?? v.queueId;
    const issued = this.placed(old?.issued, arrivedIn, classOf(v.priority, false), {
      at: v.issuedAt,
      seq,
      priority: v.priority,
    });
    const transfer =
      v.transferCount > 0
        ? this.placed(old?.transfer ?? undefined, v.queueId, classOf(v.priority, true), {
            at: v.queuedAt,
            seq,
            priority: v.priority,
          })
        : null;
    if (old?.transfer && !transfer) old.transfer.line.remove(old.transfer.arrival);
    if (old?.issuedAt !== v.issuedAt) {
      if (old) removeSorted(this.issuedTimes, old.issuedAt);
      insertSorted(this.issuedTimes, v.issuedAt);
    }
    const ended =
      v.status === 'cancelled' || v.status === 'no_show'
        ? 'left'
        : v.status === 'completed'
          ? 'completed'
          : null;
    this.count(old?.ended ?? null, -1);
    this.count(ended, 1);
    this.parts.set(v.id, { seq, issuedAt: v.issuedAt, issued, transfer, ended });
  }

  /** A visit leaves memory (finished visits of earlier days). */
  drop(id: string): void {
    const old = this.parts.get(id);
    if (!old) return;
    old.issued.line.remove(old.issued.arrival);
    if (old.transfer) old.transfer.line.remove(old.transfer.arrival);
    removeSorted(this.issuedTimes, old.issuedAt);
    this.count(old.ended, -1);
    this.parts.delete(id);
  }

  /** When the earliest visit in memory was issued (undefined: none is). */
  earliestIssuedAt(): number | undefined {
    return this.issuedTimes[0];
  }

  /** Per queue and class, those who arrived in [since, until], in the order a walk of the visits meets them. */
  recent(since: number, until: number): RecentArrivals[] {
    const found: (RecentArrivals & { seq: number })[] = [];
    for (const line of this.lines.values()) {
      const w = line.within(since, until);
      if (w)
        found.push({
          queueId: line.queueId,
          priority: w.first.priority,
          front: line.front,
          n: w.n,
          seq: w.first.seq,
        });
    }
    // A walk meets a visit's arrival before its transfer.
    found.sort((a, b) => a.seq - b.seq || Number(a.front) - Number(b.front));
    return found.map(({ seq: _seq, ...r }) => r);
  }

  /** Share of finished visits that ended with the citizen gone (cancelled or no-show), once 10 have ended. */
  leaveShare(): number {
    return this.ended >= 10 ? Math.min(0.5, this.left / this.ended) : 0;
  }

  private count(ended: Part['ended'], by: number): void {
    if (ended === null) return;
    this.ended += by;
    if (ended === 'left') this.left += by;
  }

  /** The arrival in its line, moved only when its line, time or priority changed. */
  private placed(
    old: { line: ArrivalLine; arrival: Arrival } | undefined,
    queueId: string,
    cls: ArrivalClass,
    arrival: Arrival,
  ): { line: ArrivalLine; arrival: Arrival } {
    const line = this.line(queueId, cls);
    if (
      old &&
      old.line === line &&
      old.arrival.at === arrival.at &&
      old.arrival.priority === arrival.priority
    )
      return old;
    if (old) old.line.remove(old.arrival);
    line.insert(arrival);
    return { line, arrival };
  }

  private line(queueId: string, cls: ArrivalClass): ArrivalLine {
    const key = `${queueId}|${cls}`;
    let line = this.lines.get(key);
    if (!line) {
      line = new ArrivalLine(queueId, cls === 'tp' || cls === 'tn');
      this.lines.set(key, line);
    }
    return line;
  }
}

function sortedIndex(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(xs: number[], x: number): void {
  xs.splice(sortedIndex(xs, x), 0, x);
}

function removeSorted(xs: number[], x: number): void {
  const i = sortedIndex(xs, x);
  if (xs[i] === x) xs.splice(i, 1);
}
