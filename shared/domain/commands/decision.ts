/**
 * What every decision of the queue engine shares: the injected context, the Decision it returns, and
 * the checks and event builder the command families use (shared/domain/commands/*).
 */
import type { CounterVisit as CounterVisitSchema } from '../../contract/operations.js';
import type { Actor, Visit, VisitEvent, VisitEventType } from '../../contract/visit.js';
import type { z } from 'zod';
import { fail } from '../errors.js';
import { nextStatus, type VisitAction } from '../visit-machine.js';
import { emptyChange, type CentreState, type Change, type CounterState } from '../state.js';

/** Injected so the core stays pure: the clock and the id sources. */
export interface Context {
  now: number;
  actor: Actor;
  newId(): string;
  newToken(): string;
}

export type CounterVisit = z.output<typeof CounterVisitSchema>;

export interface Decision<R> {
  change: Change;
  result: R;
}

export function formatTicket(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(3, '0')}`;
}

export function event(
  ctx: Context,
  type: VisitEventType,
  v: Visit,
  data: Record<string, unknown> = {},
): VisitEvent {
  return {
    id: ctx.newId(),
    type,
    visitId: v.id,
    at: ctx.now,
    actor: ctx.actor,
    data: { status: v.status, ...data },
  };
}

export function staffOf(ctx: Context): string {
  if (ctx.actor.kind !== 'staff') fail('forbidden', 'only signed-in staff can act at a counter');
  return ctx.actor.staffId;
}

export function visitOf(state: CentreState, visitId: string): Visit {
  const v = state.visits.get(visitId);
  if (!v) fail('not_found', `no visit ${visitId}`);
  return v;
}

/** The counter, checked to be open and held by the acting staff member. */
export function heldCounter(state: CentreState, ctx: Context, counterId: string): CounterState {
  const staffId = staffOf(ctx);
  const c = state.counters.get(counterId);
  if (!c || !state.config.counters.has(counterId)) fail('not_found', `no counter ${counterId}`);
  if (c.status === 'closed' || c.staffId === null)
    fail('counter_not_open', `counter ${counterId} is not open`);
  if (c.staffId !== staffId) fail('counter_taken', `counter ${counterId} is held by someone else`);
  return c;
}

/** The visit this counter has in hand (called, serving, or parked by it). */
export function visitAtCounter(
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

export function freeCounter(c: CounterState, now: number): CounterState {
  return { ...c, currentVisitId: null, since: now };
}

export function transition(v: Visit, action: VisitAction, patch: Partial<Visit>): Visit {
  return { ...v, ...patch, status: nextStatus(v.status, action) };
}

/**
 * The change most steps of a visit make: the visit as it is now, its one event and, when the step
 * frees or takes a counter, that counter.
 */
export function visitStep(next: Visit, ev: VisitEvent, counter?: CounterState): Decision<Visit> {
  const change = emptyChange();
  change.visits.push(next);
  if (counter) change.counters.push(counter);
  change.events.push(ev);
  return { change, result: next };
}
