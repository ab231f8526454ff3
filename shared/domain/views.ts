/** Read models computed from the state: what counters, displays, managers and phones see. */
import type {
  CentreSnapshot,
  CounterView,
  DeviceSnapshot,
  PublicTicketStatus,
  QueueSummary,
} from '../contract/views.js';
import type { DeviceRole } from '../contract/catalogue.js';
import type { NamespaceRole } from '../contract/namespaces.js';
import type { Visit } from '../contract/visit.js';
import type { CentreState } from './state.js';
import { estimateQueue, estimateVisit } from './estimate.js';
import { againstTargetByQueue } from './queue-wait-level.js';
import { profileInForce } from './selection.js';
import { businessDay } from './time.js';
import { openingState } from './opening-state.js';

/**
 * Every waiting visit, read from the lines (in a queue's lines or assigned to a counter or a person)
 * rather than from all of the day's visits: the snapshot is built often, and late in a day most visits
 * have ended.
 */
function* waitingVisits(state: CentreState): Generator<Visit> {
  const lines = [...state.lines.values()].flatMap((l) => [l.priority, l.normal]);
  for (const line of [...lines, ...state.assignedToCounter.values(), ...state.assignedToStaff.values()])
    for (const id of line.ids()) {
      const v = state.visits.get(id);
      if (v) yield v;
    }
}

/** How many wait in a queue and for how long: what live alerts read, without the estimate's look-ahead. */
export type QueueLoad = Pick<QueueSummary, 'queueId' | 'waiting' | 'waitingPriority' | 'longestWaitMinutes'>;

function queueLoad(state: CentreState, queueId: string, now: number): QueueLoad {
  const lines = state.lines.get(queueId);
  // Lines are kept in calling order, so the longest waits are at their fronts: look at a few
  // there instead of every waiting visit (a busy hub builds this snapshot often).
  let oldest = now;
  for (const line of [lines?.priority, lines?.normal]) {
    for (const id of line?.head(5) ?? []) {
      const v = state.visits.get(id);
      if (v && v.queuedAt < oldest) oldest = v.queuedAt;
    }
  }
  return {
    queueId,
    waiting: (lines?.priority.size ?? 0) + (lines?.normal.size ?? 0),
    waitingPriority: lines?.priority.size ?? 0,
    longestWaitMinutes: Math.round((now - oldest) / 6000) / 10,
  };
}

export function queueSummaries(state: CentreState, now: number): QueueSummary[] {
  const { catalogue, services } = state.config;
  const againstTarget = againstTargetByQueue(
    catalogue.queues.map((q) => q.id),
    waitingVisits(state),
    (serviceId) => services.get(serviceId),
    now,
  );
  return catalogue.queues.map((q) => {
    const load = queueLoad(state, q.id, now);
    return {
      queueId: q.id,
      name: q.name,
      prefix: q.prefix,
      open: q.open,
      waiting: load.waiting,
      waitingPriority: load.waitingPriority,
      longestWaitMinutes: load.longestWaitMinutes,
      againstTarget: againstTarget.get(q.id) ?? { past: 0, near: 0 },
      estimate: estimateQueue(state, q.id, now),
    };
  });
}

/** The queues' loads and the counters, as the centre snapshot gives them. */
export interface CentreLoad {
  queues: QueueLoad[];
  counters: CounterView[];
}

/**
 * The part of the centre snapshot that live alerts read. The manager's tick evaluates alerts every
 * second; building the whole snapshot there ran the waiting-time look-ahead for 50 queues once more
 * each second, for estimates it never read.
 */
export function centreLoad(state: CentreState, now: number): CentreLoad {
  return {
    queues: state.config.catalogue.queues.map((q) => queueLoad(state, q.id, now)),
    counters: counterViews(state),
  };
}

/**
 * The ticket in hand's step and since when: "called" until service starts (the citizen is still on
 * the way, or not coming), then "serving" from the start of service, not from the call.
 */
function currentVisitStep(
  visit: Visit | undefined,
  counterSince: number,
): Pick<CounterView, 'currentVisitStatus' | 'currentVisitSince'> {
  if (visit === undefined) return { currentVisitStatus: null, currentVisitSince: null };
  if (visit.status === 'serving')
    return { currentVisitStatus: 'serving', currentVisitSince: visit.servingStartedAt ?? counterSince };
  return { currentVisitStatus: 'called', currentVisitSince: visit.calledAt ?? counterSince };
}

export function counterViews(state: CentreState): CounterView[] {
  return state.config.catalogue.counters.map((c) => {
    const s = state.counters.get(c.id)!;
    const current = s.currentVisitId ? state.visits.get(s.currentVisitId) : undefined;
    return {
      counterId: c.id,
      label: c.label,
      name: c.name,
      status: s.status,
      busy: current !== undefined,
      staffId: s.staffId,
      currentVisitId: s.currentVisitId,
      currentTicket: current?.ticket ?? null,
      ...currentVisitStep(current, s.since),
      breakReason: s.breakReason,
      since: s.since,
      workProfileId: profileInForce(state, c.id, s.staffId)?.id ?? null,
    };
  });
}

export function centreSnapshot(state: CentreState, now: number): CentreSnapshot {
  const { catalogue } = state.config;
  const queues = queueSummaries(state, now);
  return {
    at: now,
    businessDay: businessDay(now, catalogue.centre.timeZone),
    queues,
    counters: counterViews(state),
    opening: openingState({
      centre: catalogue.centre,
      queues: catalogue.queues,
      waitMinutes: new Map(queues.map((q) => [q.queueId, q.estimate.p50Minutes])),
      now,
    }),
  };
}

/**
 * The centre snapshot cut down to what a kiosk or display screen shows: queue names, waits and
 * estimates; for displays also the ticket at each busy counter. Kiosks see no counters at all.
 */
export function deviceView(snap: CentreSnapshot, role: DeviceRole): DeviceSnapshot {
  return {
    at: snap.at,
    businessDay: snap.businessDay,
    queues: snap.queues.map(({ queueId, name, prefix, open, waiting, estimate }) => ({
      queueId,
      name,
      prefix,
      open,
      waiting,
      estimate,
    })),
    counters:
      role === 'display'
        ? snap.counters.flatMap(({ counterId, label, currentTicket, since }) =>
            currentTicket === null ? [] : [{ counterId, label, currentTicket, since }],
          )
        : [],
    opening: snap.opening,
  };
}

export function deviceSnapshot(state: CentreState, now: number, role: DeviceRole): DeviceSnapshot {
  return deviceView(centreSnapshot(state, now), role);
}

/** The snapshot a namespace gets: staff the whole centre; displays their view; anyone else a kiosk's. */
export function snapshotForRole(snap: CentreSnapshot, role: NamespaceRole): CentreSnapshot | DeviceSnapshot {
  if (role === 'counter' || role === 'manager') return snap;
  return deviceView(snap, role === 'display' ? 'display' : 'kiosk');
}

export function publicStatus(state: CentreState, v: Visit, now: number): PublicTicketStatus {
  const service = state.config.services.get(v.serviceIds[0]!);
  const estimate = v.status === 'waiting' ? estimateVisit(state, v, now) : null;
  return {
    ticket: v.ticket,
    status: v.status,
    service: service?.name ?? { ar: v.serviceIds[0]!, en: v.serviceIds[0]! },
    position: estimate ? estimate.ahead + 1 : null,
    estimate,
    counterLabel:
      v.counterId && (v.status === 'called' || v.status === 'serving')
        ? (state.config.counters.get(v.counterId)?.label ?? null)
        : null,
    at: now,
    language: v.language,
    centre: state.config.catalogue.centre.name,
  };
}
