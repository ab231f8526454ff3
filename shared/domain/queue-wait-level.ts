/**
 * A queue's live service-level state for the counter overview: how the longest wait (or the
 * estimate, whichever is worse) compares with the queue's target minutes. service-level.ts
 * rates the share of visits served within target (after the fact); this rates the line now. A
 * line nobody is in is within target whatever a newcomer's estimate says: the estimate is above
 * zero while the counters are busy, and "over target" beside "0 waiting" contradicted the
 * dashboard (the board shows no wait for such a queue either).
 */
import type { Service } from '../contract/catalogue.js';
import type { ServiceLevelColour } from './service-level.js';

/** Shares of the target: below `amberAt` is green, below `redAt` amber, from `redAt` red. */
export interface WaitLevelThresholds {
  amberAt: number;
  redAt: number;
}
export const DEFAULT_WAIT_THRESHOLDS: WaitLevelThresholds = { amberAt: 0.75, redAt: 1 };

/** The strictest target among the queue's services; null when the queue has no services. */
export function queueTargetMinutes(services: readonly Service[], queueId: string): number | null {
  const targets = services.filter((s) => s.queueId === queueId).map((s) => s.target.withinMinutes);
  return targets.length ? Math.min(...targets) : null;
}

export interface WaitFigures {
  waiting: number;
  longestWaitMinutes: number;
  estimate: { p50Minutes: number };
}

export function queueWaitLevel(
  figures: WaitFigures,
  targetMinutes: number | null,
  thresholds: WaitLevelThresholds = DEFAULT_WAIT_THRESHOLDS,
): ServiceLevelColour {
  if (targetMinutes === null || targetMinutes <= 0 || figures.waiting === 0) return 'green';
  const worst = Math.max(figures.longestWaitMinutes, figures.estimate.p50Minutes);
  const share = worst / targetMinutes;
  if (share >= thresholds.redAt) return 'red';
  if (share >= thresholds.amberAt) return 'amber';
  return 'green';
}
