/**
 * The in-flight batch plan (main/hub/features/sync/in-flight.ts) against a model of the outbox and of
 * central, under random schedules: batches acknowledged out of order, batches that fail, replies
 * lost after central stored the batch (so it is sent again), and new events arriving meanwhile.
 * Whatever the schedule: a visit is never in two batches in flight, central first sees each
 * visit's events in the hub's order, every event is stored exactly once, and the acknowledged
 * prefix never passes an event that is still waiting.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acknowledgedPrefix,
  InFlightPlan,
  type PlannedBatch,
} from '../../main/hub/features/sync/in-flight.js';

interface Row {
  seq: number;
  visit: string;
}

type Settle = 'ack' | 'fail' | 'lost_reply';

function simulate(opts: {
  initial: string[];
  arrivals: string[];
  choices: number[];
  size: number;
  inFlight: number;
}) {
  let seq = 0;
  const outbox = new Map<number, Row>();
  const write = (visit: string) => {
    seq++;
    outbox.set(seq, { seq, visit });
  };
  for (const v of opts.initial) write(v);
  const arrivals = [...opts.arrivals];
  const stored = new Map<number, number>(); // seq → times stored (central dedupes, so this stays 1)
  const firstArrival: Row[] = [];
  const read = (after: number, limit: number) =>
    [...outbox.values()]
      .filter((r) => r.seq > after)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit);
  const centralReceives = (rows: readonly Row[]) => {
    for (const r of rows) {
      if (!stored.has(r.seq)) firstArrival.push(r);
      stored.set(r.seq, 1);
    }
  };
  let choice = 0;
  // Once the random choices run out every batch is acknowledged, as when the link comes back.
  const pick = (n: number) => (choice < opts.choices.length ? opts.choices[choice++]! % n : 0);
  const violations: string[] = [];

  let plan = new InFlightPlan<Row>((r) => r.visit);
  const open: PlannedBatch<Row>[] = [];
  let failedRound = false;
  for (let round = 0; round < 10_000; round++) {
    if (arrivals.length && pick(3) === 0) write(arrivals.shift()!);
    // Launch what the plan allows, as the worker does, unless this round already failed.
    while (!failedRound && open.length < opts.inFlight) {
      const batch = plan.next(read, opts.size);
      if (!batch) break;
      if (batch.rows.length > opts.size) violations.push('batch larger than asked');
      const visits = new Set(batch.rows.map((r) => r.visit));
      for (const other of open)
        for (const r of other.rows)
          if (visits.has(r.visit)) violations.push(`visit ${r.visit} in two batches in flight`);
      open.push(batch);
    }
    if (open.length === 0) {
      if (failedRound) {
        // The worker backs off and starts a new plan from the oldest row.
        plan = new InFlightPlan<Row>((r) => r.visit);
        failedRound = false;
        continue;
      }
      if (arrivals.length) continue;
      break;
    }
    // One batch settles, in any order.
    const [batch] = open.splice(pick(open.length), 1);
    const settle: Settle = (['ack', 'ack', 'ack', 'fail', 'lost_reply'] as const)[pick(5)]!;
    if (settle === 'fail') failedRound = true;
    else if (settle === 'lost_reply') {
      centralReceives(batch!.rows);
      failedRound = true;
    } else {
      centralReceives(batch!.rows);
      for (const r of batch!.rows) outbox.delete(r.seq);
      plan.acknowledged(batch!.id);
      const prefix = acknowledgedPrefix(outbox.size ? Math.min(...outbox.keys()) : null, seq);
      for (const s of outbox.keys())
        if (s <= prefix) violations.push(`prefix ${prefix} passed waiting event ${s}`);
    }
  }
  return { outbox, stored, firstArrival, violations, written: seq };
}

const visitIds = fc.constantFrom('v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7');

describe('in-flight batch plan', () => {
  it('keeps per-visit order and exactly-once under any order of acknowledgements and failures', () => {
    fc.assert(
      fc.property(
        fc.array(visitIds, { maxLength: 60 }),
        fc.array(visitIds, { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 200 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        (initial, arrivals, choices, size, inFlight) => {
          const r = simulate({ initial, arrivals, choices, size, inFlight });
          expect(r.violations).toEqual([]);
          expect(r.outbox.size).toBe(0);
          // Exactly once: every written event stored, none twice (central dedupes by id).
          expect([...r.stored.keys()].sort((a, b) => a - b)).toEqual(
            Array.from({ length: r.written }, (_, i) => i + 1),
          );
          // Per-visit order of first arrival at central is the hub's order.
          const byVisit = new Map<string, number[]>();
          for (const row of r.firstArrival)
            byVisit.set(row.visit, [...(byVisit.get(row.visit) ?? []), row.seq]);
          for (const seqs of byVisit.values()) expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('holds back a visit already in flight and sends it, oldest first, once acknowledged', () => {
    const rows: Row[] = [
      { seq: 1, visit: 'a' },
      { seq: 2, visit: 'b' },
      { seq: 3, visit: 'a' },
      { seq: 4, visit: 'c' },
      { seq: 5, visit: 'a' },
    ];
    const read = (after: number, limit: number) => rows.filter((r) => r.seq > after).slice(0, limit);
    const plan = new InFlightPlan<Row>((r) => r.visit);
    const first = plan.next(read, 2)!;
    expect(first.rows.map((r) => r.seq)).toEqual([1, 2]);
    const second = plan.next(read, 2)!;
    // 3 and 5 belong to visit a, which is in flight: they wait.
    expect(second.rows.map((r) => r.seq)).toEqual([4]);
    expect(plan.next(read, 2)).toBeNull();
    expect(plan.inFlight).toBe(2);
    plan.acknowledged(second.id);
    expect(plan.next(read, 2)).toBeNull();
    plan.acknowledged(first.id);
    expect(plan.next(read, 2)!.rows.map((r) => r.seq)).toEqual([3, 5]);
  });

  it('derives the acknowledged prefix from the oldest waiting event', () => {
    expect(acknowledgedPrefix(7, 20)).toBe(6);
    expect(acknowledgedPrefix(null, 20)).toBe(20);
  });
});
