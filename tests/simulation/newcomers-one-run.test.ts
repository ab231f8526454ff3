/**
 * A centre snapshot asks the look-ahead, for every queue, when a walk-in issued now would be called.
 * projectNewcomers answers them all from one run; it must give exactly what one run per newcomer
 * (projectCalls with that newcomer) gives, on every state a day can reach.
 */
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/contract/visit.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import {
  beyondReach,
  MAX_PROJECTED_CALLS,
  projectCalls,
  projectNewcomers,
  type ExpectedArrival,
  type ProjectionInputs,
} from '../../shared/domain/simulation/call-projection.js';
import type { CentreState } from '../../shared/domain/state.js';
import { DomainError } from '../../shared/domain/errors.js';
import { newcomerVisit } from '../../shared/domain/estimate.js';
import { cloneCatalogue, harness, mulberry32, MINUTE, SUNDAY_0800, type Harness } from '../domain/helpers.js';

const SERVICES = ['eid-renew', 'residency-renew', 'licence-renew', 'building-permit', 'work-permit'];
const COUNTERS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];

function newcomersOf(state: CentreState): Visit[] {
  const template = state.visits.values().next().value!;
  return state.config.catalogue.queues.map((q) => newcomerVisit(state, template, q.id));
}

function inputsAt(h: Harness, random: () => number): ProjectionInputs {
  const queues = h.state.config.catalogue.queues.map((q) => q.id);
  const expectedArrivals: ExpectedArrival[] = Array.from({ length: Math.floor(random() * 8) }, () => {
    const kind = random();
    return {
      queueId: queues[Math.floor(random() * queues.length)]!,
      priority: kind < 0.15 ? ('appointment' as const) : kind < 0.3 ? ('senior' as const) : null,
      at: h.now + Math.floor(random() * 30 * MINUTE),
      ...(kind > 0.85 ? { front: true } : {}),
    };
  }).sort((a, b) => a.at - b.at);
  return {
    paceOf: (queueId) => ({ meanMs: (4 + queues.indexOf(queueId)) * MINUTE, sdMs: 2 * MINUTE }),
    breakMs: 20 * MINUTE,
    leaveShare: random() * 0.3,
    expectedArrivals,
  };
}

/** A random step of a day: tickets (some with priority or an appointment), calls, services, breaks, recycles. */
function step(h: Harness, random: () => number): void {
  const r = random();
  const counterId = COUNTERS[Math.floor(random() * COUNTERS.length)]!;
  const staffId = `s${counterId.slice(1)}`;
  const counter = h.state.counters.get(counterId)!;
  try {
    if (r < 0.45) {
      const kind = random();
      h.issue(SERVICES[Math.floor(random() * SERVICES.length)]!, {
        priority: kind < 0.1 ? 'senior' : kind < 0.2 ? 'appointment' : null,
        appointmentAt: kind >= 0.1 && kind < 0.2 ? h.now + Math.floor(random() * 20) * MINUTE : null,
      });
    } else if (counter.status === 'closed') h.open(counterId, staffId);
    else if (counter.currentVisitId) {
      const visitId = counter.currentVisitId;
      const v = h.visit(visitId);
      const as = h.staff(staffId);
      if (v.status === 'called' && r < 0.6) h.run('recycle', { counterId, visitId }, as);
      else if (v.status === 'called') h.run('startServing', { counterId, visitId }, as);
      else
        h.run(
          'complete',
          { counterId, visitId, services: [{ serviceId: v.serviceIds[0]!, outcome: 'done', notes: '' }] },
          as,
        );
    } else if (r < 0.52)
      h.run(
        'setCounterStatus',
        { counterId, status: counter.status === 'break' ? 'available' : 'break' },
        h.staff(staffId),
      );
    else if (counter.status === 'available') h.callNext(counterId, staffId);
  } catch (e) {
    // A refused step (nothing to call, a closed counter) is part of a random day.
    if (!(e instanceof DomainError)) throw e;
  }
  h.now += Math.floor(random() * 2 * MINUTE);
}

function compareAt(h: Harness, random: () => number): number {
  const inputs = inputsAt(h, random);
  const newcomers = newcomersOf(h.state);
  const together = projectNewcomers(h.state, h.now, inputs, newcomers);
  let placed = 0;
  for (const n of newcomers) {
    const alone = projectCalls(h.state, h.now, inputs, n).get(n.id);
    expect(together.get(n.id), `${n.queueId} at ${h.now}`).toEqual(alone);
    if (alone) placed++;
  }
  return placed;
}

/** Profiles without the closing "longest wait anywhere": a newcomer only a few counters will call. */
function narrowCatalogue(): Catalogue {
  const c = cloneCatalogue();
  c.workProfiles = c.workProfiles.map((p) => ({
    ...p,
    rules: p.rules.filter((r) => r.kind !== 'longestWaitingAll'),
  }));
  return c;
}

describe('every queue’s newcomer from one run of the look-ahead', () => {
  for (const [name, catalogue] of [
    ['the demo centre', cloneCatalogue()],
    ['counters that serve only their own queues', narrowCatalogue()],
  ] as const)
    it(`gives what one run per newcomer gives, through random days (${name})`, () => {
      let compared = 0;
      let placed = 0;
      for (const seed of [1, 2, 3, 4]) {
        const random = mulberry32(seed);
        const h = harness({ catalogue: structuredClone(catalogue), now: SUNDAY_0800 });
        h.issue('eid-renew');
        for (let i = 0; i < 160; i++) {
          step(h, random);
          if (i % 4 === 3) {
            placed += compareAt(h, random);
            compared++;
          }
        }
      }
      expect(compared).toBe(160);
      // The days placed most newcomers (so the comparison is not of two "not placed").
      expect(placed).toBeGreaterThan(compared * 2);
    });

  it('leaves out a newcomer behind MAX_PROJECTED_CALLS callable visits, as one run would', () => {
    const h = harness({ now: SUNDAY_0800 });
    h.open('c1', 's1');
    h.open('c6', 's6');
    const line = Array.from({ length: MAX_PROJECTED_CALLS + 1 }, () => h.issue('eid-renew'));
    h.issue('building-permit');
    // The same reach for a ticket already in line (read before any projection has read every line):
    // behind MAX_PROJECTED_CALLS callable ones, never placed.
    expect(beyondReach(h.state, h.now, line[MAX_PROJECTED_CALLS - 1]!)).toBe(false);
    expect(beyondReach(h.state, h.now, line[MAX_PROJECTED_CALLS]!)).toBe(true);
    const inputs = inputsAt(h, mulberry32(9));
    const newcomers = newcomersOf(h.state);
    const together = projectNewcomers(h.state, h.now, inputs, newcomers);
    for (const n of newcomers)
      expect(together.get(n.id)).toEqual(projectCalls(h.state, h.now, inputs, n).get(n.id));
    expect(together.get('~newcomer-q-identity')).toBeUndefined();
    expect(together.get('~newcomer-q-municipality')).toBeDefined();
    const calls = projectCalls(h.state, h.now, inputs);
    expect(calls.has(line[MAX_PROJECTED_CALLS]!.id)).toBe(false);
    expect(calls.has(line[0]!.id)).toBe(true);
  });

  it('counts only visits callable now as ahead (a recycled ticket waiting out its delay is not)', () => {
    const h = harness({ now: SUNDAY_0800 });
    h.open('c1', 's1');
    Array.from({ length: MAX_PROJECTED_CALLS + 3 }, () => h.issue('eid-renew'));
    const recycled = h.callNext('c1', 's1')!;
    h.run('recycle', { counterId: 'c1', visitId: recycled.id }, h.staff('s1'));
    const waiting = h.state.lines
      .get('q-identity')!
      .normal.ids()
      .map((id) => h.visit(id));
    expect(waiting.some((v) => v.notBefore !== null && v.notBefore > h.now)).toBe(true);
    const beyond = waiting.map((v) => beyondReach(h.state, h.now, v));
    let callableAhead = 0;
    const expected = waiting.map((v) => {
      const out = callableAhead >= MAX_PROJECTED_CALLS;
      if (v.notBefore === null || v.notBefore <= h.now) callableAhead++;
      return out;
    });
    expect(beyond).toEqual(expected);
    // And the look-ahead indeed places none of them.
    const plain = {
      paceOf: () => ({ meanMs: 5 * MINUTE, sdMs: 2 * MINUTE }),
      breakMs: 20 * MINUTE,
      leaveShare: 0,
    };
    const calls = projectCalls(h.state, h.now, plain);
    expect(waiting.filter((v, i) => beyond[i] && calls.has(v.id))).toEqual([]);
    expect(beyond.filter(Boolean).length).toBeGreaterThan(0);
  });
});
