/**
 * The counter overview's rating of a queue's line now: how long the person at its front has
 * actually waited against the queue's target, by the same test the dashboard's service level
 * counts a visit as within target or a miss (waitWithinTarget, service-level.ts). Red means someone
 * in the line has waited past the target, which the dashboard's service level counts as a miss from
 * that moment; amber warns before that. The estimate for a newcomer is not part of it: rated on the
 * estimate's p50 (a figure no screen shows), the counter said "over target" beside "longest wait
 * 0 minutes" while the dashboard showed the same queue "100% · On target" (issue #15). A line nobody
 * is in is within target.
 */
import type { Service } from '../contract/catalogue.js';
import { waitWithinTarget, type ServiceLevelColour } from './service-level.js';

/** Amber from this share of the target on (the longest wait nearing it); red once past the target. */
export interface WaitLevelThresholds {
  amberAt: number;
}
export const DEFAULT_WAIT_THRESHOLDS: WaitLevelThresholds = { amberAt: 0.75 };

/** The strictest target among the queue's services; null when the queue has no services. */
export function queueTargetMinutes(services: readonly Service[], queueId: string): number | null {
  const targets = services.filter((s) => s.queueId === queueId).map((s) => s.target.withinMinutes);
  return targets.length ? Math.min(...targets) : null;
}

export interface WaitFigures {
  waiting: number;
  longestWaitMinutes: number;
}

export function queueWaitLevel(
  figures: WaitFigures,
  targetMinutes: number | null,
  thresholds: WaitLevelThresholds = DEFAULT_WAIT_THRESHOLDS,
): ServiceLevelColour {
  if (targetMinutes === null || targetMinutes <= 0 || figures.waiting === 0) return 'green';
  const longestMs = figures.longestWaitMinutes * 60_000;
  const targetMs = targetMinutes * 60_000;
  if (!waitWithinTarget(longestMs, targetMs)) return 'red';
  return longestMs >= thresholds.amberAt * targetMs ? 'amber' : 'green';
}
