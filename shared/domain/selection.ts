/**
 * Who a counter calls next: visits sent to this counter, then to this staff member, then the
 * work profile's rules in order. Within a queue, priority and normal tickets interleave
 * (e.g. 2 priority, then 1 normal) so normal tickets are never starved.
 */
import type { CallingRule, Interleave, WorkProfile } from '../contract/catalogue.js';
import type { Visit } from '../contract/visit.js';
import type { CallState, CentreState } from './state.js';

export interface Pick {
  visit: Visit;
  /** Set when the pick came from a queue line, so the interleave state can advance. */
  queueClass: 'priority' | 'normal' | null;
}

export function profileInForce(
  state: CentreState,
  counterId: string,
  staffId: string | null,
): WorkProfile | undefined {
  const own = staffId ? state.staffProfiles.get(staffId) : undefined;
  const id = own ?? state.config.counters.get(counterId)?.workProfileId;
  return id ? state.config.profiles.get(id) : undefined;
}

export function interleaveFor(state: CentreState, profile: WorkProfile | undefined): Interleave {
  return profile?.interleave ?? state.config.catalogue.centre.interleave;
}

function isCallable(state: CentreState, now: number) {
  return (id: string) => {
    const v = state.visits.get(id);
    return v !== undefined && (v.notBefore === null || v.notBefore <= now);
  };
}

/** Which class the queue owes its next call to, given who is waiting in each. */
export function owedClass(
  callState: CallState | undefined,
  interleave: Interleave,
  hasPriority: boolean,
  hasNormal: boolean,
): 'priority' | 'normal' | null {
  if (!hasPriority && !hasNormal) return null;
  if (!hasNormal) return 'priority';
  if (!hasPriority) return 'normal';
  return (callState?.priorityRun ?? 0) < interleave.priority ? 'priority' : 'normal';
}

/** The interleave bookkeeping after a call from `queueClass`. */
export function advanceCallState(
  prev: CallState | undefined,
  queueId: string,
  queueClass: 'priority' | 'normal',
  interleave: Interleave,
  priorityStillWaiting: boolean,
): CallState {
  const s = prev ?? { queueId, priorityRun: 0, normalRun: 0 };
  if (queueClass === 'priority') return { queueId, priorityRun: s.priorityRun + 1, normalRun: 0 };
  const normalRun = s.normalRun + 1;
  // The normal quota is used up, or nobody with priority is waiting: start a fresh cycle.
  if (normalRun >= interleave.normal || !priorityStillWaiting)
    return { queueId, priorityRun: 0, normalRun: 0 };
  return { queueId, priorityRun: s.priorityRun, normalRun };
}

export function pickFromQueue(
  state: CentreState,
  queueId: string,
  interleave: Interleave,
  now: number,
  // The look-ahead asks every queue for every call it places: one test of "callable now" serves them all.
  callable: (id: string) => boolean = isCallable(state, now),
): Pick | undefined {
  const lines = state.lines.get(queueId);
  if (!lines) return undefined;
  const p = lines.priority.first(callable);
  const n = lines.normal.first(callable);
  const cls = owedClass(state.callStates.get(queueId), interleave, p !== undefined, n !== undefined);
  const entry = cls === 'priority' ? p : cls === 'normal' ? n : undefined;
  if (!entry || !cls) return undefined;
  return { visit: state.visits.get(entry.id)!, queueClass: cls };
}

/**
 * The pick with the smallest place in line among the queues'. Loops rather than map: the look-ahead
 * (simulation/call-projection.ts) runs this for every call it projects, over every queue.
 */
function earliest(
  state: CentreState,
  queueIds: Iterable<string>,
  interleave: Interleave,
  now: number,
): Pick | undefined {
  let best: Pick | undefined;
  const callable = isCallable(state, now);
  for (const q of queueIds) {
    const p = pickFromQueue(state, q, interleave, now, callable);
    if (p && (!best || p.visit.sortKey < best.visit.sortKey)) best = p;
  }
  return best;
}

function pickByRule(
  state: CentreState,
  rule: CallingRule,
  interleave: Interleave,
  now: number,
): Pick | undefined {
  switch (rule.kind) {
    case 'appointmentsDue': {
      let best: Visit | undefined;
      const callable = isCallable(state, now);
      for (const q of rule.queueIds) {
        const priority = state.lines.get(q)?.priority;
        if (!priority || priority.size === 0) continue;
        for (const id of priority.ids()) {
          const v = state.visits.get(id);
          if (!v || v.priority !== 'appointment' || v.appointmentAt === null || !callable(id)) continue;
          if (v.appointmentAt > now + rule.withinMinutes * 60_000) continue;
          if (
            !best ||
            v.appointmentAt < best.appointmentAt! ||
            (v.appointmentAt === best.appointmentAt && v.sortKey < best.sortKey)
          )
            best = v;
        }
      }
      return best ? { visit: best, queueClass: 'priority' } : undefined;
    }
    case 'queuesInOrder': {
      const callable = isCallable(state, now);
      for (const q of rule.queueIds) {
        const p = pickFromQueue(state, q, interleave, now, callable);
        if (p) return p;
      }
      return undefined;
    }
    case 'longestWaiting':
      return earliest(state, rule.queueIds, interleave, now);
    case 'longestWaitingAll':
      return earliest(state, state.lines.keys(), interleave, now);
  }
}

export function selectNext(
  state: CentreState,
  counterId: string,
  staffId: string | null,
  now: number,
): Pick | undefined {
  const callable = isCallable(state, now);
  const toCounter = state.assignedToCounter.get(counterId)?.first(callable);
  if (toCounter) return { visit: state.visits.get(toCounter.id)!, queueClass: null };
  if (staffId) {
    const toStaff = state.assignedToStaff.get(staffId)?.first(callable);
    if (toStaff) return { visit: state.visits.get(toStaff.id)!, queueClass: null };
  }
  const profile = profileInForce(state, counterId, staffId);
  if (!profile) return undefined;
  const interleave = interleaveFor(state, profile);
  for (const rule of profile.rules) {
    const pick = pickByRule(state, rule, interleave, now);
    if (pick) return pick;
  }
  return undefined;
}

const profileQueues = new WeakMap<WorkProfile, { queues: Set<string>; fallback: boolean }>();

/**
 * The queues a profile names in its rules, and whether it ends in "longest wait across all queues".
 * Cached per profile object: catalogue objects are replaced, never mutated.
 */
export function queuesOfProfile(profile: WorkProfile): { queues: Set<string>; fallback: boolean } {
  let cached = profileQueues.get(profile);
  if (!cached) {
    const queues = new Set<string>();
    let fallback = false;
    for (const r of profile.rules) {
      if (r.kind === 'longestWaitingAll') fallback = true;
      else for (const q of r.queueIds) queues.add(q);
    }
    cached = { queues, fallback };
    profileQueues.set(profile, cached);
  }
  return cached;
}
