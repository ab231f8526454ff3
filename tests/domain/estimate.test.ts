import { describe, expect, it } from 'vitest';
import {
  MIN_SAMPLES,
  countersServing,
  estimateFor,
  estimateQueue,
  estimateVisit,
  peopleAhead,
  quickestWait,
  rangeAround,
  serviceTimeStats,
  shownRange,
  QUICK_SERVICE_SHARE,
  type ServiceTimeStats,
} from '../../shared/domain/estimate.js';
import { waitShown } from '../../shared/domain/wait-shown.js';
import { recordServiceTime, replaceCatalogue } from '../../shared/domain/state.js';
import { cloneCatalogue, harness, MINUTE, snapshot } from './helpers.js';

describe('service-time statistics', () => {
  it('uses the expected minutes with half the mean as spread until MIN_SAMPLES exist', () => {
    const few = Array.from({ length: MIN_SAMPLES - 1 }, () => 30 * MINUTE);
    expect(serviceTimeStats(few, 8)).toEqual({ meanMs: 8 * MINUTE, sdMs: 4 * MINUTE, fromHistory: false });
    expect(serviceTimeStats(undefined, 8).fromHistory).toBe(false);
  });

  it('switches to the recorded history at MIN_SAMPLES', () => {
    const samples = [10, 20, 30, 40, 50].map((m) => m * MINUTE);
    expect(samples.length).toBe(MIN_SAMPLES);
    const s = serviceTimeStats(samples, 8);
    expect(s.fromHistory).toBe(true);
    expect(s.meanMs).toBe(30 * MINUTE);
    expect(s.sdMs).toBeCloseTo(Math.sqrt(250) * MINUTE, 6);
  });

  it('spreads the part-served head start over the counters: k+1 completions at c times the rate', () => {
    const stats = { meanMs: 6 * MINUTE, sdMs: 0, fromHistory: true };
    expect(estimateFor(0, 1, stats).p50).toBeCloseTo(3, 9);
    expect(estimateFor(5, 3, stats).p50).toBeCloseTo((6 / 3 - 0.5 / 3) * 6, 9);
    // Next in line with every counter busy still waits for one of them to free up.
    expect(estimateFor(0, 3, stats).p50).toBeGreaterThan(0);
  });

  it('p90 is never below p50, and both grow with the line', () => {
    const stats = serviceTimeStats(undefined, 10);
    let prev = { p50: -1, p90: -1 };
    for (let ahead = 0; ahead < 30; ahead++) {
      const e = estimateFor(ahead, 2, stats);
      expect(e.p90).toBeGreaterThanOrEqual(e.p50);
      expect(e.p50).toBeGreaterThan(prev.p50);
      expect(e.p90).toBeGreaterThan(prev.p90);
      prev = e;
    }
  });
});

describe('waiting-time estimate in the engine', () => {
  it('more open counters serving the queue give a shorter estimate', () => {
    const h = harness();
    const visits = Array.from({ length: 12 }, () => h.issue('eid-renew'));
    const last = visits[visits.length - 1]!;
    const none = estimateVisit(h.state, last, h.now);
    expect(none.counters).toBe(0);
    expect(none.ahead).toBe(11);
    const results = [];
    for (const [c, s] of [
      ['c1', 's1'],
      ['c2', 's2'],
      ['c3', 's3'],
    ] as const) {
      h.open(c, s);
      results.push(estimateVisit(h.state, last, h.now));
    }
    expect(results.map((r) => r.counters)).toEqual([1, 2, 3]);
    // Zero counters is estimated as one (the simple formula, with the part-served head start).
    expect(none.p50Minutes).toBeCloseTo(11.5 * 9, 1);
    // One free counter calls the first at once: 11 services of (8 + 10) / 2 = 9 minutes ahead of the last.
    expect(results[0]!.p50Minutes).toBeCloseTo(11 * 9, 1);
    expect(results[1]!.p50Minutes).toBeLessThan(results[0]!.p50Minutes);
    expect(results[2]!.p50Minutes).toBeLessThan(results[1]!.p50Minutes);
    expect(results[2]!.p90Minutes).toBeLessThan(results[1]!.p90Minutes);
    // A counter on break does not count now, but helps once back from a typical break.
    h.run('setCounterStatus', { counterId: 'c3', status: 'break', reason: 'prayer' }, h.staff('s3'));
    const onBreak = estimateVisit(h.state, last, h.now).p50Minutes;
    expect(onBreak).toBeLessThan(results[1]!.p50Minutes);
    expect(onBreak).toBeGreaterThan(results[2]!.p50Minutes);
    expect(countersServing(h.state, 'q-identity')).toBe(2);
  });

  it('the first in line waits less than the last; priority tickets count the interleave', () => {
    const h = harness();
    const normals = Array.from({ length: 6 }, () => h.issue('eid-renew'));
    const prio = h.issue('eid-renew', { priority: 'senior' });
    h.open('c1', 's1');
    const first = estimateVisit(h.state, normals[0]!, h.now);
    const last = estimateVisit(h.state, normals[5]!, h.now);
    expect(first.p50Minutes).toBeLessThan(last.p50Minutes);
    expect(peopleAhead(h.state, prio, { priority: 2, normal: 1 })).toBe(0);
    // The last normal ticket has 5 normal and the one priority ticket ahead.
    expect(peopleAhead(h.state, normals[5]!, { priority: 2, normal: 1 })).toBe(6);
    expect(estimateQueue(h.state, 'q-identity', h.now).ahead).toBe(7);
  });

  it('history replaces the expected minutes once MIN_SAMPLES transactions were recorded', () => {
    const h = harness();
    h.open('c1', 's1');
    const serveOne = (minutes: number) => {
      const v = h.issue('eid-renew');
      h.callNext('c1', 's1');
      h.run('startServing', { counterId: 'c1', visitId: v.id }, h.staff('s1'));
      h.advance(minutes * MINUTE);
      h.run(
        'complete',
        { counterId: 'c1', visitId: v.id, services: [{ serviceId: 'eid-renew', outcome: 'ok', notes: '' }] },
        h.staff('s1'),
      );
    };
    for (let i = 0; i < MIN_SAMPLES - 1; i++) serveOne(30);
    const waiting = Array.from({ length: 5 }, () => h.issue('eid-renew'));
    const last = waiting[4]!;
    // Expected minutes: the queue's services average (8 + 10) / 2 = 9; the free counter serves the 4 ahead first.
    const before = estimateVisit(h.state, last, h.now);
    expect(before.p50Minutes).toBeCloseTo(4 * 9, 1);
    recordServiceTime(h.state, 'q-identity', 30 * MINUTE);
    const after = estimateVisit(h.state, last, h.now);
    expect(after.p50Minutes).toBeCloseTo(4 * 30, 1);
    // Identical samples have no spread, but the range still allows for what the projection cannot see.
    expect(after.p10Minutes).toBeLessThan(after.p50Minutes);
    expect(after.p90Minutes).toBeGreaterThan(after.p50Minutes);
  });

  it('flags pastClosing when the line will not be served before closing time', () => {
    const h = harness();
    h.open('c1', 's1');
    const v = h.issue('eid-renew');
    expect(estimateVisit(h.state, v, h.now).pastClosing).toBe(false);
    // Sunday 19:50 in Dubai, 10 minutes before closing, with a line of 5.
    h.now = Date.UTC(2025, 2, 2, 15, 50);
    const late = Array.from({ length: 5 }, () => h.issue('eid-renew'));
    const e = estimateVisit(h.state, late[4]!, h.now);
    expect(e.p50Minutes).toBeGreaterThan(10);
    expect(e.pastClosing).toBe(true);
    expect(estimateQueue(h.state, 'q-identity', h.now).pastClosing).toBe(true);
    // The same line at 08:00 is fine.
    expect(estimateVisit(h.state, late[4]!, Date.UTC(2025, 2, 2, 4, 0)).pastClosing).toBe(false);
    // Saturday: closed all day.
    expect(estimateVisit(h.state, v, Date.UTC(2025, 2, 8, 6, 0)).pastClosing).toBe(true);
    // Friday closes at 12:00: 11:55 with a line is past closing, 09:00 is not.
    expect(estimateVisit(h.state, late[4]!, Date.UTC(2025, 2, 7, 7, 55)).pastClosing).toBe(true);
    expect(estimateVisit(h.state, late[4]!, Date.UTC(2025, 2, 7, 5, 0)).pastClosing).toBe(false);
  });

  it('a centre open round the clock does not close at midnight: no wait passes closing at 23:50', () => {
    const catalogue = cloneCatalogue();
    catalogue.centre.openingHours = catalogue.centre.openingHours.map(() => ({
      open: '00:00',
      close: '00:00',
    }));
    const h = harness({ catalogue });
    h.open('c1', 's1');
    // Sunday 23:50 in Dubai with a line of 5: the centre runs on into Monday.
    h.now = Date.UTC(2025, 2, 2, 19, 50);
    const late = Array.from({ length: 5 }, () => h.issue('eid-renew'));
    expect(estimateVisit(h.state, late[4]!, h.now).p50Minutes).toBeGreaterThan(10);
    expect(estimateVisit(h.state, late[4]!, h.now).pastClosing).toBe(false);
    expect(estimateQueue(h.state, 'q-identity', h.now).pastClosing).toBe(false);
    // Monday closed: Sunday's midnight is then a real closing.
    catalogue.centre.openingHours[1] = null;
    replaceCatalogue(h.state, cloneCatalogue(catalogue));
    expect(estimateVisit(h.state, late[4]!, h.now).pastClosing).toBe(true);
  });
});

describe('the estimate looks ahead with the real calling rules', () => {
  it('counts a counter that reaches the queue only when its own queue is empty', () => {
    const h = harness();
    const identity = Array.from({ length: 8 }, () => h.issue('eid-renew'));
    const last = identity[7]!;
    h.open('c1', 's1');
    const alone = estimateVisit(h.state, last, h.now).p50Minutes;
    // c4 (traffic) ends with "longest wait anywhere": with no traffic it helps identity.
    h.open('c4', 's4');
    const helped = estimateVisit(h.state, last, h.now).p50Minutes;
    expect(helped).toBeLessThan(alone);
    // With a traffic line of its own it serves that first, so it helps identity less.
    Array.from({ length: 6 }, () => h.issue('licence-renew'));
    const busy = estimateVisit(h.state, last, h.now).p50Minutes;
    expect(busy).toBeGreaterThan(helped);
    expect(busy).toBeLessThanOrEqual(alone);
  });

  it('a later priority ticket is called before earlier normal ones (the interleave)', () => {
    const h = harness();
    h.open('c1', 's1');
    const busyWith = h.issue('eid-renew');
    h.callNext('c1', 's1');
    const normals = Array.from({ length: 5 }, () => h.issue('eid-renew'));
    const prio = h.issue('eid-renew', { priority: 'senior' });
    expect(busyWith.id).not.toBe(prio.id);
    expect(estimateVisit(h.state, prio, h.now).p50Minutes).toBeLessThan(
      estimateVisit(h.state, normals[1]!, h.now).p50Minutes,
    );
  });

  it('the first in line waits for the rest of the service in hand', () => {
    const h = harness();
    h.open('c1', 's1');
    const served = h.issue('eid-renew');
    h.callNext('c1', 's1');
    h.run('startServing', { counterId: 'c1', visitId: served.id }, h.staff('s1'));
    const next = h.issue('eid-renew');
    h.advance(6 * MINUTE);
    // Mean 9 minutes, 6 already spent.
    expect(estimateVisit(h.state, next, h.now).p50Minutes).toBeCloseTo(3, 1);
  });

  it('follows a change at the same instant and never writes the state', () => {
    const h = harness();
    h.open('c1', 's1');
    h.open('c2', 's2');
    const line = Array.from({ length: 6 }, () => h.issue('eid-renew'));
    const before = snapshot(h.state);
    const two = estimateVisit(h.state, line[5]!, h.now);
    expect(snapshot(h.state)).toBe(before);
    h.run('setCounterStatus', { counterId: 'c2', status: 'closed' }, h.staff('s2'));
    const one = estimateVisit(h.state, line[5]!, h.now);
    expect(one.p50Minutes).toBeGreaterThan(two.p50Minutes);
    expect(one.p10Minutes!).toBeLessThanOrEqual(one.p50Minutes);
    expect(one.p90Minutes).toBeGreaterThan(one.p50Minutes);
  });

  it('the queue estimate shown before issuing is the one the ticket then gets', () => {
    const h = harness();
    h.open('c1', 's1');
    h.open('c4', 's4');
    // An empty queue with a free counter: no wait.
    expect(estimateQueue(h.state, 'q-identity', h.now).p50Minutes).toBe(0);
    Array.from({ length: 7 }, (_, i) => h.issue('eid-renew', { priority: i === 3 ? 'senior' : null }));
    Array.from({ length: 4 }, () => h.issue('licence-renew'));
    h.callNext('c1', 's1');
    h.advance(2 * MINUTE);
    for (const serviceId of ['eid-renew', 'licence-renew', 'building-permit']) {
      const queueId = h.state.config.services.get(serviceId)!.queueId;
      const shown = estimateQueue(h.state, queueId, h.now);
      const ticket = estimateVisit(h.state, h.issue(serviceId), h.now);
      expect(ticket.p50Minutes).toBe(shown.p50Minutes);
      expect(ticket.p90Minutes).toBe(shown.p90Minutes);
    }
  });
});

/**
 * One look-ahead serves a snapshot, cached on the state's version. A key made of line sizes (as it was)
 * served the estimate from before a move that keeps every size: these failed with it.
 */
describe('recycled tickets in the look-ahead', () => {
  it('places a recycled ticket when its delay is over, after those the counter calls meanwhile', () => {
    const h = harness();
    h.open('c1', 's1');
    const recycled = h.issue('eid-renew');
    h.callNext('c1', 's1');
    h.run('recycle', { counterId: 'c1', visitId: recycled.id }, h.staff('s1'));
    h.advance(2 * MINUTE);
    // Alone: called when the 10 recycle minutes are over, 8 from now (the old formula said about 4.5).
    expect(estimateVisit(h.state, h.visit(recycled.id), h.now).p50Minutes).toBe(8);
    // With two people behind it, the free counter serves one of them meanwhile (9 minutes); by then the
    // delay is over and the recycled ticket, still first by its place, is called before the other.
    const behind = Array.from({ length: 2 }, () => h.issue('eid-renew'));
    expect(estimateVisit(h.state, h.visit(recycled.id), h.now).p50Minutes).toBe(9);
    expect(estimateVisit(h.state, behind[1]!, h.now).p50Minutes).toBe(18);
  });
});

describe('counters on break in the look-ahead', () => {
  it("expect a counter back after the centre's typical break, 20 minutes unless it sets its own", () => {
    const h = harness();
    h.open('c1', 's1');
    h.run('setCounterStatus', { counterId: 'c1', status: 'break', reason: 'prayer' }, h.staff('s1'));
    const v = h.issue('eid-renew');
    h.advance(5 * MINUTE);
    expect(estimateVisit(h.state, v, h.now).p50Minutes).toBe(15);
    const catalogue = cloneCatalogue(h.state.config.catalogue);
    catalogue.centre.typicalBreakMinutes = 35;
    replaceCatalogue(h.state, catalogue);
    expect(estimateVisit(h.state, v, h.now).p50Minutes).toBe(30);
  });
});

describe('the cached look-ahead never serves a stale estimate', () => {
  it('follows a ticket moved back in its line ("I am running late") at the same instant', () => {
    const h = harness();
    h.open('c1', 's1');
    // Moved one place back, between the second and the third: no size nor the next arrival key changes.
    const [first, second, third] = Array.from({ length: 4 }, () => h.issue('eid-renew'));
    const before = estimateVisit(h.state, second!, h.now);
    h.run('postponeVisit', { visitId: first!.id, places: 1, token: first!.publicToken });
    const after = estimateVisit(h.state, h.visit(second!.id), h.now);
    expect(after.p50Minutes).toBeLessThan(before.p50Minutes);
    expect(estimateVisit(h.state, h.visit(first!.id), h.now).p50Minutes).toBeLessThan(
      estimateVisit(h.state, h.visit(third!.id), h.now).p50Minutes,
    );
    expect(estimateVisit(h.state, h.visit(first!.id), h.now).p50Minutes).toBeGreaterThan(after.p50Minutes);
  });

  it('follows a new pace from the configuration at the same instant', () => {
    const h = harness();
    h.open('c1', 's1');
    const line = Array.from({ length: 4 }, () => h.issue('eid-renew'));
    const before = estimateVisit(h.state, line[3]!, h.now);
    const slower = cloneCatalogue(h.state.config.catalogue);
    for (const s of slower.services) s.expectedMinutes *= 2;
    replaceCatalogue(h.state, slower);
    const after = estimateVisit(h.state, line[3]!, h.now);
    expect(after.p50Minutes).toBeCloseTo(2 * before.p50Minutes, 0);
  });

  it('follows a staff member given another work profile at the same instant', () => {
    const h = harness();
    h.open('c4', 's4');
    const identity = Array.from({ length: 3 }, () => h.issue('eid-renew'));
    Array.from({ length: 3 }, () => h.issue('licence-renew'));
    const before = estimateVisit(h.state, identity[0]!, h.now);
    const identityProfile = h.state.config.counters.get('c1')!.workProfileId;
    h.state.staffProfiles = new Map([...h.state.staffProfiles, ['s4', identityProfile]]);
    const after = estimateVisit(h.state, identity[0]!, h.now);
    expect(after.p50Minutes).toBeLessThan(before.p50Minutes);
  });
});

/**
 * Issue #15: with 7 people ahead the screens read "2–58 min": the low end came from a share of p50 and
 * a normal approximation, near 0 however long the line. It cannot be below what the people ahead would
 * take if every service were quick.
 */
describe('the shown range starts where the people ahead put it', () => {
  const history: ServiceTimeStats = { meanMs: 5 * MINUTE, sdMs: 5 * MINUTE, fromHistory: true };
  const spreadHistory: ServiceTimeStats = { meanMs: 5 * MINUTE, sdMs: 10 * MINUTE, fromHistory: true };
  const noHistory = serviceTimeStats(undefined, 10);
  /** What the look-ahead gives 7 ahead at c counters: the rest of the service in hand, then 7 / c more. */
  const projected = (stats: ServiceTimeStats, counters: number) => {
    const services = 0.5 + (7 + 1) / counters - 1;
    return { inMs: services * stats.meanMs, variance: services * stats.sdMs ** 2 };
  };

  it('a quick service is a share of the mean: (ahead + 1) / c calls, the first round free', () => {
    expect(quickestWait(7, 1, history)).toBeCloseTo(7 * QUICK_SERVICE_SHARE * 5, 9);
    expect(quickestWait(7, 2, history)).toBeCloseTo(3 * QUICK_SERVICE_SHARE * 5, 9);
    // No counter open: the estimate assumes one.
    expect(quickestWait(7, 0, history)).toBe(quickestWait(7, 1, history));
    // Next in line, or one of the first round: a counter may free up at once.
    expect(quickestWait(0, 1, history)).toBe(0);
    expect(quickestWait(1, 2, history)).toBe(0);
  });

  for (const counters of [1, 2]) {
    for (const [what, stats] of [
      ['history', history],
      ['history with a wide spread', spreadHistory],
      ['no history', noHistory],
    ] as const) {
      for (const look of ['look-ahead', 'fallback'] as const) {
        it(`7 ahead, ${counters} counter(s), ${what}, ${look}: low end at or above the quick floor, in order`, () => {
          const r = shownRange({
            ahead: 7,
            counters,
            stats,
            projected: look === 'look-ahead' ? projected(stats, counters) : undefined,
          });
          const floor = quickestWait(7, counters, stats);
          expect(floor).toBeGreaterThan(0);
          expect(r.p10).toBeGreaterThanOrEqual(floor - 1e-9);
          expect(r.p10).toBeLessThanOrEqual(r.p50);
          expect(r.p50).toBeLessThanOrEqual(r.p90);
          // The figure the screens show keeps its rules: a range, low end from p10.
          const shown = waitShown({ p10Minutes: r.p10, p50Minutes: r.p50, p90Minutes: r.p90, counters });
          expect(shown).toEqual({ kind: 'range', low: Math.round(r.p10), high: Math.round(r.p90) });
        });
      }
    }
  }

  it('the case of the review: 7 ahead at one counter, 5-minute services, reads 11–72, not 3–72', () => {
    const r = shownRange({ ahead: 7, counters: 1, stats: history, projected: projected(history, 1) });
    expect(waitShown({ p10Minutes: r.p10, p50Minutes: r.p50, p90Minutes: r.p90, counters: 1 })).toEqual({
      kind: 'range',
      low: 11,
      high: 72,
    });
  });

  it('never puts the low end above p50 when the look-ahead expects an early call (a counter helping out)', () => {
    const r = shownRange({
      ahead: 7,
      counters: 1,
      stats: history,
      projected: { inMs: 4 * MINUTE, variance: 0 },
    });
    expect(r.p50).toBe(4);
    expect(r.p10).toBe(4);
  });

  it("leaves short lines as they were: with nothing ahead the look-ahead's range stands", () => {
    const call = { inMs: 2 * MINUTE, variance: MINUTE ** 2 };
    const r = shownRange({ ahead: 0, counters: 1, stats: history, projected: call });
    expect(r).toEqual(rangeAround(call.inMs, call.variance));
    expect(r.p10).toBe(0);
  });

  it('the engine gives a ticket with 7 ahead at one counter a low end of at least the quick floor', () => {
    const h = harness();
    h.open('c1', 's1');
    const visits = Array.from({ length: 8 }, () => h.issue('eid-renew'));
    const last = estimateVisit(h.state, visits[7]!, h.now);
    expect(last.ahead).toBe(7);
    expect(last.counters).toBe(1);
    const expected = h.state.config.services.get('eid-renew')!.expectedMinutes;
    const floor = quickestWait(7, 1, serviceTimeStats(undefined, expected));
    expect(last.p10Minutes!).toBeGreaterThanOrEqual(Math.round(floor * 10) / 10 - 0.05);
  });
});
