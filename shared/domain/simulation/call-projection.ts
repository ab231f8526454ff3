/**
 * When will each waiting visit be called? A deterministic look ahead that runs the REAL selection
 * (work profiles, calling rules, the priority interleave, visits sent to a counter or a person) on a
 * shadow copy of the lines, with every service taking its queue's mean time. Counters busy now free
 * up after the rest of their current service, counters on break come back after a typical break,
 * closed counters take no part; people ahead who will leave first are counted as a fraction of a
 * service. Recycled tickets still waiting out their delay are called once it is over. People expected to arrive (at today's recent pace) join their lines when they would come:
 * a counter that serves another queue first, or the priority interleave, takes them ahead of those
 * already waiting. Pure: reads the state, never writes it.
 */
import type { Visit } from '../../contract/visit.js';
import { advanceCallState, interleaveFor, profileInForce, selectNext } from '../selection.js';
import type { CentreState, QueueLines } from '../state.js';
import { WaitingLine } from '../waiting-list.js';

export interface QueuePace {
  meanMs: number;
  sdMs: number;
}

export interface ProjectedCall {
  /** Expected ms from now until the visit is called. */
  inMs: number;
  /** Variance (ms²) of the service times the wait runs through, on the counter that calls it. */
  variance: number;
}

export interface ProjectionInputs {
  paceOf(queueId: string): QueuePace;
  /** How long a break usually lasts: the hub does not know when a counter on break returns. */
  breakMs: number;
  /** Share of people in line who leave (cancel or miss their call) before being called. */
  leaveShare: number;
  /** Walk-ins expected after now, in time order (absent: none are foreseen). */
  expectedArrivals?: readonly ExpectedArrival[];
}

export interface ExpectedArrival {
  queueId: string;
  /**
   * The class they will wait in, as a recent arrival of that queue did (null: the normal line;
   * 'appointment': a check-in, due when it arrives).
   */
  priority: Visit['priority'];
  at: number;
  /** Placed ahead of everyone waiting (a transfer back to its first arrival's place), not behind. */
  front?: boolean;
}

const EXPECTED_PREFIX = '~expected-';
/** Below any real place in line (those start at 1 and only move by transfers to the front). */
const FRONT_KEY = -1e9;

/** Of a service already under way, at least this share of the mean is assumed still to come. */
const MIN_RESIDUAL = 0.15;

/**
 * The look-ahead places at most this many calls; a visit further back gets the simple formula
 * (estimate.ts). The projection runs on every snapshot and for every issued ticket, and its cost
 * grew with the line: with thousands waiting (an overloaded hub) it took the hub from thousands of
 * tickets a second to a hundred. 1,000 calls is a whole day at a large centre (20 counters, 10 minutes
 * each: over 8 hours), so no estimate a real centre shows comes from the formula because of it.
 */
export const MAX_PROJECTED_CALLS = 1_000;

/**
 * The look-ahead's copy of the centre: each line an overlay of the real one (read in place, so its
 * cost does not grow with the line), the real visits read from the state, the expected walk-ins and
 * the newcomer added. Valid only until the state changes: the projection runs synchronously.
 */
function shadowState(
  state: CentreState,
  newcomer: Visit | undefined,
  expected: readonly ExpectedArrival[],
): CentreState {
  const added = new Map<string, Visit>();
  const lines = new Map<string, QueueLines>();
  for (const [q, l] of state.lines)
    lines.set(q, { priority: l.priority.overlay(), normal: l.normal.overlay() });
  if (newcomer) {
    added.set(newcomer.id, newcomer);
    lines.get(newcomer.queueId)?.normal.insert({ key: newcomer.sortKey, id: newcomer.id });
  }
  for (const v of expectedVisits(state, expected)) {
    added.set(v.id, v);
    lines.get(v.queueId)?.[v.priority ? 'priority' : 'normal'].insert({ key: v.sortKey, id: v.id });
  }
  const overlays = (m: Map<string, WaitingLine>) =>
    new Map([...m].map(([k, l]) => [k, l.overlay()] as const));
  return {
    ...state,
    lines,
    assignedToCounter: overlays(state.assignedToCounter),
    assignedToStaff: overlays(state.assignedToStaff),
    callStates: new Map(state.callStates),
    visits: added.size ? new VisitsWithAdded(state.visits, added) : state.visits,
  };
}

/** The expected walk-ins as visits, made once per list (a snapshot's projections share its list). */
const expectedMade = new WeakMap<
  readonly ExpectedArrival[],
  { state: CentreState; nextArrivalKey: number; visits: Visit[] }
>();

function expectedVisits(state: CentreState, expected: readonly ExpectedArrival[]): Visit[] {
  const made = expectedMade.get(expected);
  if (made && made.state === state && made.nextArrivalKey === state.nextArrivalKey) return made.visits;
  const template = state.visits.values().next().value;
  const visits: Visit[] = [];
  if (template)
    expected.forEach((a, i) => {
      if (!state.lines.has(a.queueId)) return;
      // Behind everyone here now (and the newcomer), or ahead of them all; not callable before they arrive.
      const sortKey = a.front ? FRONT_KEY + i : state.nextArrivalKey + 1 + i;
      visits.push({
        ...template,
        id: `${EXPECTED_PREFIX}${i}`,
        queueId: a.queueId,
        status: 'waiting',
        priority: a.priority,
        sortKey,
        arrivalKey: sortKey,
        issuedAt: a.at,
        notBefore: a.at,
        assignedCounterId: null,
        assignedStaffId: null,
        appointmentAt: a.priority === 'appointment' ? a.at : null,
      });
    });
  expectedMade.set(expected, { state, nextArrivalKey: state.nextArrivalKey, visits });
  return visits;
}

/** The state's visits and the look-ahead's own (read only by id: the calling rules only look visits up). */
class VisitsWithAdded extends Map<string, Visit> {
  constructor(
    private readonly real: ReadonlyMap<string, Visit>,
    added: Map<string, Visit>,
  ) {
    super(added);
  }

  override get(id: string): Visit | undefined {
    return this.real.get(id) ?? super.get(id);
  }

  override has(id: string): boolean {
    return this.real.has(id) || super.has(id);
  }
}

interface Reachable {
  version: number;
  now: number;
  count: number;
  wakes: number[];
}
/** A snapshot runs a projection per queue (the newcomers) on one state at one instant: read it once. */
const reachableSeen = new WeakMap<CentreState, Reachable>();

/**
 * The real visits the look-ahead can reach, and when those not callable now become callable. A line
 * is read only as far as the look-ahead can reach: behind MAX_PROJECTED_CALLS visits callable now
 * (they stay callable), nobody is called before the projection stops. A priority line is read whole:
 * "appointments due" looks through all of it, not only at its front.
 */
function reachable(state: CentreState, now: number): Reachable {
  const seen = reachableSeen.get(state);
  if (seen && seen.version === state.version && seen.now === now) return seen;
  let count = 0;
  const wakes: number[] = [];
  const read = (line: WaitingLine, reach: number) => {
    let callableNow = 0;
    for (const id of line.idsFromFront()) {
      if (callableNow >= reach) break;
      const v = state.visits.get(id);
      if (!v || v.status !== 'waiting') continue;
      count++;
      if (v.notBefore !== null && v.notBefore > now) wakes.push(v.notBefore);
      else callableNow++;
    }
  };
  for (const l of state.lines.values()) {
    read(l.priority, Infinity);
    read(l.normal, MAX_PROJECTED_CALLS);
  }
  for (const l of state.assignedToCounter.values()) read(l, MAX_PROJECTED_CALLS);
  for (const l of state.assignedToStaff.values()) read(l, MAX_PROJECTED_CALLS);
  const fresh = { version: state.version, now, count, wakes };
  reachableSeen.set(state, fresh);
  return fresh;
}

function removeFromShadow(shadow: CentreState, v: Visit): void {
  const entry = { key: v.sortKey, id: v.id };
  if (v.assignedCounterId) shadow.assignedToCounter.get(v.assignedCounterId)?.remove(entry);
  else if (v.assignedStaffId) shadow.assignedToStaff.get(v.assignedStaffId)?.remove(entry);
  else shadow.lines.get(v.queueId)?.[v.priority ? 'priority' : 'normal'].remove(entry);
}

interface Desk {
  counterId: string;
  staffId: string | null;
  freeAt: number;
  variance: number;
}

/**
 * `newcomer`: a ticket not yet issued, placed at the back of its queue's normal line, so that the
 * estimate shown before issuing is the one the ticket gets; the projection stops once it is called.
 */
export function projectCalls(
  state: CentreState,
  now: number,
  inputs: ProjectionInputs,
  newcomer?: Visit,
): Map<string, ProjectedCall> {
  const desks: Desk[] = [];
  for (const c of state.counters.values()) {
    if (c.status === 'closed') continue;
    let freeAt = now;
    let variance = 0;
    if (c.status === 'break') freeAt = Math.max(now, c.since + inputs.breakMs);
    if (c.currentVisitId) {
      const v = state.visits.get(c.currentVisitId);
      if (v) {
        const pace = inputs.paceOf(v.queueId);
        const started = v.servingStartedAt ?? now;
        freeAt = Math.max(freeAt, now + Math.max(pace.meanMs - (now - started), MIN_RESIDUAL * pace.meanMs));
        variance = pace.sdMs ** 2 / 2;
      }
    }
    desks.push({ counterId: c.counterId, staffId: c.staffId, freeAt, variance });
  }
  const expected = inputs.expectedArrivals ?? [];
  const shadow = shadowState(state, newcomer, expected);
  const calls = new Map<string, ProjectedCall>();
  const stay = 1 - inputs.leaveShare;
  // When something not yet callable becomes callable: an expected walk-in arrives, or a recycled
  // ticket (or an early check-in) is through its delay. A counter with nothing to call waits for it.
  const real = reachable(state, now);
  let realLeft = real.count + (newcomer ? 1 : 0);
  const wakes: number[] = [...expected.map((a) => a.at), ...real.wakes];
  if (newcomer?.notBefore != null && newcomer.notBefore > now) wakes.push(newcomer.notBefore);
  wakes.sort((a, b) => a - b);
  let placed = 0;
  while (realLeft > 0 && placed < MAX_PROJECTED_CALLS) {
    let desk: Desk | undefined;
    for (const d of desks) if (d.freeAt !== Infinity && (!desk || d.freeAt < desk.freeAt)) desk = d;
    if (!desk) break;
    const pick = selectNext(shadow, desk.counterId, desk.staffId, desk.freeAt);
    if (!pick) {
      // Nothing this counter may call now: it waits for the next thing to become callable, or drops out.
      desk.freeAt = nextAfter(wakes, desk.freeAt);
      continue;
    }
    placed++;
    const v = pick.visit;
    if (!v.id.startsWith(EXPECTED_PREFIX)) {
      calls.set(v.id, { inMs: desk.freeAt - now, variance: desk.variance });
      realLeft--;
    }
    if (v === newcomer) break;
    if (pick.queueClass) {
      const interleave = interleaveFor(shadow, profileInForce(shadow, desk.counterId, desk.staffId));
      const priorityLeft =
        (shadow.lines.get(v.queueId)?.priority.size ?? 0) - (pick.queueClass === 'priority' ? 1 : 0) > 0;
      shadow.callStates.set(
        v.queueId,
        advanceCallState(
          shadow.callStates.get(v.queueId),
          v.queueId,
          pick.queueClass,
          interleave,
          priorityLeft,
        ),
      );
    }
    removeFromShadow(shadow, v);
    const pace = inputs.paceOf(v.queueId);
    desk.freeAt += pace.meanMs * stay;
    desk.variance += pace.sdMs ** 2 * stay;
  }
  return calls;
}

/** The first of the sorted `times` after `t` (Infinity: none). */
function nextAfter(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return times[lo] ?? Infinity;
}
