/** Calling a visit to a counter: the next one by the selection rules, a chosen one, or again (recall). */
import type { Visit, VisitEvent } from '../../contract/visit.js';
import { fail } from '../errors.js';
import { emptyChange, type CentreState, type Change, type CounterState } from '../state.js';
import { advanceCallState, interleaveFor, profileInForce, selectNext } from '../selection.js';
import {
  event,
  heldCounter,
  transition,
  visitAtCounter,
  visitOf,
  type Context,
  type CounterVisit,
  type Decision,
  visitStep,
} from './decision.js';

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
  change.events.push(
    callEvent(state, ctx, 'visit.called', called, counter.counterId, {
      staffId: counter.staffId,
      ticket: called.ticket,
      waitedMs: ctx.now - v.queuedAt,
    }),
  );
  return change;
}

/** Calls and recalls are announced on the board, so both name the counter by the label it shows. */
function callEvent(
  state: CentreState,
  ctx: Context,
  type: 'visit.called' | 'visit.recalled',
  v: Visit,
  counterId: string,
  data: Record<string, unknown>,
): VisitEvent {
  const counterLabel = state.config.counters.get(counterId)?.label ?? counterId;
  return event(ctx, type, v, { counterId, counterLabel, ...data });
}

/** The counter is open and has no visit in hand (to call or resume one). */
export function requireFree(state: CentreState, counter: CounterState): void {
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
  return visitStep(
    next,
    callEvent(state, ctx, 'visit.recalled', next, cmd.counterId, {
      ticket: next.ticket,
      recallCount: next.recallCount,
    }),
  );
}
