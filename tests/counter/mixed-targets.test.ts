/**
 * Issue #15: one rule for waits against targets on the counter and the dashboard, each waiting visit
 * against its own service's target. The counter used to rate a queue's longest wait against the
 * strictest target of its services, so in a queue with a 10-minute and a 30-minute service a
 * 30-minute-service visit waiting 15 minutes was "past target" there and within target on the dashboard.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../shared/contract/manager.js';
import { QueueSummary } from '../../shared/contract/views.js';
import { queueWaitLevel } from '../../shared/domain/queue-wait-level.js';
import { queueSummaries } from '../../shared/domain/views.js';
import { liveMetrics } from '../../main/hub/features/manager/live-metrics.js';
import { cloneCatalogue, harness, MINUTE } from '../domain/helpers.js';

/** q-traffic with traffic fines at a 10-minute target and vehicle registration at a 30-minute one. */
function mixedTargets() {
  const catalogue = cloneCatalogue();
  for (const s of catalogue.services) {
    if (s.id === 'traffic-fines') s.target.withinMinutes = 10;
    if (s.id === 'vehicle-register') s.target.withinMinutes = 30;
  }
  return harness({ catalogue });
}

/** The queue's colour on the counter (from the snapshot as the counter receives and validates it) and on the dashboard. */
function bothScreens(h: ReturnType<typeof harness>) {
  const summary = queueSummaries(h.state, h.now).find((q) => q.queueId === 'q-traffic')!;
  const received = QueueSummary.parse(JSON.parse(JSON.stringify(summary)));
  const live = liveMetrics({
    catalogue: h.state.config.catalogue,
    facts: [],
    visits: h.state.visits.values(),
    thresholds: DEFAULT_THRESHOLDS,
    now: h.now,
  });
  return {
    counter: queueWaitLevel(received.againstTarget),
    dashboard: live.queues.find((q) => q.queueId === 'q-traffic')!.state,
    received,
  };
}

describe('a queue with a 10-minute and a 30-minute service', () => {
  it('a visit of the 30-minute service waiting 15 minutes is within target on the counter and the dashboard', () => {
    const h = mixedTargets();
    h.issue('vehicle-register');
    h.now += 15 * MINUTE;
    const seen = bothScreens(h);
    expect(seen.received.longestWaitMinutes).toBe(15);
    expect(seen.received.againstTarget).toEqual({ past: 0, near: 0 });
    expect(seen.counter).toBe('green');
    expect(seen.dashboard).toBe('green');
  });

  it('a visit of the 10-minute service waiting 15 minutes is past target on both', () => {
    const h = mixedTargets();
    h.issue('vehicle-register');
    h.issue('traffic-fines');
    h.now += 15 * MINUTE;
    const seen = bothScreens(h);
    expect(seen.received.againstTarget).toEqual({ past: 1, near: 0 });
    expect(seen.counter).toBe('red');
    expect(seen.dashboard).toBe('red');
  });

  it('the counter warns amber once a visit nears its own target (75 %), not the strictest', () => {
    const h = mixedTargets();
    h.issue('vehicle-register');
    h.now += 22 * MINUTE;
    expect(bothScreens(h).counter).toBe('green');
    h.now += 1 * MINUTE;
    const seen = bothScreens(h);
    expect(seen.received.againstTarget).toEqual({ past: 0, near: 1 });
    expect(seen.counter).toBe('amber');
    // Nearing is not a miss: the dashboard's service level still counts nobody.
    expect(seen.dashboard).toBe('green');
  });

  it('a snapshot without the per-visit rating is refused by the contract both sides validate', () => {
    const h = mixedTargets();
    const { againstTarget: _dropped, ...older } = queueSummaries(h.state, h.now)[0]!;
    expect(QueueSummary.safeParse(older).success).toBe(false);
  });
});
