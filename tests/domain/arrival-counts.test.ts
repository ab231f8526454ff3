/**
 * The look-ahead's running counts (shared/domain/arrival-counts.ts) equal a walk over every visit in
 * memory when visits leave memory at a day boundary and when the catalogue moves a service to another
 * queue; random operation sequences are checked step by step in properties.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { expectedArrivals, leaveShare } from '../../shared/domain/estimate.js';
import { forgetFinishedBefore, replaceCatalogue } from '../../shared/domain/state.js';
import { expectCountsEqualWalk, walk } from './arrival-walk.js';
import { cloneCatalogue, harness, MINUTE } from './helpers.js';

/** An hour and a quarter of a morning: walk-ins, appointments, priority, served, cancelled, transferred. */
function morning() {
  const h = harness();
  h.open('c1', 's1');
  h.open('c4', 's4');
  const services = ['eid-renew', 'residency-renew', 'licence-renew', 'traffic-fines'];
  for (let i = 0; i < 60; i++) {
    h.advance(75_000);
    const v = h.issue(services[i % services.length]!, {
      priority: i % 7 === 0 ? 'senior' : i % 11 === 0 ? 'appointment' : null,
      appointmentAt: i % 11 === 0 ? h.now : null,
    });
    if (i % 9 === 4) h.run('cancelVisit', { visitId: v.id });
    if (i % 3 !== 0) continue;
    for (const [counterId, staffId] of [
      ['c1', 's1'],
      ['c4', 's4'],
    ] as const) {
      const called = h.callNext(counterId, staffId);
      if (!called) continue;
      h.run('startServing', { counterId, visitId: called.id }, h.staff(staffId));
      if (i % 6 === 0)
        h.run(
          'transfer',
          {
            counterId,
            visitId: called.id,
            target: { kind: 'queue', queueId: 'q-residency', position: 'first' },
            note: '',
          },
          h.staff(staffId),
        );
      else
        h.run(
          'complete',
          {
            counterId,
            visitId: called.id,
            services: [{ serviceId: called.serviceIds[0]!, outcome: 'done', notes: '' }],
          },
          h.staff(staffId),
        );
    }
  }
  return h;
}

describe('running counts of arrivals and departures', () => {
  it('equal the walk over a morning with transfers, and give the look-ahead a pace and a leave share', () => {
    const h = morning();
    expectCountsEqualWalk(h.state, h.now);
    const walked = walk(h.state, h.now - 60 * MINUTE, h.now);
    expect(walked.recent.some((r) => r.front)).toBe(true);
    expect(walked.leaveShare).toBeGreaterThan(0);
    expect(leaveShare(h.state)).toBe(walked.leaveShare);
    expect(expectedArrivals(h.state, h.now).length).toBeGreaterThan(0);
  });

  it('follow a catalogue that moves a service to another queue', () => {
    const h = morning();
    const catalogue = cloneCatalogue();
    catalogue.services = catalogue.services.map((s) =>
      s.id === 'traffic-fines' ? { ...s, queueId: 'q-identity' } : s,
    );
    const before = walk(h.state, h.now - 60 * MINUTE, h.now);
    replaceCatalogue(h.state, catalogue);
    expect(walk(h.state, h.now - 60 * MINUTE, h.now)).not.toEqual(before);
    expectCountsEqualWalk(h.state, h.now);
  });

  it('follow finished visits leaving memory at the day boundary', () => {
    const h = morning();
    h.advance(24 * 60 * MINUTE);
    const waitingBefore = [...h.state.visits.values()].filter((v) => v.status === 'waiting').length;
    forgetFinishedBefore(h.state, '2025-03-03');
    expect(h.state.visits.size).toBe(waitingBefore);
    expectCountsEqualWalk(h.state, h.now);
    expectCountsEqualWalk(h.state, h.now - 24 * 60 * MINUTE);
    // Then a new day's visits join those kept.
    h.open('c1', 's1');
    h.issue('eid-renew');
    expectCountsEqualWalk(h.state, h.now);
  });
});
