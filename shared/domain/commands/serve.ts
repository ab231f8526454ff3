/** What a counter does with the visit in hand: serve it, no-show, recycle, park, resume, complete. */
import type { CompleteInput } from '../../contract/operations.js';
import type { Visit } from '../../contract/visit.js';
import { fail } from '../errors.js';
import { emptyChange, type CentreState } from '../state.js';
import { requireFree } from './call.js';
import {
  event,
  freeCounter,
  heldCounter,
  transition,
  visitAtCounter,
  visitOf,
  type Context,
  type CounterVisit,
  type Decision,
} from './decision.js';

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
