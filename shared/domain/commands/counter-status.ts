/** A staff member opening their counter, and the counter going on break, back, or closed. */
import type { CounterStatusInput } from '../../contract/operations.js';
import { fail } from '../errors.js';
import { emptyChange, type CentreState, type CounterState } from '../state.js';
import { event, heldCounter, staffOf, transition, visitOf, type Context, type Decision } from './decision.js';

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
