/**
 * Today's figures for the live view: per queue and per agency (served, no-shows, abandoned, service
 * level and its colour), arrivals and served per hour, the wait distribution. Pure: from today's
 * facts, the visits in memory and the clock.
 */
import type { Catalogue } from '../../../../shared/contract/catalogue.js';
import type { DashboardThresholds, LiveMetrics, TodayFigures } from '../../../../shared/contract/manager.js';
import type { Visit } from '../../../../shared/contract/visit.js';
import type { VisitFacts } from '../../../../shared/domain/reports.js';
import {
  serviceLevelShare,
  serviceLevelState,
  waitWithinTarget,
} from '../../../../shared/domain/service-level.js';
import { waitingAgainstTarget, waitLevel } from '../../../../shared/domain/queue-wait-level.js';
import { businessDay, localTime } from '../../../../shared/domain/time.js';

export const WAIT_BANDS_MINUTES = [5, 10, 15, 20, 30, 45, 60] as const;

interface Tally {
  issued: number;
  served: number;
  noShows: number;
  abandoned: number;
  called: number;
  withinTarget: number;
  waitingPastTarget: number;
  targetShare: number;
}
const emptyTally = (): Tally => ({
  issued: 0,
  served: 0,
  noShows: 0,
  abandoned: 0,
  called: 0,
  withinTarget: 0,
  waitingPastTarget: 0,
  targetShare: 0,
});

function figures(t: Tally, amberMargin: number): TodayFigures {
  // Someone still waiting past the target already counts as a miss: the colour turns before they are called.
  const counted = t.called + t.waitingPastTarget;
  return {
    issued: t.issued,
    served: t.served,
    noShows: t.noShows,
    abandoned: t.abandoned,
    called: t.called,
    withinTarget: t.withinTarget,
    serviceLevel: serviceLevelShare(counted, t.withinTarget),
    targetShare: t.targetShare,
    state: serviceLevelState({
      counted,
      withinTarget: t.withinTarget,
      targetShare: t.targetShare,
      amberMargin,
    }),
  };
}

export interface LiveInput {
  catalogue: Catalogue;
  /** Today's facts (visits issued today). */
  facts: readonly VisitFacts[];
  /** Visits in memory (today's, and older ones still open). */
  visits: Iterable<Visit>;
  thresholds: DashboardThresholds;
  now: number;
}

export function liveMetrics(i: LiveInput): LiveMetrics {
  const tz = i.catalogue.centre.timeZone;
  const today = businessDay(i.now, tz);
  const services = new Map(i.catalogue.services.map((s) => [s.id, s]));
  const byQueue = new Map(i.catalogue.queues.map((q) => [q.id, emptyTally()]));
  const byAgency = new Map(i.catalogue.agencies.map((a) => [a.id, emptyTally()]));
  const agencyWaiting = new Map(i.catalogue.agencies.map((a) => [a.id, { waiting: 0, oldest: i.now }]));
  // The strictest target share among a queue's (or agency's) services is the one it is held to.
  for (const s of i.catalogue.services) {
    const q = byQueue.get(s.queueId);
    if (q) q.targetShare = Math.max(q.targetShare, s.target.share);
    const a = byAgency.get(s.agencyId);
    if (a) a.targetShare = Math.max(a.targetShare, s.target.share);
  }
  const tallies = (queueId: string, agencyId: string) =>
    [byQueue.get(queueId), byAgency.get(agencyId)].filter((t): t is Tally => t !== undefined);

  const hourly = Array.from({ length: 24 }, (_, hour) => ({
    hour,
    arrivals: 0,
    served: 0,
    called: 0,
    within: 0,
  }));
  const bands = [
    ...WAIT_BANDS_MINUTES.map((m) => ({ upToMinutes: m as number | null, visits: 0 })),
    { upToMinutes: null, visits: 0 },
  ];

  for (const f of i.facts) {
    if (f.day !== today) continue;
    const within = f.waitMs !== null && f.targetMs !== null && waitWithinTarget(f.waitMs, f.targetMs);
    for (const t of tallies(f.queueId, f.agencyId)) {
      t.issued++;
      if (f.served) t.served++;
      if (f.noShow) t.noShows++;
      if (f.abandoned) t.abandoned++;
      if (f.waitMs !== null) t.called++;
      if (within) t.withinTarget++;
    }
    const h = hourly[f.hour]!;
    h.arrivals++;
    if (f.waitMs !== null) {
      h.called++;
      if (within) h.within++;
      const minutes = f.waitMs / 60_000;
      const band = bands.find((b) => b.upToMinutes === null || minutes <= b.upToMinutes)!;
      band.visits++;
    }
  }
  for (const v of i.visits) {
    const service = services.get(v.serviceIds[0] ?? '');
    const agencyId = service?.agencyId ?? '';
    if (v.status === 'completed' && v.endedAt !== null && v.businessDay === today)
      hourly[Math.floor(localTime(v.endedAt, tz).minutesOfDay / 60)]!.served++;
    if (v.status !== 'waiting') continue;
    const w = agencyWaiting.get(agencyId);
    if (w) {
      w.waiting++;
      w.oldest = Math.min(w.oldest, v.queuedAt);
    }
    // Each against its own service's target, by the rule the counter's colour reads too.
    const wait = waitingAgainstTarget(v, (id) => services.get(id), i.now);
    if (wait && waitLevel(wait) === 'red')
      for (const t of tallies(v.queueId, agencyId)) t.waitingPastTarget++;
  }

  const margin = i.thresholds.amberMargin;
  return {
    at: i.now,
    businessDay: today,
    queues: [...byQueue].map(([queueId, t]) => ({ queueId, ...figures(t, margin) })),
    agencies: [...byAgency].map(([agencyId, t]) => ({
      agencyId,
      ...figures(t, margin),
      waiting: agencyWaiting.get(agencyId)!.waiting,
      longestWaitMinutes: Math.round((i.now - agencyWaiting.get(agencyId)!.oldest) / 6000) / 10,
    })),
    hourly: hourly.map((h) => ({
      hour: h.hour,
      arrivals: h.arrivals,
      served: h.served,
      serviceLevel: serviceLevelShare(h.called, h.within),
    })),
    waitBands: bands,
    thresholds: i.thresholds,
  };
}
