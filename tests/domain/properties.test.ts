/**
 * Property tests: random sequences of operations, with a clock that moves on (sometimes past
 * midnight in Dubai), driven through decide/applyChange. After every step the invariants below
 * must hold; a refused command must leave the state exactly as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PriorityReason } from '../../shared/contract/catalogue.js';
import type { OperationName } from '../../shared/contract/operations.js';
import {
  TERMINAL_STATUSES,
  VisitStatus,
  type Actor,
  type Visit,
  type VisitEvent,
} from '../../shared/contract/visit.js';
import { formatTicket, type Context } from '../../shared/domain/commands.js';
import { decide } from '../../shared/domain/engine.js';
import { DomainError } from '../../shared/domain/errors.js';
import { interleaveFor, profileInForce } from '../../shared/domain/selection.js';
import { applyChange, createState, sequenceKey, type CentreState } from '../../shared/domain/state.js';
import { cloneCatalogue, issueInput, MINUTE, snapshot, STAFF, SUNDAY_0800 } from './helpers.js';
import { expectCountsEqualWalk } from './arrival-walk.js';

const catalogue = cloneCatalogue();
catalogue.centre.recallsBeforeNoShow = 1;
const SERVICES = catalogue.services.map((s) => s.id);
const QUEUES = catalogue.queues.map((q) => q.id);
const COUNTERS = catalogue.counters.map((c) => c.id);
const PRIORITIES: (PriorityReason | null)[] = [
  null,
  null,
  null,
  'senior',
  'determination',
  'pregnant',
  'appointment',
];
/** s7 carries its own profile, so a staff override is in play. */
const STAFF_PROFILES = new Map<string, string | undefined>(
  STAFF.map((s) => [s, s === 's7' ? 'wp-municipality-labour' : undefined]),
);
const MAX_APPOINTMENT_WINDOW = 120 * MINUTE;

type Cmd =
  | { k: 'issue'; service: number; priority: number; apptMin: number; replayKey: boolean }
  | { k: 'open'; counter: number; staff: number }
  | {
      k: 'status';
      counter: number;
      status: 'available' | 'break' | 'closed';
      outcome: boolean;
      wrong: number;
    }
  | { k: 'callNext'; counter: number; wrong: number }
  | { k: 'callVisit'; counter: number; pick: number; wrong: number }
  | {
      k: 'recall' | 'startServing' | 'markNoShow' | 'recycle' | 'park' | 'resume' | 'complete';
      counter: number;
      pick: number;
      parked: boolean;
      wrong: number;
      services: number[];
    }
  | {
      k: 'transfer';
      counter: number;
      pick: number;
      parked: boolean;
      wrong: number;
      target: 'queue' | 'counter' | 'staff';
      queue: number;
      position: 'first' | 'last' | 'original';
      addService: number;
      toCounter: number;
      toStaff: number;
    }
  | { k: 'cancel'; pick: number }
  | { k: 'endOfDay'; keep: boolean }
  | { k: 'tick'; ms: number };

const idx = (n: number) => fc.nat({ max: n - 1 });
const wrong = fc.nat({ max: 11 });
const atCounter = (
  k: 'recall' | 'startServing' | 'markNoShow' | 'recycle' | 'park' | 'resume' | 'complete',
) =>
  fc.record({
    k: fc.constant(k),
    counter: idx(COUNTERS.length),
    pick: fc.nat(),
    parked: fc.boolean(),
    wrong,
    services: fc.array(idx(SERVICES.length), { minLength: 1, maxLength: 3 }),
  });

const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.record({
      k: fc.constant('issue' as const),
      service: idx(SERVICES.length),
      priority: idx(PRIORITIES.length),
      apptMin: fc.integer({ min: -30, max: 90 }),
      replayKey: fc.nat({ max: 19 }).map((n) => n === 0),
    }),
  },
  {
    weight: 21,
    arbitrary: fc.record({
      k: fc.constant('open' as const),
      counter: idx(COUNTERS.length),
      staff: idx(STAFF.length),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('status' as const),
      counter: idx(COUNTERS.length),
      status: fc.constantFrom('available' as const, 'break' as const, 'closed' as const),
      outcome: fc.boolean(),
      wrong,
    }),
  },
  {
    weight: 48,
    arbitrary: fc.record({ k: fc.constant('callNext' as const), counter: idx(COUNTERS.length), wrong }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('callVisit' as const),
      counter: idx(COUNTERS.length),
      pick: fc.nat(),
      wrong,
    }),
  },
  { weight: 12, arbitrary: atCounter('recall') },
  { weight: 27, arbitrary: atCounter('startServing') },
  { weight: 15, arbitrary: atCounter('markNoShow') },
  { weight: 9, arbitrary: atCounter('recycle') },
  { weight: 12, arbitrary: atCounter('park') },
  { weight: 15, arbitrary: atCounter('resume') },
  { weight: 27, arbitrary: atCounter('complete') },
  {
    weight: 7,
    arbitrary: fc.record({
      k: fc.constant('transfer' as const),
      counter: idx(COUNTERS.length),
      pick: fc.nat(),
      parked: fc.boolean(),
      wrong,
      target: fc.constantFrom('queue' as const, 'counter' as const, 'staff' as const),
      queue: idx(QUEUES.length),
      position: fc.constantFrom('first' as const, 'last' as const, 'original' as const),
      addService: fc.integer({ min: -1, max: SERVICES.length - 1 }),
      toCounter: idx(COUNTERS.length),
      toStaff: fc.nat({ max: STAFF.length }),
    }),
  },
  { weight: 9, arbitrary: fc.record({ k: fc.constant('cancel' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('endOfDay' as const), keep: fc.boolean() }) },
  {
    weight: 10,
    arbitrary: fc
      .oneof(
        { weight: 60, arbitrary: fc.integer({ min: 0, max: 5 * MINUTE }) },
        { weight: 9, arbitrary: fc.integer({ min: 5 * MINUTE, max: 20 * MINUTE }) },
        { weight: 3, arbitrary: fc.integer({ min: 4 * 60 * MINUTE, max: 16 * 60 * MINUTE }) },
      )
      .map((ms) => ({ k: 'tick' as const, ms })),
  },
);

interface Step {
  name: OperationName;
  input: unknown;
  actor: Actor;
}

/** Turns a generated command into an operation against the live state (so most commands are meaningful). */
function toStep(state: CentreState, cmd: Cmd, keys: string[], now: number): Step | null {
  const staff = (id: string): Actor => ({ kind: 'staff', staffId: id });
  const sortedIds = () => [...state.visits.keys()].sort();
  const anyVisit = (pick: number) => {
    const ids = sortedIds();
    return ids.length ? ids[pick % ids.length]! : 'missing';
  };
  const holder = (counterId: string, w: number) => {
    const c = state.counters.get(counterId)!;
    // Mostly the person at the counter; now and then someone else, to exercise refusals.
    return staff(
      w === 0 || c.staffId === null ? STAFF[(w + COUNTERS.indexOf(counterId)) % STAFF.length]! : c.staffId,
    );
  };
  /** Mostly an open counter (when there is one); now and then any counter. */
  const counterOf = (n: number, w: number) => {
    const open = COUNTERS.filter((c) => state.counters.get(c)!.status !== 'closed');
    return w !== 1 && open.length ? open[n % open.length]! : COUNTERS[n]!;
  };
  switch (cmd.k) {
    case 'tick':
      return null;
    case 'issue': {
      const priority = PRIORITIES[cmd.priority]!;
      const key =
        cmd.replayKey && keys.length
          ? keys[cmd.service % keys.length]!
          : `tap-${String(keys.length + 1).padStart(6, '0')}`;
      keys.push(key);
      const appointmentAt = priority === 'appointment' ? now + cmd.apptMin * MINUTE : null;
      const input = issueInput(SERVICES[cmd.service]!, { priority, appointmentAt, idempotencyKey: key }, key);
      return { name: 'issueTicket', input, actor: { kind: 'device', deviceId: 'kiosk' } };
    }
    case 'open':
      return {
        name: 'openCounter',
        input: { counterId: COUNTERS[cmd.counter]! },
        actor: staff(STAFF[cmd.staff]!),
      };
    case 'status': {
      const counterId = counterOf(cmd.counter, cmd.wrong);
      return {
        name: 'setCounterStatus',
        input: { counterId, status: cmd.status, reason: 'break', outcome: cmd.outcome ? 'left' : undefined },
        actor: holder(counterId, cmd.wrong),
      };
    }
    case 'callNext': {
      const counterId = counterOf(cmd.counter, cmd.wrong);
      return { name: 'callNext', input: { counterId }, actor: holder(counterId, cmd.wrong) };
    }
    case 'callVisit': {
      const counterId = counterOf(cmd.counter, cmd.wrong);
      const waiting = sortedIds().filter((id) => state.visits.get(id)!.status === 'waiting');
      const visitId = waiting.length ? waiting[cmd.pick % waiting.length]! : anyVisit(cmd.pick);
      return { name: 'callVisit', input: { counterId, visitId }, actor: holder(counterId, cmd.wrong) };
    }
    case 'cancel':
      return {
        name: 'cancelVisit',
        input: { visitId: anyVisit(cmd.pick) },
        actor: { kind: 'device', deviceId: 'kiosk' },
      };
    case 'endOfDay':
      return { name: 'endOfDay', input: { mode: cmd.keep ? 'keep' : undefined }, actor: staff('s1') };
    default: {
      const parkedAt = (counterId: string) =>
        sortedIds().filter((id) => {
          const v = state.visits.get(id)!;
          return v.status === 'parked' && v.counterId === counterId;
        });
      const wantsParked =
        cmd.k === 'resume' ||
        (cmd.parked && cmd.pick % 3 === 0 && (cmd.k === 'complete' || cmd.k === 'transfer'));
      // Mostly a counter with something to act on: a visit in hand, or (for resume) a parked one.
      const open = COUNTERS.filter((id) => state.counters.get(id)!.status !== 'closed');
      const withParked = open.filter(
        (id) =>
          parkedAt(id).length > 0 && (cmd.k !== 'resume' || state.counters.get(id)!.currentVisitId === null),
      );
      const busy = open.filter((id) => state.counters.get(id)!.currentVisitId !== null);
      const candidates = wantsParked && withParked.length ? withParked : busy;
      const counterId =
        cmd.wrong > 1 && candidates.length
          ? candidates[cmd.counter % candidates.length]!
          : counterOf(cmd.counter, cmd.wrong);
      const c = state.counters.get(counterId)!;
      const parked = parkedAt(counterId);
      let visitId: string;
      if (wantsParked && parked.length) visitId = parked[cmd.pick % parked.length]!;
      else if (c.currentVisitId && cmd.pick % 13 !== 0) visitId = c.currentVisitId;
      else visitId = anyVisit(cmd.pick);
      const actor = holder(counterId, cmd.wrong);
      if (cmd.k === 'complete') {
        const services = cmd.services.map((i) => ({ serviceId: SERVICES[i]!, outcome: 'done', notes: '' }));
        return { name: 'complete', input: { counterId, visitId, services }, actor };
      }
      if (cmd.k === 'transfer') {
        const target =
          cmd.target === 'queue'
            ? {
                kind: 'queue' as const,
                queueId: QUEUES[cmd.queue]!,
                position: cmd.position,
                serviceId: cmd.addService >= 0 ? SERVICES[cmd.addService] : undefined,
              }
            : cmd.target === 'counter'
              ? { kind: 'counter' as const, counterId: COUNTERS[cmd.toCounter]! }
              : { kind: 'staff' as const, staffId: STAFF[cmd.toStaff] ?? 'ghost' };
        return { name: 'transfer', input: { counterId, visitId, target, note: '' }, actor };
      }
      return { name: cmd.k, input: { counterId, visitId }, actor };
    }
  }
}

const IMMUTABLE: (keyof Visit)[] = [
  'id',
  'businessDay',
  'originalQueueId',
  'prefix',
  'number',
  'ticket',
  'arrivalKey',
  'issuedAt',
  'publicToken',
  'idempotencyKey',
  'channel',
  'priority',
];

/** First callable entry of a line, as the engine sees it. */
function firstCallable(state: CentreState, ids: string[], now: number): string | undefined {
  return ids.find((id) => {
    const v = state.visits.get(id)!;
    return v.notBefore === null || v.notBefore <= now;
  });
}

function hasCallable(state: CentreState, ids: string[], now: number): boolean {
  return firstCallable(state, ids, now) !== undefined;
}

interface Run {
  state: CentreState;
  now: number;
  issued: Set<string>;
  history: Map<string, VisitEvent[]>;
  /** Per queue: consecutive priority picks while a normal ticket was callable there. */
  streak: Map<string, number>;
  maxStreak: number;
  stats: Record<string, number>;
}

function checkCallNextPick(run: Run, counterId: string, staffId: string, picked: Visit): void {
  const { state, now } = run;
  const toCounter = state.assignedToCounter.get(counterId)?.ids() ?? [];
  const toStaff = state.assignedToStaff.get(staffId)?.ids() ?? [];
  if (hasCallable(state, toCounter, now)) {
    expect(picked.id).toBe(firstCallable(state, toCounter, now));
    return;
  }
  if (hasCallable(state, toStaff, now)) {
    expect(picked.id).toBe(firstCallable(state, toStaff, now));
    return;
  }
  expect(picked.assignedCounterId).toBeNull();
  expect(picked.assignedStaffId).toBeNull();
  const lines = state.lines.get(picked.queueId)!;
  const line = picked.priority ? lines.priority : lines.normal;
  const appointmentDue =
    picked.priority === 'appointment' &&
    picked.appointmentAt !== null &&
    picked.appointmentAt <= now + MAX_APPOINTMENT_WINDOW;
  if (!appointmentDue) {
    // Within a queue and priority class, sortKey order.
    expect(picked.id).toBe(firstCallable(state, line.ids(), now));
  }
  // Starvation guard.
  const normalCallable = hasCallable(state, lines.normal.ids(), now);
  const q = picked.queueId;
  if (!picked.priority || !normalCallable) run.streak.set(q, 0);
  else if (picked.priority !== 'appointment') {
    const streak = (run.streak.get(q) ?? 0) + 1;
    run.streak.set(q, streak);
    run.maxStreak = Math.max(run.maxStreak, streak);
    const k = interleaveFor(state, profileInForce(state, counterId, staffId)).priority;
    expect(streak, `priority streak in ${q}`).toBeLessThanOrEqual(k);
  }
}

function checkInvariants(run: Run): void {
  const { state } = run;
  // Counters: a visit in hand at most at one counter, and only a called/serving visit of that counter.
  const inHand = new Map<string, string>();
  for (const c of state.counters.values()) {
    if (c.status === 'closed') expect(c.currentVisitId).toBeNull();
    if (!c.currentVisitId) continue;
    expect(inHand.has(c.currentVisitId), `${c.currentVisitId} in hand at two counters`).toBe(false);
    inHand.set(c.currentVisitId, c.counterId);
    const v = state.visits.get(c.currentVisitId)!;
    expect(['called', 'serving']).toContain(v.status);
    expect(v.counterId).toBe(c.counterId);
  }
  // Every called/serving visit is the one in hand at its counter.
  for (const v of state.visits.values())
    if (v.status === 'called' || v.status === 'serving')
      expect(inHand.get(v.id), `${v.ticket} ${v.status}`).toBe(v.counterId);

  // No visit lost; the lines hold exactly the waiting visits, each in its right line.
  for (const id of run.issued) {
    const v = state.visits.get(id);
    expect(v, `visit ${id} lost`).toBeDefined();
    expect(VisitStatus.options).toContain(v!.status);
  }
  expect(state.visits.size).toBe(run.issued.size);
  const placed = new Map<string, string>();
  const place = (where: string, ids: string[]) => {
    for (const id of ids) {
      expect(placed.has(id), `${id} in two lines`).toBe(false);
      placed.set(id, where);
    }
  };
  for (const [q, l] of state.lines) {
    place(`${q}/priority`, l.priority.ids());
    place(`${q}/normal`, l.normal.ids());
  }
  for (const [c, l] of state.assignedToCounter) place(`counter:${c}`, l.ids());
  for (const [s, l] of state.assignedToStaff) place(`staff:${s}`, l.ids());
  let waiting = 0;
  for (const v of state.visits.values()) {
    if (v.status !== 'waiting') continue;
    waiting++;
    const expected = v.assignedCounterId
      ? `counter:${v.assignedCounterId}`
      : v.assignedStaffId
        ? `staff:${v.assignedStaffId}`
        : `${v.queueId}/${v.priority ? 'priority' : 'normal'}`;
    expect(placed.get(v.id)).toBe(expected);
  }
  expect(placed.size).toBe(waiting);

  // Ticket numbers per (prefix, business day): unique and gap-free 1..n, matching the sequence.
  const numbers = new Map<string, { queueId: string; day: string; ns: number[] }>();
  for (const v of state.visits.values()) {
    const key = `${v.prefix}/${v.businessDay}`;
    const entry = numbers.get(key) ?? { queueId: v.originalQueueId, day: v.businessDay, ns: [] };
    entry.ns.push(v.number);
    numbers.set(key, entry);
    expect(v.ticket).toBe(formatTicket(v.prefix, v.number));
  }
  for (const [key, { queueId, day, ns }] of numbers) {
    ns.sort((a, b) => a - b);
    expect(ns, key).toEqual(ns.map((_, i) => i + 1));
    expect(state.sequences.get(sequenceKey(queueId, day))).toBe(ns.length);
  }

  // The look-ahead's running counts of arrivals and departures equal a walk over every visit
  // (and after a restart: at the end of the run).
  expectCountsEqualWalk(state, run.now, false);

  // Each visit's latest event records its current status.
  for (const v of state.visits.values()) {
    const h = run.history.get(v.id)!;
    expect(h.at(-1)!.data.status, `${v.ticket} history`).toBe(v.status);
    expect(h[0]!.type).toBe('visit.issued');
  }
}

function execute(cmds: Cmd[]): Run {
  const state = createState({ catalogue, staffProfiles: STAFF_PROFILES });
  let seq = 0;
  const run: Run = {
    state,
    now: SUNDAY_0800,
    issued: new Set(),
    history: new Map(),
    streak: new Map(),
    maxStreak: 0,
    stats: {},
  };
  const keys: string[] = [];
  for (const cmd of cmds) {
    if (cmd.k === 'tick') {
      run.now += cmd.ms;
      continue;
    }
    const step = toStep(state, cmd, keys, run.now);
    if (!step) continue;
    const ctx: Context = {
      now: run.now,
      actor: step.actor,
      newId: () => `v${String(++seq).padStart(6, '0')}`,
      newToken: () => `t${++seq}`,
    };
    const before = snapshot(state);
    let decision;
    try {
      decision = decide(state, ctx, step.name, step.input as never);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      expect(snapshot(state), `${step.name} refused (${e.code}) but changed the state`).toBe(before);
      run.stats[`refused:${e.code}`] = (run.stats[`refused:${e.code}`] ?? 0) + 1;
      continue;
    }
    run.stats[step.name] = (run.stats[step.name] ?? 0) + 1;
    // decide must not write the state: only applyChange does.
    expect(snapshot(state), `${step.name} wrote the state`).toBe(before);
    const { change } = decision;

    if (step.name === 'callNext' && decision.result) {
      const staffId = (step.actor as { staffId: string }).staffId;
      checkCallNextPick(
        run,
        (step.input as { counterId: string }).counterId,
        staffId,
        state.visits.get((decision.result as Visit).id)!,
      );
    }
    if (
      step.name === 'transfer' ||
      step.name === 'complete' ||
      step.name === 'resume' ||
      step.name === 'recycle'
    ) {
      const visitId = (step.input as { visitId: string }).visitId;
      expect((decision.result as Visit).id).toBe(visitId);
    }

    // Every changed visit has an event, and every event belongs to a changed visit.
    const changedIds = new Set(change.visits.map((v) => v.id));
    expect(changedIds.size).toBe(change.visits.length);
    expect(new Set(change.events.map((e) => e.visitId))).toEqual(changedIds);
    for (const v of change.visits) {
      const old = state.visits.get(v.id);
      if (old) {
        for (const f of IMMUTABLE)
          expect(v[f], `${f} of ${old.ticket} changed by ${step.name}`).toEqual(old[f]);
        expect(TERMINAL_STATUSES.includes(old.status), `${old.ticket} left ${old.status}`).toBe(false);
      } else {
        expect(step.name).toBe('issueTicket');
      }
    }
    const historyLengths = new Map([...run.history].map(([id, h]) => [id, h.length]));

    applyChange(state, change);
    for (const v of change.visits) run.issued.add(v.id);
    for (const e of change.events) {
      const h = run.history.get(e.visitId) ?? [];
      h.push(e);
      run.history.set(e.visitId, h);
    }
    for (const [id, n] of historyLengths) expect(run.history.get(id)!.length).toBeGreaterThanOrEqual(n);
    checkInvariants(run);
  }
  expectCountsEqualWalk(state, run.now);
  return run;
}

describe('engine properties over random operation sequences', () => {
  it('keeps every invariant and never lets a refusal change anything', () => {
    const totals: Record<string, number> = {};
    let maxStreak = 0;
    fc.assert(
      fc.property(fc.array(cmdArb, { minLength: 1, maxLength: 150, size: 'max' }), (cmds) => {
        const run = execute(cmds);
        for (const [k, n] of Object.entries(run.stats)) totals[k] = (totals[k] ?? 0) + n;
        maxStreak = Math.max(maxStreak, run.maxStreak);
      }),
      { numRuns: 250, seed: 20250302 },
    );
    // The generator must actually reach the interesting operations (else the properties prove little).
    for (const op of [
      'issueTicket',
      'callNext',
      'startServing',
      'complete',
      'transfer',
      'recycle',
      'park',
      'resume',
      'markNoShow',
      'recall',
      'cancelVisit',
      'endOfDay',
      'callVisit',
    ])
      expect(totals[op] ?? 0, op).toBeGreaterThan(20);
    expect(maxStreak).toBeGreaterThanOrEqual(1);
    console.log('property run: applied ops and refusals by code', JSON.stringify(totals));
  });

  it('also holds from fresh random seeds', () => {
    fc.assert(
      fc.property(fc.array(cmdArb, { minLength: 1, maxLength: 150, size: 'max' }), (cmds) => {
        execute(cmds);
      }),
      { numRuns: 100 },
    );
  });
});
