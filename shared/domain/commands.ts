/**
 * The queue engine's decisions. Each function reads the state, checks the command against the
 * rules, and returns the Change it implies (or throws a DomainError). None writes the state.
 */
import type {
  CounterStatusInput,
  CompleteInput,
  IssueTicketInput,
  TransferInput,
  CounterVisit as CounterVisitSchema,
} from '../contract/operations.js';
import type { Actor, CustomerRef, Visit, VisitEvent, VisitEventType } from '../contract/visit.js';
import type { z } from 'zod';
import { fail } from './errors.js';
import { nextStatus, type VisitAction } from './visit-machine.js';
import { businessDay } from './time.js';
import {
  emptyChange,
  isTerminal,
  sequenceKey,
  type Change,
  type CentreState,
  type CounterState,
} from './state.js';
import { advanceCallState, interleaveFor, profileInForce, selectNext } from './selection.js';
import { postponedSortKey } from './remote/postpone.js';
import { isSameIssueRequest } from './idempotency.js';
import { assertDeviceMayCancel, assertMayActOnVisit } from './visit-access.js';

/** Injected so the core stays pure: the clock and the id sources. */
export interface Context {
  now: number;
  actor: Actor;
  newId(): string;
  newToken(): string;
}

export type IssueCommand = Omit<IssueTicketInput, 'identity'> & { customer: CustomerRef | null };
type CounterVisit = z.output<typeof CounterVisitSchema>;

export interface Decision<R> {
  change: Change;
  result: R;
}

export function formatTicket(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(3, '0')}`;
}

function event(ctx: Context, type: VisitEventType, v: Visit, data: Record<string, unknown> = {}): VisitEvent {
  return {
    id: ctx.newId(),
    type,
    visitId: v.id,
    at: ctx.now,
    actor: ctx.actor,
    data: { status: v.status, ...data },
  };
}

function staffOf(ctx: Context): string {
  if (ctx.actor.kind !== 'staff') fail('forbidden', 'only signed-in staff can act at a counter');
  return ctx.actor.staffId;
}

function visitOf(state: CentreState, visitId: string): Visit {
  const v = state.visits.get(visitId);
  if (!v) fail('not_found', `no visit ${visitId}`);
  return v;
}

/** The counter, checked to be open and held by the acting staff member. */
function heldCounter(state: CentreState, ctx: Context, counterId: string): CounterState {
  const staffId = staffOf(ctx);
  const c = state.counters.get(counterId);
  if (!c || !state.config.counters.has(counterId)) fail('not_found', `no counter ${counterId}`);
  if (c.status === 'closed' || c.staffId === null)
    fail('counter_not_open', `counter ${counterId} is not open`);
  if (c.staffId !== staffId) fail('counter_taken', `counter ${counterId} is held by someone else`);
  return c;
}

/** The visit this counter has in hand (called, serving, or parked by it). */
function visitAtCounter(
  state: CentreState,
  ctx: Context,
  cmd: CounterVisit,
): { counter: CounterState; visit: Visit } {
  const counter = heldCounter(state, ctx, cmd.counterId);
  const visit = visitOf(state, cmd.visitId);
  if (visit.counterId !== cmd.counterId || !['called', 'serving', 'parked'].includes(visit.status))
    fail('not_your_visit', `visit ${visit.ticket} is not at counter ${cmd.counterId}`);
  return { counter, visit };
}

function freeCounter(c: CounterState, now: number): CounterState {
  return { ...c, currentVisitId: null, since: now };
}

export function decideIssue(
  state: CentreState,
  ctx: Context,
  cmd: IssueCommand,
): Decision<{ visit: Visit; replayed: boolean }> {
  const existingId = state.idempotency.get(cmd.idempotencyKey);
  if (existingId) {
    const existing = state.visits.get(existingId);
    if (existing) {
      if (!isSameIssueRequest(existing, cmd))
        fail(
          'idempotency_conflict',
          'this idempotency key was already used for a different ticket request; use a new key',
        );
      return { change: emptyChange(), result: { visit: existing, replayed: true } };
    }
  }
  const service = state.config.services.get(cmd.serviceId);
  if (!service) fail('not_found', `no service ${cmd.serviceId}`);
  const queue = state.config.queues.get(service.queueId);
  if (!queue) fail('not_found', `service ${service.id} has no queue`);
  if (!queue.open) fail('queue_closed', `queue ${queue.id} takes no new tickets now`);
  if (cmd.priority && !service.priorityEligible.includes(cmd.priority))
    fail('priority_not_eligible', `${cmd.priority} priority does not apply to ${service.id}`);
  if (cmd.priority === 'appointment' && cmd.appointmentAt === null)
    fail('validation', 'an appointment ticket needs its appointment time');

  const day = businessDay(ctx.now, state.config.catalogue.centre.timeZone);
  const number = (state.sequences.get(sequenceKey(queue.id, day)) ?? 0) + 1;
  const arrivalKey = state.nextArrivalKey;
  const visit: Visit = {
    id: ctx.newId(),
    businessDay: day,
    queueId: queue.id,
    originalQueueId: queue.id,
    prefix: queue.prefix,
    number,
    ticket: formatTicket(queue.prefix, number),
    serviceIds: [service.id],
    status: 'waiting',
    priority: cmd.priority,
    channel: cmd.channel,
    language: cmd.language,
    customer: cmd.customer,
    representative: cmd.representative,
    sortKey: arrivalKey,
    arrivalKey,
    issuedAt: ctx.now,
    queuedAt: ctx.now,
    calledAt: null,
    servingStartedAt: null,
    endedAt: null,
    counterId: null,
    staffId: null,
    assignedCounterId: null,
    assignedStaffId: null,
    notBefore: null,
    appointmentAt: cmd.appointmentAt,
    recallCount: 0,
    transferCount: 0,
    note: null,
    deliveredServices: [],
    outcome: null,
    publicToken: ctx.newToken(),
    idempotencyKey: cmd.idempotencyKey,
    issuedBy: ctx.actor,
  };
  const change = emptyChange();
  change.visits.push(visit);
  change.sequences.push({ queueId: queue.id, day, last: number });
  change.events.push(
    event(ctx, 'visit.issued', visit, {
      ticket: visit.ticket,
      queueId: visit.queueId,
      serviceId: service.id,
      agencyId: service.agencyId,
      priority: visit.priority,
      channel: visit.channel,
      language: visit.language,
      representative: visit.representative !== null,
      customer: visit.customer
        ? { idHash: visit.customer.idHash, mobileHash: visit.customer.mobileHash }
        : null,
    }),
  );
  return { change, result: { visit, replayed: false } };
}

export function decideOpenCounter(
  state: CentreState,
  ctx: Context,
  counterId: string,
): Decision<CounterState> {
  const staffId = staffOf(ctx);
  const c = state.counters.get(counterId);
  if (!c || !state.config.counters.has(counterId)) fail('not_found', `no counter ${counterId}`);
  if (c.staffId !== null && c.staffId !== staffId && c.status !== 'closed')
    fail('counter_taken', `counter ${counterId} is held by someone else`);
  for (const other of state.counters.values())
    if (other.counterId !== counterId && other.staffId === staffId && other.status !== 'closed')
      fail('staff_at_other_counter', `you are signed in at counter ${other.counterId}`);
  const next: CounterState = {
    ...c,
    status: 'available',
    staffId,
    breakReason: null,
    since: c.staffId === staffId && c.status !== 'closed' ? c.since : ctx.now,
  };
  const change = emptyChange();
  change.counters.push(next);
  return { change, result: next };
}

function transition(v: Visit, action: VisitAction, patch: Partial<Visit>): Visit {
  return { ...v, ...patch, status: nextStatus(v.status, action) };
}

export function decideCounterStatus(
  state: CentreState,
  ctx: Context,
  cmd: CounterStatusInput,
): Decision<CounterState> {
  const c = heldCounter(state, ctx, cmd.counterId);
  const change = emptyChange();
  if (c.currentVisitId) {
    if (cmd.status === 'available') {
      change.counters.push({ ...c, status: 'available', breakReason: null });
      return { change, result: change.counters[0]! };
    }
    // Leaving with a visit in hand ends it with a recorded outcome rather than losing it.
    const v = visitOf(state, c.currentVisitId);
    if (!cmd.outcome) fail('counter_busy', `finish or hand over ${v.ticket} first, or give an outcome`);
    if (v.status === 'called') {
      const back = transition(v, 'returnToQueue', {
        counterId: null,
        staffId: null,
        calledAt: null,
        recallCount: 0,
      });
      change.visits.push(back);
      change.events.push(event(ctx, 'visit.returned', back, { reason: cmd.outcome }));
    } else {
      const done = transition(v, 'complete', {
        endedAt: ctx.now,
        outcome: cmd.outcome,
        deliveredServices: v.serviceIds.map((serviceId) => ({ serviceId, outcome: cmd.outcome!, notes: '' })),
      });
      change.visits.push(done);
      change.events.push(
        event(ctx, 'visit.completed', done, { outcome: cmd.outcome, services: done.deliveredServices }),
      );
    }
  }
  const next: CounterState = {
    ...c,
    currentVisitId: null,
    status: cmd.status,
    staffId: cmd.status === 'closed' ? null : c.staffId,
    breakReason: cmd.status === 'break' ? (cmd.reason ?? null) : null,
    since: ctx.now,
  };
  change.counters.push(next);
  return { change, result: next };
}

function call(
  state: CentreState,
  ctx: Context,
  counter: CounterState,
  v: Visit,
  queueClass: 'priority' | 'normal' | null,
): Change {
  const called = transition(v, 'call', {
    counterId: counter.counterId,
    staffId: counter.staffId,
    calledAt: ctx.now,
    recallCount: 0,
    assignedCounterId: null,
    assignedStaffId: null,
    notBefore: null,
  });
  const change = emptyChange();
  change.visits.push(called);
  change.counters.push({ ...counter, currentVisitId: v.id, since: ctx.now });
  if (queueClass) {
    const interleave = interleaveFor(state, profileInForce(state, counter.counterId, counter.staffId));
    const lines = state.lines.get(v.queueId);
    const priorityLeft = (lines?.priority.size ?? 0) - (queueClass === 'priority' ? 1 : 0) > 0;
    change.callStates.push(
      advanceCallState(state.callStates.get(v.queueId), v.queueId, queueClass, interleave, priorityLeft),
    );
  }
  const label = state.config.counters.get(counter.counterId)?.label ?? counter.counterId;
  change.events.push(
    event(ctx, 'visit.called', called, {
      counterId: counter.counterId,
      counterLabel: label,
      staffId: counter.staffId,
      ticket: called.ticket,
      waitedMs: ctx.now - v.queuedAt,
    }),
  );
  return change;
}

function requireFree(state: CentreState, counter: CounterState): void {
  if (counter.status !== 'available')
    fail('counter_not_open', `counter ${counter.counterId} is on ${counter.status}`);
  if (counter.currentVisitId) {
    const v = state.visits.get(counter.currentVisitId);
    fail('counter_busy', `counter ${counter.counterId} still has ${v?.ticket ?? 'a visit'} in hand`);
  }
}

export function decideCallNext(state: CentreState, ctx: Context, counterId: string): Decision<Visit | null> {
  const counter = heldCounter(state, ctx, counterId);
  requireFree(state, counter);
  const pick = selectNext(state, counterId, counter.staffId, ctx.now);
  if (!pick) return { change: emptyChange(), result: null };
  const change = call(state, ctx, counter, pick.visit, pick.queueClass);
  return { change, result: change.visits[0]! };
}

export function decideCallVisit(state: CentreState, ctx: Context, cmd: CounterVisit): Decision<Visit> {
  const counter = heldCounter(state, ctx, cmd.counterId);
  requireFree(state, counter);
  const v = visitOf(state, cmd.visitId);
  if (v.status !== 'waiting') fail('invalid_transition', `${v.ticket} is ${v.status}, not waiting`);
  const change = call(state, ctx, counter, v, null);
  return { change, result: change.visits[0]! };
}

export function decideRecall(state: CentreState, ctx: Context, cmd: CounterVisit): Decision<Visit> {
  const { visit } = visitAtCounter(state, ctx, cmd);
  const next = transition(visit, 'recall', { recallCount: visit.recallCount + 1 });
  const change = emptyChange();
  change.visits.push(next);
  const label = state.config.counters.get(cmd.counterId)?.label ?? cmd.counterId;
  change.events.push(
    event(ctx, 'visit.recalled', next, {
      counterId: cmd.counterId,
      counterLabel: label,
      ticket: next.ticket,
      recallCount: next.recallCount,
    }),
  );
  return { change, result: next };
}

export function decideStartServing(state: CentreState, ctx: Context, cmd: CounterVisit): Decision<Visit> {
  const { visit } = visitAtCounter(state, ctx, cmd);
  const next = transition(visit, 'startServing', { servingStartedAt: ctx.now });
  const change = emptyChange();
  change.visits.push(next);
  change.events.push(
    event(ctx, 'visit.serving_started', next, {
      counterId: cmd.counterId,
      walkingMs: ctx.now - (visit.calledAt ?? ctx.now),
    }),
  );
  return { change, result: next };
}

export function decideNoShow(state: CentreState, ctx: Context, cmd: CounterVisit): Decision<Visit> {
  const { counter, visit } = visitAtCounter(state, ctx, cmd);
  const needed = state.config.catalogue.centre.recallsBeforeNoShow;
  if (visit.status === 'called' && visit.recallCount < needed)
    fail(
      'recalls_required',
      `recall ${visit.ticket} ${needed - visit.recallCount} more time(s) before a no-show`,
    );
  const next = transition(visit, 'noShow', { endedAt: ctx.now, outcome: 'no_show' });
  const change = emptyChange();
  change.visits.push(next);
  change.counters.push(freeCounter(counter, ctx.now));
  change.events.push(
    event(ctx, 'visit.no_show', next, { counterId: cmd.counterId, recallCount: visit.recallCount }),
  );
  return { change, result: next };
}

export function decideRecycle(state: CentreState, ctx: Context, cmd: CounterVisit): Decision<Visit> {
  const { counter, visit } = visitAtCounter(state, ctx, cmd);
  const notBefore = ctx.now + state.config.catalogue.centre.recycleMinutes * 60_000;
  const next = transition(visit, 'recycle', {
    counterId: null,
    staffId: null,
    calledAt: null,
    notBefore,
    recallCount: 0,
  });
  const change = emptyChange();
  change.visits.push(next);
  change.counters.push(freeCounter(counter, ctx.now));
  change.events.push(event(ctx, 'visit.recycled', next, { counterId: cmd.counterId, notBefore }));
  return { change, result: next };
}

export function decidePark(state: CentreState, ctx: Context, cmd: CounterVisit): Decision<Visit> {
  const { counter, visit } = visitAtCounter(state, ctx, cmd);
  const next = transition(visit, 'park', {});
  const change = emptyChange();
  change.visits.push(next);
  change.counters.push(freeCounter(counter, ctx.now));
  change.events.push(event(ctx, 'visit.parked', next, { counterId: cmd.counterId }));
  return { change, result: next };
}

export function decideResume(state: CentreState, ctx: Context, cmd: CounterVisit): Decision<Visit> {
  const counter = heldCounter(state, ctx, cmd.counterId);
  requireFree(state, counter);
  const visit = visitOf(state, cmd.visitId);
  if (visit.counterId !== cmd.counterId)
    fail('not_your_visit', `visit ${visit.ticket} was parked at another counter`);
  const next = transition(visit, 'resume', { staffId: counter.staffId });
  const change = emptyChange();
  change.visits.push(next);
  change.counters.push({ ...counter, currentVisitId: visit.id, since: ctx.now });
  change.events.push(event(ctx, 'visit.resumed', next, { counterId: cmd.counterId }));
  return { change, result: next };
}

/** Same visit, same id, same history: only its place changes (no wrong door). */
export function decideTransfer(state: CentreState, ctx: Context, cmd: TransferInput): Decision<Visit> {
  const { counter, visit } = visitAtCounter(state, ctx, cmd);
  const t = cmd.target;
  let patch: Partial<Visit>;
  if (t.kind === 'queue') {
    const queue = state.config.queues.get(t.queueId);
    if (!queue) fail('not_found', `no queue ${t.queueId}`);
    if (t.serviceId && !state.config.services.has(t.serviceId))
      fail('not_found', `no service ${t.serviceId}`);
    const lines = state.lines.get(queue.id);
    const line = visit.priority ? lines?.priority : lines?.normal;
    const sortKey =
      t.position === 'first'
        ? Math.min(line?.minKey() ?? visit.arrivalKey, visit.arrivalKey) - 1
        : t.position === 'last'
          ? state.nextArrivalKey
          : visit.arrivalKey;
    patch = {
      queueId: queue.id,
      sortKey,
      assignedCounterId: null,
      assignedStaffId: null,
      serviceIds:
        t.serviceId && !visit.serviceIds.includes(t.serviceId)
          ? [...visit.serviceIds, t.serviceId]
          : visit.serviceIds,
    };
  } else if (t.kind === 'counter') {
    if (!state.config.counters.has(t.counterId)) fail('not_found', `no counter ${t.counterId}`);
    patch = { assignedCounterId: t.counterId, assignedStaffId: null, sortKey: visit.arrivalKey };
  } else {
    if (!state.staffProfiles.has(t.staffId)) fail('not_found', `no staff member ${t.staffId}`);
    patch = { assignedStaffId: t.staffId, assignedCounterId: null, sortKey: visit.arrivalKey };
  }
  const next = transition(visit, 'transfer', {
    ...patch,
    counterId: null,
    staffId: null,
    calledAt: null,
    servingStartedAt: null,
    recallCount: 0,
    notBefore: null,
    queuedAt: ctx.now,
    transferCount: visit.transferCount + 1,
    note: cmd.note || visit.note,
  });
  const change = emptyChange();
  change.visits.push(next);
  // A parked visit no longer occupies the counter, so only free it when it is the one in hand.
  if (counter.currentVisitId === visit.id) change.counters.push(freeCounter(counter, ctx.now));
  change.events.push(
    event(ctx, 'visit.transferred', next, {
      fromQueueId: visit.queueId,
      fromCounterId: cmd.counterId,
      target: t,
      note: cmd.note,
    }),
  );
  return { change, result: change.visits[0]! };
}

export function decideComplete(state: CentreState, ctx: Context, cmd: CompleteInput): Decision<Visit> {
  const { counter, visit } = visitAtCounter(state, ctx, cmd);
  for (const s of cmd.services)
    if (!state.config.services.has(s.serviceId)) fail('not_found', `no service ${s.serviceId}`);
  const next = transition(visit, 'complete', {
    endedAt: ctx.now,
    deliveredServices: cmd.services,
    outcome: cmd.services[0]!.outcome,
    serviceIds: [...new Set([...visit.serviceIds, ...cmd.services.map((s) => s.serviceId)])],
  });
  const change = emptyChange();
  change.visits.push(next);
  if (counter.currentVisitId === visit.id) change.counters.push(freeCounter(counter, ctx.now));
  change.events.push(
    event(ctx, 'visit.completed', next, {
      counterId: cmd.counterId,
      services: cmd.services,
      transactionMs: visit.servingStartedAt === null ? null : ctx.now - visit.servingStartedAt,
    }),
  );
  return { change, result: next };
}

/** `token`: the ticket's public token, when the citizen's own ticket authorises a kiosk or a phone. */
export function decideCancel(
  state: CentreState,
  ctx: Context,
  visitId: string,
  token?: string,
): Decision<Visit> {
  const visit = visitOf(state, visitId);
  assertMayActOnVisit(ctx.actor, visit, token);
  const next = transition(visit, 'cancel', { endedAt: ctx.now, outcome: 'abandoned' });
  assertDeviceMayCancel(ctx.actor, visit);
  const change = emptyChange();
  change.visits.push(next);
  if (visit.counterId) {
    const c = state.counters.get(visit.counterId);
    if (c?.currentVisitId === visit.id) change.counters.push(freeCounter(c, ctx.now));
  }
  change.events.push(event(ctx, 'visit.cancelled', next, {}));
  return { change, result: next };
}

/** "I'm running late": a waiting visit moves back `places` in its own line; nobody else moves. */
export function decidePostpone(
  state: CentreState,
  ctx: Context,
  visitId: string,
  places: number,
  token?: string,
): Decision<Visit> {
  const visit = visitOf(state, visitId);
  assertMayActOnVisit(ctx.actor, visit, token);
  if (visit.status !== 'waiting') fail('invalid_transition', `a ${visit.status} visit cannot be postponed`);
  const line = visit.assignedCounterId
    ? state.assignedToCounter.get(visit.assignedCounterId)
    : visit.assignedStaffId
      ? state.assignedToStaff.get(visit.assignedStaffId)
      : state.lines.get(visit.queueId)?.[visit.priority ? 'priority' : 'normal'];
  const keys = (line?.ids() ?? []).map((id) => state.visits.get(id)!.sortKey);
  const sortKey = postponedSortKey(keys, visit.sortKey, places);
  const change = emptyChange();
  // Last in line already: moving back changes nothing, and says so rather than failing.
  if (sortKey === null) return { change, result: visit };
  const next: Visit = { ...visit, sortKey };
  change.visits.push(next);
  change.events.push(event(ctx, 'visit.postponed', next, { places, fromSortKey: visit.sortKey, sortKey }));
  return { change, result: next };
}

/** End of the business day: open visits are removed with a recorded outcome (or kept, by configuration). */
export function decideEndOfDay(
  state: CentreState,
  ctx: Context,
  mode?: 'remove' | 'keep',
  /** Only visits of business days before this one (the automatic run at a day change). */
  before?: string,
): Decision<{ removed: number }> {
  const change = emptyChange();
  if ((mode ?? state.config.catalogue.centre.endOfDay) === 'keep') return { change, result: { removed: 0 } };
  for (const v of state.visits.values()) {
    if (isTerminal(v) || v.status === 'serving') continue;
    if (before !== undefined && v.businessDay >= before) continue;
    const next = transition(v, 'remove', { endedAt: ctx.now, outcome: 'end_of_day' });
    change.visits.push(next);
    change.events.push(event(ctx, 'visit.removed', next, { reason: 'end_of_day' }));
    if (v.counterId) {
      const c = state.counters.get(v.counterId);
      if (c?.currentVisitId === v.id) change.counters.push(freeCounter(c, ctx.now));
    }
  }
  return { change, result: { removed: change.visits.length } };
}
