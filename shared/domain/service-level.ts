/**
 * Service level: the share of visits called within their service's target wait (e.g. 80% within
 * 15 minutes), read as green (on target), amber (just below, within a margin) or red.
 */
export type ServiceLevelColour = 'green' | 'amber' | 'red';

export interface ServiceLevelInput {
  /** Visits that count (called, plus those still waiting past the target). */
  counted: number;
  /** Of those, how many waited no longer than the target. */
  withinTarget: number;
  /** The target share, e.g. 0.8. */
  targetShare: number;
  /** Amber while below target by at most this much (share points, e.g. 0.1). */
  amberMargin: number;
}

/**
 * The one test of a wait against its target, wherever a screen rates waits: the dashboard's and the
 * reports' service level (a visit counts as within target, or as a miss) and the counter's rating of
 * the line now (shared/domain/queue-wait-level.ts). A wait of exactly the target is within it. One
 * test, so the agent and the manager are never told opposite things about the same wait.
 */
export function waitWithinTarget(waitMs: number, targetMs: number): boolean {
  return waitMs <= targetMs;
}

/** The share within target, or null when nothing counts yet. */
export function serviceLevelShare(counted: number, withinTarget: number): number | null {
  return counted > 0 ? withinTarget / counted : null;
}

/** No visit yet is green: nobody has waited too long. */
export function serviceLevelState(i: ServiceLevelInput): ServiceLevelColour {
  const share = serviceLevelShare(i.counted, i.withinTarget);
  if (share === null || share >= i.targetShare) return 'green';
  return share >= i.targetShare - i.amberMargin ? 'amber' : 'red';
}
