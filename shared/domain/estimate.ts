/**
 * Waiting-time estimates. Method (also in the README):
 * a waiting visit's p50 is when a look-ahead of the real calling rules expects it to be called
 * (simulation/call-projection.ts); the p10–p90 range around it is calibrated on simulated days
 * (tests/simulation, `npm run bench -- estimates`). When the look-ahead cannot place a visit (no
 * counter open that will call it), the simple formula below is the fallback: k people ahead, c open
 * counters, n = (k + 1) / c service completions less the part-served head start, the sum approximated
 * as normal: p50 = n·μ, p90 = n·μ + 1.2816·√n·σ. Service times come from the queue's recent real
 * transactions (at least MIN_SAMPLES, else the service's expected minutes with a spread of half the mean).
 * The queue runs past closing when now + p50 is after closing time.
 */
import type { Interleave } from '../contract/catalogue.js';
import type { Visit } from '../contract/visit.js';
import { localTime } from './time.js';
import { minutesUntilClose } from './opening-state.js';
import type { CentreState } from './state.js';
import { profileInForce, queuesOfProfile, interleaveFor } from './selection.js';
import {
  beyondReach,
  projectCalls,
  projectNewcomers,
  type ExpectedArrival,
  type ProjectedCall,
  type ProjectionInputs,
} from './simulation/call-projection.js';

export const MIN_SAMPLES = 5;
const Z90 = 1.2816;

export interface WaitEstimate {
  /** People ahead in line. */
  ahead: number;
  /** Lower end of the range shown with p90 (a tenth of waits are shorter). */
  p10Minutes?: number;
  p50Minutes: number;
  p90Minutes: number;
  /** Counters currently serving the queue (0: nobody is, the estimate assumes one). */
  counters: number;
  pastClosing: boolean;
}

export interface ServiceTimeStats {
  meanMs: number;
  sdMs: number;
  fromHistory: boolean;
}

export function serviceTimeStats(
  samples: readonly number[] | undefined,
  expectedMinutes: number,
): ServiceTimeStats {
  if (!samples || samples.length < MIN_SAMPLES) {
    const meanMs = expectedMinutes * 60_000;
    return { meanMs, sdMs: meanMs / 2, fromHistory: false };
  }
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (samples.length - 1);
  return { meanMs: mean, sdMs: Math.sqrt(variance), fromHistory: true };
}

export function estimateFor(
  ahead: number,
  counters: number,
  stats: ServiceTimeStats,
): { p50: number; p90: number } {
  const c = Math.max(1, counters);
  const n = (ahead + 1) / c;
  // The people at the counters are usually part-way through service: the first counter frees up
  // about half a service early, i.e. half of one service less spread over the c counters.
  const effective = Math.max(0, n - 0.5 / c);
  const p50 = effective * stats.meanMs;
  const p90 = p50 + Z90 * Math.sqrt(effective) * stats.sdMs;
  return { p50: p50 / 60_000, p90: p90 / 60_000 };
}

/**
 * Counters open (available or busy, not on break or closed) whose profile names the queue. Counters
 * that reach it only through a final "longest wait anywhere" rule are counted only when no counter
 * names it: they mostly serve their own queues, so counting them would make every estimate too short.
 */
export function countersServing(state: CentreState, queueId: string): number {
  let named = 0;
  let fallback = 0;
  for (const c of state.counters.values()) {
    if (c.status !== 'available') continue;
    const profile = profileInForce(state, c.counterId, c.staffId);
    if (!profile) continue;
    const reach = queuesOfProfile(profile);
    if (reach.queues.has(queueId)) named++;
    else if (reach.fallback) fallback++;
  }
  return named > 0 ? named : fallback;
}

/** People ahead of a waiting visit, counting the other class as the interleave will serve it. */
export function peopleAhead(state: CentreState, v: Visit, interleave: Interleave): number {
  if (v.status !== 'waiting') return 0;
  if (v.assignedCounterId)
    return state.assignedToCounter.get(v.assignedCounterId)?.indexOf({ key: v.sortKey, id: v.id }) ?? 0;
  if (v.assignedStaffId)
    return state.assignedToStaff.get(v.assignedStaffId)?.indexOf({ key: v.sortKey, id: v.id }) ?? 0;
  const lines = state.lines.get(v.queueId);
  if (!lines) return 0;
  const entry = { key: v.sortKey, id: v.id };
  if (v.priority) {
    const idx = lines.priority.indexOf(entry);
    return idx + Math.min(lines.normal.size, Math.floor(idx / interleave.priority) * interleave.normal);
  }
  const idx = lines.normal.indexOf(entry);
  return idx + Math.min(lines.priority.size, (Math.floor(idx / interleave.normal) + 1) * interleave.priority);
}

interface CachedStats {
  version: number;
  catalogue: unknown;
  byQueue: Map<string, ServiceTimeStats>;
}
const statsCache = new WeakMap<CentreState, CachedStats>();

/** Per-queue statistics, recomputed only after a new sample or a configuration change (a hot path). */
function queueStats(state: CentreState, queueId: string): ServiceTimeStats {
  let cache = statsCache.get(state);
  if (!cache || cache.version !== state.serviceTimeVersion || cache.catalogue !== state.config.catalogue) {
    cache = { version: state.serviceTimeVersion, catalogue: state.config.catalogue, byQueue: new Map() };
    statsCache.set(state, cache);
  }
  let stats = cache.byQueue.get(queueId);
  if (!stats) {
    const expected = state.config.catalogue.services
      .filter((s) => s.queueId === queueId)
      .map((s) => s.expectedMinutes);
    const expectedMinutes = expected.length ? expected.reduce((a, b) => a + b, 0) / expected.length : 10;
    stats = serviceTimeStats(state.serviceTimes.get(queueId), expectedMinutes);
    cache.byQueue.set(queueId, stats);
  }
  return stats;
}

function minutesToClose(state: CentreState, now: number): number | null {
  const { day, weekday, minutesOfDay } = localTime(now, state.config.catalogue.centre.timeZone);
  // Read as the opening state reads them (closed dates first; a close at or before the opening is
  // midnight; a midnight close into a midnight opening does not close).
  return minutesUntilClose(state.config.catalogue.centre, day, weekday, minutesOfDay);
}

/** Estimate for someone joining the back of the queue now (ahead = everyone waiting). */
export function estimateQueue(state: CentreState, queueId: string, now: number): WaitEstimate {
  const lines = state.lines.get(queueId);
  const ahead = (lines?.priority.size ?? 0) + (lines?.normal.size ?? 0);
  const snap = snapshot(state, now);
  return finish(state, snap, queueId, ahead, newcomerProjection(state, snap, queueId));
}

export function estimateVisit(state: CentreState, v: Visit, now: number): WaitEstimate {
  const interleave = interleaveFor(state, undefined);
  const ahead = peopleAhead(state, v, interleave);
  const snap = snapshot(state, now);
  // Once the look-ahead has run for this instant, read it; until then, a ticket at the back of a long
  // line gets the formula without running it (it could not place the ticket).
  const projected =
    v.status !== 'waiting'
      ? undefined
      : (snap.calls ?? (beyondReach(state, now, v) ? undefined : callsOf(state, snap)))?.get(v.id);
  return finish(state, snap, v.queueId, ahead, projected);
}

const tenth = (x: number) => Math.round(x * 10) / 10;

/** From the look-ahead's call time when it placed the visit, else from the simple formula. */
function finish(
  state: CentreState,
  snap: Snapshot,
  queueId: string,
  ahead: number,
  projected: ProjectedCall | undefined,
): WaitEstimate {
  let counters = snap.countersByQueue.get(queueId);
  if (counters === undefined) {
    counters = countersServing(state, queueId);
    snap.countersByQueue.set(queueId, counters);
  }
  const range = shownRange({ ahead, counters, stats: queueStats(state, queueId), projected });
  const left = snap.minutesToClose;
  return {
    ahead,
    p10Minutes: tenth(range.p10),
    p50Minutes: tenth(range.p50),
    p90Minutes: tenth(range.p90),
    counters,
    pastClosing: left === null ? true : range.p50 > left,
  };
}

/**
 * The shown range round the projected call time: the spread of the service times the wait runs
 * through, plus a share of the wait itself for what the projection cannot see (arrivals with
 * priority beyond the expected pace, people leaving, breaks, staff pace). Calibrated on the tuning seeds of
 * tests/simulation so that about 90 % of actual waits fall inside p10–p90.
 */
export const RANGE: Readonly<Record<'spreadZ' | 'lowShare' | 'highShare' | 'floorMinutes', number>> = {
  spreadZ: 1.2816,
  lowShare: 0.45,
  highShare: 0.45,
  floorMinutes: 0.5,
};

export function rangeAround(inMs: number, varianceMs2: number): { p10: number; p50: number; p90: number } {
  const p50 = inMs / 60_000;
  const spread = (RANGE.spreadZ * Math.sqrt(varianceMs2)) / 60_000;
  return {
    p10: Math.max(0, p50 - spread - RANGE.lowShare * p50 - (p50 > 0 ? RANGE.floorMinutes : 0)),
    p50,
    p90: p50 + spread + RANGE.highShare * p50 + (p50 > 0 ? RANGE.floorMinutes : 0),
  };
}

/**
 * A quick service, as a share of the queue's mean service time: the low end of the range assumes no
 * service ahead is quicker than this. Chosen on the tuning seeds of tests/simulation (0.3–0.8 tried):
 * 0.6 and above took the overloaded peak's p10–p90 coverage below 85 % (people ahead who leave make
 * the line move faster than any quick service), and 0.4 and above made "your turn is near"
 * (estimate-notice.ts, halfway between p10 and p50) come at short notice for more than 2 % there.
 */
export const QUICK_SERVICE_SHARE = 0.3;

/**
 * The shortest honest wait in minutes for someone with `ahead` people before them (issue #15): even if
 * the services in hand ended at once, each of the c counters still has to serve its share of those
 * ahead before one is free for them: (ahead + 1) / c calls, the first round of c without a service,
 * the rest each a quick service. Without it the low end came from a share of p50 and a normal
 * approximation and fell near 0 however long the line: 7 ahead read "2–58 min".
 */
export function quickestWait(ahead: number, counters: number, stats: ServiceTimeStats): number {
  const c = Math.max(1, counters);
  const servicesBefore = Math.max(0, (ahead + 1) / c - 1);
  return (servicesBefore * QUICK_SERVICE_SHARE * stats.meanMs) / 60_000;
}

export interface RangeInput {
  ahead: number;
  counters: number;
  stats: ServiceTimeStats;
  /** The look-ahead's call time when it placed the visit; else the simple formula (estimateFor). */
  projected?: ProjectedCall | undefined;
}

/**
 * The range shown, in minutes. Its low end is never below quickestWait (and never above p50): this
 * bounds the width by the people ahead: for a long line the range starts at about 0.3 of its p50 or more
 * instead of near 0 (7 ahead at one counter, 5-minute services: 11–72 minutes, before 3–72).
 */
export function shownRange(i: RangeInput): { p10: number; p50: number; p90: number } {
  let range: { p10: number; p50: number; p90: number };
  if (i.projected) range = rangeAround(i.projected.inMs, i.projected.variance);
  else {
    const { p50, p90 } = estimateFor(i.ahead, i.counters, i.stats);
    range = { p10: Math.max(0, 2 * p50 - p90), p50, p90 };
  }
  const floor = Math.min(range.p50, quickestWait(i.ahead, i.counters, i.stats));
  return { ...range, p10: Math.max(range.p10, floor) };
}

/**
 * Break length assumed when a counter goes on break and the centre does not set its own
 * (`centre.typicalBreakMinutes`): the hub is not told when a counter will return.
 */
export const DEFAULT_BREAK_MINUTES = 20;

/**
 * Everything a snapshot derives once and every estimate in it reads: the look-ahead, the counters
 * serving each queue, the minutes to closing. Valid for one instant and one state version.
 */
interface Snapshot {
  now: number;
  version: number;
  /** Replaced (never mutated) by live configuration, outside applyChange: checked by identity. */
  catalogue: unknown;
  staffProfiles: unknown;
  /** Made when first asked for (callsOf): a snapshot of queues only, or of tickets beyond reach, needs none. */
  calls?: Map<string, ProjectedCall>;
  /** Per queue: when a walk-in issued now would be called (undefined: not projected). */
  newcomers: Map<string, ProjectedCall | undefined>;
  countersByQueue: Map<string, number>;
  minutesToClose: number | null;
  /** Made when a projection first needs them (inputsOf): they read every visit of the day. */
  inputs?: ProjectionInputs;
}
const snapshots = new WeakMap<CentreState, Snapshot>();

/**
 * A snapshot estimates every waiting visit at one `now`: one projection serves them all. It is keyed
 * on the state's version, bumped by every applied change: a key made of line sizes would serve a
 * stale estimate after a move that keeps every size (a postponed ticket, a transfer to the front).
 */
function snapshot(state: CentreState, now: number): Snapshot {
  const cached = snapshots.get(state);
  if (
    cached &&
    cached.now === now &&
    cached.version === state.version &&
    cached.catalogue === state.config.catalogue &&
    cached.staffProfiles === state.staffProfiles
  )
    return cached;
  const fresh: Snapshot = {
    now,
    version: state.version,
    catalogue: state.config.catalogue,
    staffProfiles: state.staffProfiles,
    newcomers: new Map(),
    countersByQueue: new Map(),
    minutesToClose: minutesToClose(state, now),
  };
  snapshots.set(state, fresh);
  return fresh;
}

function inputsOf(state: CentreState, snap: Snapshot): ProjectionInputs {
  snap.inputs ??= projectionInputs(state, snap.now);
  return snap.inputs;
}

function callsOf(state: CentreState, snap: Snapshot): Map<string, ProjectedCall> {
  snap.calls ??= projectCalls(state, snap.now, inputsOf(state, snap));
  return snap.calls;
}

function projectionInputs(state: CentreState, now: number): ProjectionInputs {
  return {
    paceOf: (queueId) => queueStats(state, queueId),
    breakMs: (state.config.catalogue.centre.typicalBreakMinutes ?? DEFAULT_BREAK_MINUTES) * 60_000,
    leaveShare: leaveShare(state),
    expectedArrivals: expectedArrivals(state, now),
  };
}

/**
 * The recent past that sets the pace of expected walk-ins, and how far ahead they are foreseen. The
 * pace an hour ago says little about arrivals long from now (a peak ends): chosen on the tuning seeds
 * from 20, 40 and 90 minutes, 20 gave the smallest p90 error.
 */
const ARRIVAL_WINDOW_MS = 60 * 60_000;
const ARRIVAL_HORIZON_MS = 20 * 60_000;
/**
 * At most this many expected walk-ins per queue and class: the look-ahead runs on every snapshot, and
 * a burst (hundreds of tickets in a minute) must not turn into hundreds of guessed arrivals. 50 in 20
 * minutes is 150 an hour in one line, beyond any real centre's pace.
 */
const MAX_EXPECTED_PER_LINE = 50;

/**
 * Walk-ins still to come, evenly spaced at the pace each queue and class had over the last hour
 * (or since the first ticket today, if that is sooner): walk-ins, appointment check-ins (the hub
 * does not see bookings, only check-ins: their pace stands for the bookings still to come) and visits
 * transferred in. Tickets are not issued after closing time, so nobody is expected after it.
 */
export function expectedArrivals(state: CentreState, now: number): ExpectedArrival[] {
  // Read from the running counts (arrival-counts.ts): a walk over the day's visits, once per batch, was
  // a large share of a busy hub's time.
  const earliest = state.arrivals.earliestIssuedAt();
  const first = earliest === undefined ? now : Math.min(now, earliest);
  const window = Math.min(ARRIVAL_WINDOW_MS, now - first);
  if (window < 10 * 60_000) return []; // too little seen to set a pace
  const recent = state.arrivals.recent(now - ARRIVAL_WINDOW_MS, now);
  const left = minutesToClose(state, now);
  const until = now + Math.min(ARRIVAL_HORIZON_MS, left === null ? 0 : Math.max(0, left) * 60_000);
  const out: ExpectedArrival[] = [];
  for (const r of recent) {
    const gap = window / r.n;
    for (let at = now + gap, n = 0; at <= until && n < MAX_EXPECTED_PER_LINE; at += gap, n++)
      out.push({ queueId: r.queueId, priority: r.priority, at, ...(r.front ? { front: true } : {}) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * A walk-in issued now in `queueId`, as the look-ahead sees it: `template` (any visit) lends the shape, and
 * every field the calling rules read is set here.
 */
export function newcomerVisit(state: CentreState, template: Visit, queueId: string): Visit {
  return {
    ...template,
    id: `~newcomer-${queueId}`,
    queueId,
    status: 'waiting',
    priority: null,
    sortKey: state.nextArrivalKey,
    arrivalKey: state.nextArrivalKey,
    assignedCounterId: null,
    assignedStaffId: null,
    appointmentAt: null,
    notBefore: null,
  };
}

function newcomerProjection(state: CentreState, snap: Snapshot, queueId: string): ProjectedCall | undefined {
  if (snap.newcomers.has(queueId)) return snap.newcomers.get(queueId);
  // Any visit lends the shape; the fields the calling rules read are all set here.
  const template = state.visits.values().next().value;
  if (!template) {
    // No visit at all yet today: every open counter is free, and one of them can call it at once.
    const result = countersServing(state, queueId) > 0 ? { inMs: 0, variance: 0 } : undefined;
    snap.newcomers.set(queueId, result);
    return result;
  }
  // A snapshot asks for every queue's: one run of the look-ahead answers them all.
  const queueIds = new Set([queueId, ...state.config.catalogue.queues.map((q) => q.id)]);
  const newcomers = [...queueIds]
    .filter((q) => !snap.newcomers.has(q))
    .map((q) => newcomerVisit(state, template, q));
  const calls = projectNewcomers(state, snap.now, inputsOf(state, snap), newcomers);
  for (const n of newcomers) snap.newcomers.set(n.queueId, calls.get(n.id));
  return snap.newcomers.get(queueId);
}

/** Share of the finished visits in memory that ended with the citizen gone (cancelled or no-show). */
export function leaveShare(state: CentreState): number {
  return state.arrivals.leaveShare();
}
