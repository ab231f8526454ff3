/**
 * Waiting-time estimates. Method (also in the README):
 * a visit with k people ahead, in a queue served by c open counters, waits for about n = (k + 1) / c
 * service completions. Service times come from the queue's recent real transactions (at least
 * MIN_SAMPLES, else the service's expected minutes with a spread of half the mean). The sum of n
 * service times is approximated as normal: p50 = n·μ, p90 = n·μ + 1.2816·√n·σ.
 * The queue runs past closing when now + p50 of the last person in line is after closing time.
 */
import type { Interleave } from '../contract/catalogue.js';
import type { Visit } from '../contract/visit.js';
import { hhmmToMinutes, localTime } from './time.js';
import type { CentreState } from './state.js';
import { profileInForce, queuesOfProfile, interleaveFor } from './selection.js';

export const MIN_SAMPLES = 5;
const Z90 = 1.2816;

export interface WaitEstimate {
  /** People ahead in line. */
  ahead: number;
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
  const { weekday, minutesOfDay } = localTime(now, state.config.catalogue.centre.timeZone);
  const hours = state.config.catalogue.centre.openingHours[weekday];
  if (!hours) return null;
  return hhmmToMinutes(hours.close) - minutesOfDay;
}

/** Estimate for someone joining the back of the queue now (ahead = everyone waiting). */
export function estimateQueue(state: CentreState, queueId: string, now: number): WaitEstimate {
  const lines = state.lines.get(queueId);
  const ahead = (lines?.priority.size ?? 0) + (lines?.normal.size ?? 0);
  return build(state, queueId, ahead, now);
}

export function estimateVisit(state: CentreState, v: Visit, now: number): WaitEstimate {
  const interleave = interleaveFor(state, undefined);
  return build(state, v.queueId, peopleAhead(state, v, interleave), now);
}

function build(state: CentreState, queueId: string, ahead: number, now: number): WaitEstimate {
  const counters = countersServing(state, queueId);
  const { p50, p90 } = estimateFor(ahead, counters, queueStats(state, queueId));
  const left = minutesToClose(state, now);
  return {
    ahead,
    p50Minutes: Math.round(p50 * 10) / 10,
    p90Minutes: Math.round(p90 * 10) / 10,
    counters,
    pastClosing: left === null ? true : p50 > left,
  };
}
