/**
 * Which alerts the live state calls for, as plain conditions: a queue over its threshold, a counter
 * idle while the queues it serves have people waiting. Pure; the alert centre persists them.
 */
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import type { AlertKind, DashboardThresholds } from '../../../shared/contract/manager.js';
import type { DeviceHealthList } from '../../../shared/contract/device-health.js';
import type { CentreSnapshot } from '../../../shared/contract/views.js';

export interface AlertCondition {
  kind: AlertKind;
  subject: string;
  detail: Record<string, unknown>;
}

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

/**
 * `printer_paper_low` (a warning) for every kiosk whose printer last said its paper is near the end,
 * whichever way it said so (heartbeat, the shell's status report, or the hub's own print). The
 * subject is the kiosk, as for `printer_offline`; the alert clears once the printer reports
 * anything else (a new roll, or paper out, which is its own alert).
 */
export function paperLowAlerts(list: DeviceHealthList): AlertCondition[] {
  return list.devices
    .filter((d) => d.parentId === null && d.printer === 'paper_near_end')
    .map((d) => ({ kind: 'printer_paper_low', subject: d.id, detail: { name: d.name, level: 'warning' } }));
}

export function evaluateAlerts(
  snapshot: CentreSnapshot,
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
