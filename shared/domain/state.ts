/**
 * The centre's live state, held in memory by the hub and rebuilt from the store at start.
 * `decide*` functions (commands.ts) read it and return a Change; only `applyChange` writes it,
 * and the hub calls that after the Change has been committed to disk.
 */
import type { Catalogue, Counter, Queue, Service, WorkProfile, Agency } from '../contract/catalogue.js';
import type { Visit, VisitEvent } from '../contract/visit.js';
import { TERMINAL_STATUSES } from '../contract/visit.js';
import { WaitingLine, type LineEntry } from './waiting-list.js';
import { ArrivalCounts } from './arrival-counts.js';

export type CounterStatus = 'closed' | 'available' | 'break';

export interface CounterState {
  counterId: string;
  status: CounterStatus;
  staffId: string | null;
  /** The visit called or being served here; null when free. */
  currentVisitId: string | null;
  breakReason: string | null;
  since: number;
}

export interface CallState {
  queueId: string;
  /** Consecutive priority calls; after the interleave's quota a normal ticket goes next. */
  priorityRun: number;
  normalRun: number;
}

export interface SequenceState {
  queueId: string;
  day: string;
  last: number;
}

/** Everything one command changes; committed in one transaction, then applied. */
export interface Change {
  events: VisitEvent[];
  visits: Visit[];
  counters: CounterState[];
  sequences: SequenceState[];
  callStates: CallState[];
}

export const emptyChange = (): Change => ({
  events: [],
  visits: [],
  counters: [],
  sequences: [],
  callStates: [],
});

export interface QueueLines {
  priority: WaitingLine;
  normal: WaitingLine;
}

const SERVICE_TIME_SAMPLES = 50;

export interface Indexed {
  catalogue: Catalogue;
  services: Map<string, Service>;
  queues: Map<string, Queue>;
  agencies: Map<string, Agency>;
  profiles: Map<string, WorkProfile>;
  counters: Map<string, Counter>;
}

export function indexCatalogue(catalogue: Catalogue): Indexed {
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  return {
    catalogue,
    services: byId(catalogue.services),
    queues: byId(catalogue.queues),
    agencies: byId(catalogue.agencies),
    profiles: byId(catalogue.workProfiles),
    counters: byId(catalogue.counters),
  };
}

export interface CentreState {
  config: Indexed;
  /** Staff id → their own work profile override, if any. */
  staffProfiles: Map<string, string | undefined>;
  visits: Map<string, Visit>;
  lines: Map<string, QueueLines>;
  assignedToCounter: Map<string, WaitingLine>;
  assignedToStaff: Map<string, WaitingLine>;
  counters: Map<string, CounterState>;
  callStates: Map<string, CallState>;
  sequences: Map<string, number>;
  idempotency: Map<string, string>;
  /** Public status token → visit id. */
  tokens: Map<string, string>;
  /** Recent transaction times (ms) per queue, newest last, for the waiting-time estimate. */
  serviceTimes: Map<string, number[]>;
  /** Bumped at every new service-time sample, so derived statistics know when to recompute. */
  serviceTimeVersion: number;
  /**
   * Bumped by every write to this state (applyChange, a new catalogue), so what is derived from it
   * (the waiting-time look-ahead) is cached on the version, never on sizes that a move can keep equal.
   */
  version: number;
  nextArrivalKey: number;
  /** The look-ahead's running counts of arrivals and departures, kept with `visits` (arrival-counts.ts). */
  arrivals: ArrivalCounts;
}

export const sequenceKey = (queueId: string, day: string) => `${queueId}/${day}`;
export const lineEntry = (v: Visit): LineEntry => ({ key: v.sortKey, id: v.id });

export function isTerminal(v: Visit): boolean {
  return TERMINAL_STATUSES.includes(v.status);
}

export interface InitialState {
  catalogue: Catalogue;
  staffProfiles?: Map<string, string | undefined>;
  visits?: Visit[];
  counters?: CounterState[];
  callStates?: CallState[];
  sequences?: SequenceState[];
  serviceTimes?: Map<string, number[]>;
}

export function createState(init: InitialState): CentreState {
  const state: CentreState = {
    config: indexCatalogue(init.catalogue),
    staffProfiles: init.staffProfiles ?? new Map(),
    visits: new Map(),
    lines: new Map(),
    assignedToCounter: new Map(),
    assignedToStaff: new Map(),
    counters: new Map(),
    callStates: new Map(),
    sequences: new Map(),
    idempotency: new Map(),
    tokens: new Map(),
    serviceTimes: init.serviceTimes ?? new Map(),
    serviceTimeVersion: 0,
    version: 0,
    nextArrivalKey: 1,
    arrivals: new ArrivalCounts(),
  };
  for (const q of init.catalogue.queues) state.lines.set(q.id, emptyLines());
  for (const c of init.catalogue.counters) state.counters.set(c.id, closedCounter(c.id));
  applyChange(state, {
    events: [],
    visits: init.visits ?? [],
    counters: init.counters ?? [],
    sequences: init.sequences ?? [],
    callStates: init.callStates ?? [],
  });
  return state;
}

/** Swap in a new catalogue (live configuration) keeping every visit. */
export function replaceCatalogue(state: CentreState, catalogue: Catalogue): void {
  state.version++;
  state.config = indexCatalogue(catalogue);
  // A visit arrived in its first service's queue, as the new catalogue places that service.
  for (const v of state.visits.values()) state.arrivals.put(v, state.config.services);
  for (const q of catalogue.queues) if (!state.lines.has(q.id)) state.lines.set(q.id, emptyLines());
  for (const c of catalogue.counters)
    if (!state.counters.has(c.id)) state.counters.set(c.id, closedCounter(c.id));
}

/** A queue's two lines before anyone joins it. */
function emptyLines(): QueueLines {
  return { priority: new WaitingLine(), normal: new WaitingLine() };
}

/** A counter as the catalogue brings it: closed, nobody at it, nothing in hand. */
function closedCounter(counterId: string): CounterState {
  return { counterId, status: 'closed', staffId: null, currentVisitId: null, breakReason: null, since: 0 };
}

function lineFor(state: CentreState, v: Visit): WaitingLine | undefined {
  if (v.status !== 'waiting') return undefined;
  if (v.assignedCounterId) return getOrCreate(state.assignedToCounter, v.assignedCounterId);
  if (v.assignedStaffId) return getOrCreate(state.assignedToStaff, v.assignedStaffId);
  let lines = state.lines.get(v.queueId);
  if (!lines) {
    // A visit in a queue removed from the configuration stays callable (walk direct) rather than lost.
    lines = emptyLines();
    state.lines.set(v.queueId, lines);
  }
  return v.priority ? lines.priority : lines.normal;
}

function getOrCreate(map: Map<string, WaitingLine>, key: string): WaitingLine {
  let line = map.get(key);
  if (!line) {
    line = new WaitingLine();
    map.set(key, line);
  }
  return line;
}

/** Writes a committed Change into memory. Deterministic and total: it cannot fail half-way. */
export function applyChange(state: CentreState, change: Change): void {
  state.version++;
  for (const v of change.visits) {
    const old = state.visits.get(v.id);
    if (old) lineFor(state, old)?.remove(lineEntry(old));
    lineFor(state, v)?.insert(lineEntry(v));
    state.arrivals.put(v, state.config.services);
    state.visits.set(v.id, v);
    if (v.idempotencyKey) state.idempotency.set(v.idempotencyKey, v.id);
    state.tokens.set(v.publicToken, v.id);
    // New arrivals always go behind everyone placed so far, including transfers sent to the back.
    state.nextArrivalKey = Math.max(
      state.nextArrivalKey,
      Math.floor(v.arrivalKey) + 1,
      Math.floor(v.sortKey) + 1,
    );
    if (
      old &&
      old.status !== 'completed' &&
      v.status === 'completed' &&
      v.servingStartedAt !== null &&
      v.endedAt !== null
    ) {
      recordServiceTime(state, v.queueId, v.endedAt - v.servingStartedAt);
    }
  }
  for (const c of change.counters) state.counters.set(c.counterId, c);
  for (const s of change.sequences) state.sequences.set(sequenceKey(s.queueId, s.day), s.last);
  for (const cs of change.callStates) state.callStates.set(cs.queueId, cs);
}

export function recordServiceTime(state: CentreState, queueId: string, ms: number): void {
  state.version++;
  state.serviceTimeVersion++;
  let samples = state.serviceTimes.get(queueId);
  if (!samples) {
    samples = [];
    state.serviceTimes.set(queueId, samples);
  }
  samples.push(ms);
  if (samples.length > SERVICE_TIME_SAMPLES) samples.splice(0, samples.length - SERVICE_TIME_SAMPLES);
}

/** Drop finished visits of earlier days from memory (they stay in the store). */
export function forgetFinishedBefore(state: CentreState, day: string): void {
  state.version++;
  for (const [id, v] of state.visits) {
    if (isTerminal(v) && v.businessDay < day) {
      state.visits.delete(id);
      state.arrivals.drop(id);
      if (v.idempotencyKey) state.idempotency.delete(v.idempotencyKey);
      state.tokens.delete(v.publicToken);
    }
  }
}
