/**
 * What the visitor (or staff on their behalf) does to their own ticket: cancel it, move back in the
 * line, change its language.
 */
import type { OperationInput } from '../../contract/operations.js';
import type { Visit } from '../../contract/visit.js';
import { fail } from '../errors.js';
import { emptyChange, isTerminal, type CentreState } from '../state.js';
import { postponedSortKey } from '../remote/postpone.js';
import { assertDeviceMayCancel, assertMayActOnVisit } from '../visit-access.js';
import {
  event,
  freeCounter,
  transition,
  visitOf,
  visitStep,
  type Context,
  type Decision,
} from './decision.js';

/**
 * The visit a visitor's command is about, once its actor may act on it: staff, or a kiosk or a
 * phone showing the ticket's public token (`token`) because the citizen holding it asks.
 */
function visitorsVisit(state: CentreState, ctx: Context, cmd: { visitId: string; token?: string }): Visit {
  const visit = visitOf(state, cmd.visitId);
  assertMayActOnVisit(ctx.actor, visit, cmd.token);
  return visit;
}

export function decideCancel(
  state: CentreState,
  ctx: Context,
  cmd: OperationInput<'cancelVisit'>,
): Decision<Visit> {
  const visit = visitorsVisit(state, ctx, cmd);
  const next = transition(visit, 'cancel', { endedAt: ctx.now, outcome: 'abandoned' });
  assertDeviceMayCancel(ctx.actor, visit);
  const counter = visit.counterId ? state.counters.get(visit.counterId) : undefined;
  return visitStep(
    next,
    event(ctx, 'visit.cancelled', next, {}),
    counter?.currentVisitId === visit.id ? freeCounter(counter, ctx.now) : undefined,
  );
}

/** "I'm running late": a waiting visit moves back `places` in its own line; nobody else moves. */
export function decidePostpone(
  state: CentreState,
  ctx: Context,
  cmd: OperationInput<'postponeVisit'>,
): Decision<Visit> {
  const { places } = cmd;
  const visit = visitorsVisit(state, ctx, cmd);
  if (visit.status !== 'waiting') fail('invalid_transition', `a ${visit.status} visit cannot be postponed`);
  const line = visit.assignedCounterId
    ? state.assignedToCounter.get(visit.assignedCounterId)
    : visit.assignedStaffId
      ? state.assignedToStaff.get(visit.assignedStaffId)
      : state.lines.get(visit.queueId)?.[visit.priority ? 'priority' : 'normal'];
  const keys = (line?.ids() ?? []).map((id) => state.visits.get(id)!.sortKey);
  const sortKey = postponedSortKey(keys, visit.sortKey, places);
  // Last in line already: moving back changes nothing, and says so rather than failing.
  if (sortKey === null) return { change: emptyChange(), result: visit };
  const next: Visit = { ...visit, sortKey };
  return visitStep(
    next,
    event(ctx, 'visit.postponed', next, { places, fromSortKey: visit.sortKey, sortKey }),
  );
}

/**
 * The visitor chose another language on their phone (#19): the visit's language, which the "turn
 * near" and "called" SMS and the counter's customer panel read, follows it. A finished visit keeps
 * the language it ended in (its messages are all sent); choosing the language it already has
 * changes nothing and records nothing.
 */
export function decideVisitLanguage(
  state: CentreState,
  ctx: Context,
  cmd: OperationInput<'setVisitLanguage'>,
): Decision<Visit> {
  const { language } = cmd;
  const visit = visitorsVisit(state, ctx, cmd);
  if (isTerminal(visit))
    fail('invalid_transition', `ticket ${visit.ticket} is ${visit.status}; its language no longer changes`);
  if (visit.language === language) return { change: emptyChange(), result: visit };
  const next: Visit = { ...visit, language };
  return visitStep(
    next,
    event(ctx, 'visit.language_changed', next, { language, fromLanguage: visit.language }),
  );
}
