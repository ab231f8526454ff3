/** The manager's alerts read the centre's load without the estimates' look-ahead: the same figures as the snapshot's. */
import { describe, expect, it } from 'vitest';
import { centreLoad, centreSnapshot } from '../../shared/domain/views.js';
import { harness, MINUTE } from './helpers.js';

describe('centreLoad', () => {
  it("gives each queue's waiting, priority and longest wait, and the counters, as the centre snapshot does", () => {
    const h = harness();
    h.open('c1', 's1');
    h.open('c4', 's4');
    for (let i = 0; i < 12; i++) {
      h.advance(2 * MINUTE);
      h.issue(i % 2 ? 'eid-renew' : 'licence-renew', { priority: i % 5 === 0 ? 'senior' : null });
    }
    h.callNext('c1', 's1');
    h.advance(3 * MINUTE);
    const load = centreLoad(h.state, h.now);
    const snap = centreSnapshot(h.state, h.now);
    expect(load.counters).toEqual(snap.counters);
    expect(load.queues).toEqual(
      snap.queues.map(({ queueId, waiting, waitingPriority, longestWaitMinutes }) => ({
        queueId,
        waiting,
        waitingPriority,
        longestWaitMinutes,
      })),
    );
    expect(load.queues.some((q) => q.waiting > 0 && q.longestWaitMinutes > 0)).toBe(true);
  });
});
