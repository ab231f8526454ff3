/**
 * The walk over every visit in memory that the look-ahead's inputs were read with before the running
 * counts (shared/domain/arrival-counts.ts): the reference the counts must equal, answer for answer.
 */
import { expect } from 'vitest';
import type { RecentArrivals } from '../../shared/domain/arrival-counts.js';
import { createState, type CentreState } from '../../shared/domain/state.js';

export interface Walked {
  recent: RecentArrivals[];
  earliestIssuedAt: number | undefined;
  leaveShare: number;
}

export function walk(state: CentreState, since: number, until: number): Walked {
  const recent = new Map<string, RecentArrivals>();
  const count = (queueId: string, cls: string, priority: RecentArrivals['priority'], front: boolean) => {
    const key = `${queueId}|${cls}`;
    const r = recent.get(key) ?? { queueId, priority, front, n: 0 };
    r.n++;
    recent.set(key, r);
  };
  let earliestIssuedAt: number | undefined;
  let left = 0;
  let ended = 0;
  for (const v of state.visits.values()) {
    earliestIssuedAt = Math.min(earliestIssuedAt ?? Infinity, v.issuedAt);
    if (v.issuedAt >= since && v.issuedAt <= until) {
      const queueId = state.config.services.get(v.serviceIds[0] ?? '')?.queueId ?? v.queueId;
      count(queueId, v.priority === 'appointment' ? 'a' : v.priority ? 'p' : 'n', v.priority, false);
    }
    if (v.transferCount > 0 && v.queuedAt >= since && v.queuedAt <= until)
      count(v.queueId, v.priority ? 'tp' : 'tn', v.priority, true);
    if (v.status === 'cancelled' || v.status === 'no_show') left++;
    if (v.status === 'cancelled' || v.status === 'no_show' || v.status === 'completed') ended++;
  }
  return {
    recent: [...recent.values()],
    earliestIssuedAt,
    leaveShare: ended >= 10 ? Math.min(0.5, left / ended) : 0,
  };
}

function counted(state: CentreState, since: number, until: number): Walked {
  return {
    recent: state.arrivals.recent(since, until),
    earliestIssuedAt: state.arrivals.earliestIssuedAt(),
    leaveShare: state.arrivals.leaveShare(),
  };
}

/**
 * The running counts equal the walk over the look-ahead's window ending at `now`; with `restart`, also
 * over one that cuts through the day, and on the state a restart rebuilds from these visits.
 */
export function expectCountsEqualWalk(state: CentreState, now: number, restart = true): void {
  const hour = [now - 60 * 60_000, now] as const;
  expect(counted(state, ...hour)).toEqual(walk(state, ...hour));
  if (!restart) return;
  const restarted = createState({
    catalogue: state.config.catalogue,
    staffProfiles: state.staffProfiles,
    visits: [...state.visits.values()],
  });
  for (const [since, until] of [hour, [now - 20 * 60_000, now - 5 * 60_000] as const]) {
    expect(counted(state, since, until)).toEqual(walk(state, since, until));
    expect(counted(restarted, since, until)).toEqual(walk(restarted, since, until));
  }
}
