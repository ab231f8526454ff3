/**
 * The rating of waits now against their targets, one rule wherever it is shown (issue #15): each
 * waiting visit against its own service's target, by the test the service level counts a visit as
 * within target or a miss (waitWithinTarget, service-level.ts). The dashboard counts the visits past
 * their target as misses (main/hub/features/manager/live-metrics.ts); the hub counts, per queue, the
 * visits past and near their target for the counter overview (QueueSummary.againstTarget, built in
 * views.ts), whose colour is read from those counts here.
 *
 * Before, the counter rated a queue's longest wait against the strictest target of the queue's
 * services: in a queue with a 10-minute and a 30-minute service, a 30-minute-service visit waiting 15
 * minutes was "over target" on the counter and within target on the dashboard.
 */
import type { Service } from '../contract/catalogue.js';
import type { Visit } from '../contract/visit.js';
import { waitWithinTarget, type ServiceLevelColour } from './service-level.js';

/** Amber from this share of the target on (the wait nearing it); red once past the target. */
export interface WaitLevelThresholds {
  amberAt: number;
}
export const DEFAULT_WAIT_THRESHOLDS: WaitLevelThresholds = { amberAt: 0.75 };

export interface TargetedWait {
  waitMs: number;
  targetMs: number;
}

/**
 * A waiting visit's wait against its own service's target (its first service's), or null when the
 * service level does not count it: only a first wait counts, from issue to the first call (as in the
 * reports), so a visit called before or sent on after a first service is not rated; nor is one whose
 * service the catalogue no longer has.
 */
export function waitingAgainstTarget(
  v: Visit,
  serviceOf: (serviceId: string) => Service | undefined,
  now: number,
): TargetedWait | null {
  if (v.status !== 'waiting' || v.calledAt !== null || v.transferCount > 0) return null;
  const service = serviceOf(v.serviceIds[0] ?? '');
  if (!service) return null;
  return { waitMs: now - v.issuedAt, targetMs: service.target.withinMinutes * 60_000 };
}

/** One wait's colour: red past its target (a miss for the service level), amber nearing it. */
export function waitLevel(
  w: TargetedWait,
  thresholds: WaitLevelThresholds = DEFAULT_WAIT_THRESHOLDS,
): ServiceLevelColour {
  if (!waitWithinTarget(w.waitMs, w.targetMs)) return 'red';
  return w.targetMs > 0 && w.waitMs >= thresholds.amberAt * w.targetMs ? 'amber' : 'green';
}

/** Waiting visits of a line past their own target, and nearing it (amber). */
export interface AgainstTarget {
  past: number;
  near: number;
}

/** Per queue, the waiting visits past and near their own targets (every queue of the catalogue). */
export function againstTargetByQueue(
  queueIds: readonly string[],
  visits: Iterable<Visit>,
  serviceOf: (serviceId: string) => Service | undefined,
  now: number,
): Map<string, AgainstTarget> {
  const byQueue = new Map(queueIds.map((id) => [id, { past: 0, near: 0 }]));
  for (const v of visits) {
    if (v.status !== 'waiting') continue;
    const counts = byQueue.get(v.queueId);
    const w = counts && waitingAgainstTarget(v, serviceOf, now);
    if (!counts || !w) continue;
    const level = waitLevel(w);
    if (level === 'red') counts.past++;
    else if (level === 'amber') counts.near++;
  }
  return byQueue;
}

/** A line's colour on the counter: red when anyone in it is past their target, amber when near. */
export function queueWaitLevel(counts: AgainstTarget): ServiceLevelColour {
  if (counts.past > 0) return 'red';
  return counts.near > 0 ? 'amber' : 'green';
}
