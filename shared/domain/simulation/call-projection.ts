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
import {
  advanceCallState,
  interleaveFor,
  profileInForce,
  queuesOfProfile,
  selectNext,
  type Pick,
} from '../selection.js';
import type { CentreState, QueueLines } from '../state.js';
import { WaitingLine, type LineEntry } from '../waiting-list.js';

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
  /** Known by id only, put in a line by the caller when asked about (projectNewcomers). */
  knownOnly: readonly Visit[] = [],
): CentreState {
  const added = new Map<string, Visit>(knownOnly.map((v) => [v.id, v]));
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
  /**
   * Per line read with a reach, its MAX_PROJECTED_CALLS-th visit callable now (absent: the line is
   * shorter). Anyone behind it cannot be placed: those ahead stay callable and are called first.
   */
  cutoffs: Map<WaitingLine, LineEntry>;
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
  const cutoffs = new Map<WaitingLine, LineEntry>();
  const read = (line: WaitingLine, reach: number) => {
    let callableNow = 0;
    for (const id of line.idsFromFront()) {
      if (callableNow >= reach) break;
      const v = state.visits.get(id);
      if (!v || v.status !== 'waiting') continue;
      count++;
      if (v.notBefore !== null && v.notBefore > now) wakes.push(v.notBefore);
      else if (++callableNow === reach) cutoffs.set(line, { key: v.sortKey, id: v.id });
    }
  };
  for (const l of state.lines.values()) {
    read(l.priority, Infinity);
    read(l.normal, MAX_PROJECTED_CALLS);
  }
  for (const l of state.assignedToCounter.values()) read(l, MAX_PROJECTED_CALLS);
  for (const l of state.assignedToStaff.values()) read(l, MAX_PROJECTED_CALLS);
  const fresh = { version: state.version, now, count, wakes, cutoffs };
  reachableSeen.set(state, fresh);
  return fresh;
}

const behind = (e: LineEntry, cutoff: LineEntry | undefined) =>
  cutoff !== undefined && (e.key > cutoff.key || (e.key === cutoff.key && e.id > cutoff.id));

/** Cut-offs of single lines, read on demand (beyondReach) when no projection has read them all yet. */
const lineCutoffsSeen = new WeakMap<
  CentreState,
  { version: number; now: number; cutoffs: Map<WaitingLine, LineEntry | null> }
>();

/** reachable(state, now).cutoffs.get(line), reading only this line unless a projection has read them all. */
function cutoffOf(state: CentreState, now: number, line: WaitingLine): LineEntry | undefined {
  const all = reachableSeen.get(state);
  if (all && all.version === state.version && all.now === now) return all.cutoffs.get(line);
  let seen = lineCutoffsSeen.get(state);
  if (!seen || seen.version !== state.version || seen.now !== now) {
    seen = { version: state.version, now, cutoffs: new Map() };
    lineCutoffsSeen.set(state, seen);
  }
  let cutoff = seen.cutoffs.get(line);
  if (cutoff === undefined) {
    cutoff = null;
    let callableNow = 0;
    for (const id of line.idsFromFront()) {
      const v = state.visits.get(id);
      if (!v || v.status !== 'waiting' || (v.notBefore !== null && v.notBefore > now)) continue;
      if (++callableNow === MAX_PROJECTED_CALLS) {
        cutoff = { key: v.sortKey, id: v.id };
        break;
      }
    }
    seen.cutoffs.set(line, cutoff);
  }
  return cutoff ?? undefined;
}

/**
 * True when the look-ahead at `now` cannot place this waiting visit: at least MAX_PROJECTED_CALLS
 * visits callable now are ahead of it in its own line (a priority line is never cut off: appointments
 * are called out of its order). Saves running the projection for a ticket that would get the
 * simple formula anyway (an overloaded hub issuing at the back of long lines).
 */
export function beyondReach(state: CentreState, now: number, v: Visit): boolean {
  if (v.status !== 'waiting') return false;
  const line = v.assignedCounterId
    ? state.assignedToCounter.get(v.assignedCounterId)
    : v.assignedStaffId
      ? state.assignedToStaff.get(v.assignedStaffId)
      : v.priority
        ? undefined
        : state.lines.get(v.queueId)?.normal;
  const entry = { key: v.sortKey, id: v.id };
  // Fewer than MAX_PROJECTED_CALLS ahead at all: within reach, without reading the line.
  if (!line || line.indexOf(entry) < MAX_PROJECTED_CALLS) return false;
  return behind(entry, cutoffOf(state, now, line));
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
  const desks = desksAt(state, now, inputs);
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
    callMade(shadow, desk, pick, inputs.paceOf(v.queueId), stay);
  }
  return calls;
}

function desksAt(state: CentreState, now: number, inputs: ProjectionInputs): Desk[] {
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
  return desks;
}

/** The shadow after `desk` calls `pick`: the interleave moves on, the visit leaves its line, the desk is busy. */
function callMade(shadow: CentreState, desk: Desk, pick: Pick, pace: QueuePace, stay: number): void {
  const v = pick.visit;
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
  desk.freeAt += pace.meanMs * stay;
  desk.variance += pace.sdMs ** 2 * stay;
}

/**
 * projectCalls(state, now, inputs, n).get(n.id) for each newcomer n, from ONE run of the look-ahead
 * instead of one per newcomer (a centre snapshot asks for every queue's: 50 runs of up to 1,000 calls
 * every half second, the largest cost of a busy hub). Exact, because a newcomer at the back of a
 * normal line changes no call but its own: every rule takes a line's first callable visit (or, for
 * appointments, reads only the priority lines), so until a counter would call the newcomer, the run
 * with it calls exactly who the run without it calls (but see the exception below). At each step, each newcomer at the front of its
 * line's callable visits is tried on the counter about to call (put in the line, asked, taken out);
 * the first counter that would call it gives its time. The newcomers must be callable now (no
 * notBefore: a later one would add a wake-up time and change the run).
 * One exception: a newcomer can turn its line's offer from a priority visit to itself (the interleave
 * owes a normal call) and so let another queue's visit win "longest wait": from there its run differs,
 * and that newcomer gets a run of its own.
 */
export function projectNewcomers(
  state: CentreState,
  now: number,
  inputs: ProjectionInputs,
  newcomers: readonly Visit[],
): Map<string, ProjectedCall | undefined> {
  const result = new Map<string, ProjectedCall | undefined>(newcomers.map((n) => [n.id, undefined]));
  const real = reachable(state, now);
  const expected = inputs.expectedArrivals ?? [];
  const shadow = shadowState(state, undefined, expected, newcomers);
  // Not yet called; those beyond reach (a line of MAX_PROJECTED_CALLS callable now) never will be.
  let waiting = newcomers.flatMap((visit) => {
    if (visit.notBefore !== null && visit.notBefore > now)
      throw new Error('projectNewcomers: a newcomer must be callable now');
    const realLine = state.lines.get(visit.queueId)?.normal;
    const line = shadow.lines.get(visit.queueId)?.normal;
    const entry = { key: visit.sortKey, id: visit.id };
    if (!realLine || !line || real.cutoffs.has(realLine)) return [];
    return [{ visit, line, entry }];
  });
  const desks = desksAt(state, now, inputs);
  const stay = 1 - inputs.leaveShare;
  const wakes: number[] = [...expected.map((a) => a.at), ...real.wakes];
  wakes.sort((a, b) => a - b);
  let realCalled = 0;
  let placed = 0;
  // A run with one newcomer goes on while a real visit is left (real.count and the newcomer).
  while (waiting.length > 0 && placed < MAX_PROJECTED_CALLS && realCalled <= real.count) {
    let desk: Desk | undefined;
    for (const d of desks) if (d.freeAt !== Infinity && (!desk || d.freeAt < desk.freeAt)) desk = d;
    if (!desk) break;
    const at = desk.freeAt;
    const callable = (id: string) => {
      const v = shadow.visits.get(id);
      return v !== undefined && (v.notBefore === null || v.notBefore <= at);
    };
    const pick = selectNext(shadow, desk.counterId, desk.staffId, at);
    const profile = profileInForce(shadow, desk.counterId, desk.staffId);
    const reach = profile ? queuesOfProfile(profile) : undefined;
    const settled: Visit[] = [];
    for (const w of waiting) {
      // Only through a rule naming its queue (or "longest wait anywhere"), and only from the front.
      if (!reach || !(reach.fallback || reach.queues.has(w.visit.queueId))) continue;
      const ahead = w.line.first(callable);
      if (ahead && !behind(ahead, w.entry)) continue;
      w.line.insert(w.entry);
      const withIt = selectNext(shadow, desk.counterId, desk.staffId, at);
      w.line.remove(w.entry);
      if (withIt?.visit === w.visit) {
        result.set(w.visit.id, { inMs: at - now, variance: desk.variance });
        settled.push(w.visit);
      } else if (withIt?.visit !== pick?.visit || withIt?.queueClass !== pick?.queueClass) {
        // Its line now owes a normal call where it owed a priority one, and under "longest wait" another
        // queue's visit goes first: the runs part here. That newcomer gets a run of its own.
        result.set(w.visit.id, projectCalls(state, now, inputs, w.visit).get(w.visit.id));
        settled.push(w.visit);
      }
    }
    if (settled.length) waiting = waiting.filter((w) => !settled.includes(w.visit));
    if (!pick) {
      desk.freeAt = nextAfter(wakes, at);
      continue;
    }
    placed++;
    if (!pick.visit.id.startsWith(EXPECTED_PREFIX)) realCalled++;
    callMade(shadow, desk, pick, inputs.paceOf(pick.visit.queueId), stay);
  }
  return result;
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
