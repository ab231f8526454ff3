/**
 * Which alerts the live state calls for, as plain conditions: a queue over its threshold, a counter
 * idle while the queues it serves have people waiting. Pure; the alert centre persists them.
 */
import type { Catalogue } from '../../../../shared/contract/catalogue.js';
import type { AlertKind, DashboardThresholds } from '../../../../shared/contract/manager.js';
import type { CentreLoad } from '../../../../shared/domain/views.js';

import type { AlertCondition } from '../../core/services/ids.js';

export type { AlertCondition } from '../../core/services/ids.js';

/** The kinds this evaluator owns (others are raised by their own modules). */
export const EVALUATED_KINDS: readonly AlertKind[] = ['queue_over_threshold', 'counter_idle'];

export function queuesServedBy(catalogue: Catalogue, workProfileId: string | null): Set<string> {
  const profile = catalogue.workProfiles.find((p) => p.id === workProfileId);
  const out = new Set<string>();
  for (const r of profile?.rules ?? []) {
    if (r.kind === 'longestWaitingAll') return new Set(catalogue.queues.map((q) => q.id));
    for (const q of r.queueIds) out.add(q);
  }
  return out;
}

export function evaluateAlerts(
  snapshot: CentreLoad,
  catalogue: Catalogue,
  t: DashboardThresholds,
  now: number,
): AlertCondition[] {
  const out: AlertCondition[] = [];
  const waiting = new Map(snapshot.queues.map((q) => [q.queueId, q.waiting]));
  for (const q of snapshot.queues) {
    if (q.waiting > t.queueMaxWaiting || (q.waiting > 0 && q.longestWaitMinutes > t.queueMaxWaitMinutes))
      out.push({
        kind: 'queue_over_threshold',
        subject: q.queueId,
        detail: {
          waiting: q.waiting,
          longestWaitMinutes: q.longestWaitMinutes,
          maxWaiting: t.queueMaxWaiting,
          maxWaitMinutes: t.queueMaxWaitMinutes,
        },
      });
  }
  for (const c of snapshot.counters) {
    if (c.status !== 'available' || c.busy) continue;
    const idleMinutes = (now - c.since) / 60_000;
    if (idleMinutes < t.counterIdleMinutes) continue;
    const queues = [...queuesServedBy(catalogue, c.workProfileId)];
    const people = queues.reduce((n, q) => n + (waiting.get(q) ?? 0), 0);
    if (people > 0)
      out.push({
        kind: 'counter_idle',
        subject: c.counterId,
        detail: { idleMinutes: Math.floor(idleMinutes), waiting: people, staffId: c.staffId },
      });
  }
  return out;
}
