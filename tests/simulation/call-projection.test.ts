/** The look-ahead with walk-ins still to come: they take a counter ahead of those waiting only as the rules say. */
import { describe, expect, it } from 'vitest';
import { projectCalls, type ProjectionInputs } from '../../shared/domain/simulation/call-projection.js';
import { harness, MINUTE, SUNDAY_0800 } from '../domain/helpers.js';

const pace = { meanMs: 10 * MINUTE, sdMs: 5 * MINUTE };

/** Counter c1 (identity first, then residency) busy with an identity visit; one residency visit waiting. */
function busyCounterWithResidencyWaiting() {
  const h = harness({ now: SUNDAY_0800 });
  h.open('c1', 's1');
  const serving = h.issue('eid-renew');
  h.callNext('c1', 's1');
  h.run('startServing', { counterId: 'c1', visitId: serving.id }, h.staff('s1'));
  const waiting = h.issue('residency-renew');
  h.now += 4 * MINUTE; // 6 minutes of the identity service left
  return { h, waiting };
}

function inputs(expectedArrivals: ProjectionInputs['expectedArrivals']): ProjectionInputs {
  return {
    paceOf: () => pace,
    breakMs: 20 * MINUTE,
    leaveShare: 0,
    ...(expectedArrivals ? { expectedArrivals } : {}),
  };
}

describe('projectCalls with expected arrivals', () => {
  it('lets an expected walk-in of a queue the counter serves first go ahead', () => {
    const { h, waiting } = busyCounterWithResidencyWaiting();
    const alone = projectCalls(h.state, h.now, inputs(undefined)).get(waiting.id)!;
    expect(alone.inMs).toBe(6 * MINUTE);
    const identitySoon = [{ queueId: 'q-identity', priority: null, at: h.now + 2 * MINUTE }];
    const behind = projectCalls(h.state, h.now, inputs(identitySoon)).get(waiting.id)!;
    expect(behind.inMs).toBe(16 * MINUTE);
  });

  it('ignores expected walk-ins who come after the counter is free, or who join the back of the same line', () => {
    const { h, waiting } = busyCounterWithResidencyWaiting();
    const later = [
      { queueId: 'q-residency', priority: null, at: h.now + MINUTE },
      { queueId: 'q-identity', priority: null, at: h.now + 7 * MINUTE },
    ];
    const calls = projectCalls(h.state, h.now, inputs(later));
    expect(calls.get(waiting.id)!.inMs).toBe(6 * MINUTE);
    // Only visits that exist are reported, and the real state is untouched.
    expect([...calls.keys()]).toEqual([waiting.id]);
    expect(h.state.visits.size).toBe(2);
  });

  it('puts an expected transfer-in ahead of those waiting, and an expected check-in in the priority line', () => {
    const { h, waiting } = busyCounterWithResidencyWaiting();
    const soon = h.now + 2 * MINUTE;
    const transferIn = [{ queueId: 'q-residency', priority: null, at: soon, front: true }];
    expect(projectCalls(h.state, h.now, inputs(transferIn)).get(waiting.id)!.inMs).toBe(16 * MINUTE);
    const checkIn = [{ queueId: 'q-residency', priority: 'appointment' as const, at: soon }];
    expect(projectCalls(h.state, h.now, inputs(checkIn)).get(waiting.id)!.inMs).toBe(16 * MINUTE);
    // A walk-in of the same queue at the same moment joins the back, behind the one waiting.
    const walkIn = [{ queueId: 'q-residency', priority: null, at: soon }];
    expect(projectCalls(h.state, h.now, inputs(walkIn)).get(waiting.id)!.inMs).toBe(6 * MINUTE);
  });
});
