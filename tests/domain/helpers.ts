/** Shared fixtures for the domain tests: a deterministic clock and id source, and thin wrappers round decide/applyChange. */
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import type { Catalogue, PriorityReason } from '../../shared/contract/catalogue.js';
import { OPERATIONS, type OperationName } from '../../shared/contract/operations.js';
import type { Actor, Visit, VisitEvent } from '../../shared/contract/visit.js';
import type { Context } from '../../shared/domain/commands.js';
import { decide, type EngineInput } from '../../shared/domain/engine.js';
import { DomainError } from '../../shared/domain/errors.js';
import { applyChange, createState, type CentreState } from '../../shared/domain/state.js';

/** Sunday 2 March 2025, 08:00 in Dubai (04:00 UTC): a normal working day. */
export const SUNDAY_0800 = Date.UTC(2025, 2, 2, 4, 0);
export const MINUTE = 60_000;

export const STAFF = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'] as const;

export function cloneCatalogue(c: Catalogue = DEMO_CATALOGUE): Catalogue {
  return structuredClone(c);
}

export interface Harness {
  state: CentreState;
  now: number;
  events: VisitEvent[];
  /** Every ctx uses this actor unless `as` is given. */
  run<N extends OperationName>(name: N, input: EngineInput<N>, as?: Actor): unknown;
  /** Like run, but returns the DomainError (failing the test when none is thrown). */
  refuse<N extends OperationName>(name: N, input: EngineInput<N>, as?: Actor): DomainError;
  ctx(as?: Actor): Context;
  staff(id: string): Actor;
  issue(serviceId: string, opts?: IssueOpts): Visit;
  open(counterId: string, staffId: string): void;
  callNext(counterId: string, staffId: string): Visit | null;
  visit(id: string): Visit;
  advance(ms: number): void;
}

export interface IssueOpts {
  priority?: PriorityReason | null;
  appointmentAt?: number | null;
  idempotencyKey?: string;
}

export function issueInput(serviceId: string, opts: IssueOpts = {}, key: string): EngineInput<'issueTicket'> {
  const parsed = OPERATIONS.issueTicket.input.parse({
    serviceId,
    priority: opts.priority ?? null,
    appointmentAt: opts.appointmentAt ?? null,
    idempotencyKey: opts.idempotencyKey ?? key,
  });
  const { identity: _identity, ...rest } = parsed;
  return { ...rest, customer: null };
}

export function harness(
  opts: { catalogue?: Catalogue; staffProfiles?: Map<string, string | undefined>; now?: number } = {},
): Harness {
  const staffProfiles =
    opts.staffProfiles ?? new Map<string, string | undefined>(STAFF.map((s) => [s, undefined]));
  const state = createState({ catalogue: opts.catalogue ?? cloneCatalogue(), staffProfiles });
  let seq = 0;
  let keySeq = 0;
  const staff = (id: string): Actor => ({ kind: 'staff', staffId: id });
  const h: Harness = {
    state,
    now: opts.now ?? SUNDAY_0800,
    events: [],
    staff,
    ctx(as?: Actor): Context {
      return {
        now: h.now,
        actor: as ?? { kind: 'device', deviceId: 'kiosk-1' },
        newId: () => `id-${String(++seq).padStart(6, '0')}`,
        newToken: () => `tok-${++seq}`,
      };
    },
    run(name, input, as) {
      const d = decide(state, h.ctx(as), name, input);
      applyChange(state, d.change);
      h.events.push(...d.change.events);
      return d.result;
    },
    refuse(name, input, as) {
      try {
        h.run(name, input, as);
      } catch (e) {
        if (e instanceof DomainError) return e;
        throw e;
      }
      throw new Error(`${name} was expected to be refused`);
    },
    issue(serviceId, o = {}) {
      const r = h.run(
        'issueTicket',
        issueInput(serviceId, o, `key-${String(++keySeq).padStart(6, '0')}`),
      ) as {
        visit: Visit;
      };
      return r.visit;
    },
    open(counterId, staffId) {
      h.run('openCounter', { counterId }, staff(staffId));
    },
    callNext(counterId, staffId) {
      return h.run('callNext', { counterId }, staff(staffId)) as Visit | null;
    },
    visit(id) {
      const v = state.visits.get(id);
      if (!v) throw new Error(`no visit ${id}`);
      return v;
    },
    advance(ms) {
      h.now += ms;
    },
  };
  return h;
}

/** A plain, order-stable picture of everything the state holds, for before/after comparisons. */
export function snapshot(state: CentreState): string {
  const lines = (m: Map<string, { ids(): string[] }>) => [...m.entries()].map(([k, l]) => [k, l.ids()]);
  return JSON.stringify({
    visits: [...state.visits.entries()],
    lines: [...state.lines.entries()].map(([k, l]) => [k, l.priority.ids(), l.normal.ids()]),
    toCounter: lines(state.assignedToCounter),
    toStaff: lines(state.assignedToStaff),
    counters: [...state.counters.entries()],
    callStates: [...state.callStates.entries()],
    sequences: [...state.sequences.entries()],
    idempotency: [...state.idempotency.entries()],
    tokens: [...state.tokens.entries()],
    serviceTimes: [...state.serviceTimes.entries()],
    nextArrivalKey: state.nextArrivalKey,
  });
}

/** mulberry32: a tiny seeded PRNG, so simulations are deterministic. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
