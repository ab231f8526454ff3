/** What a counter does with the visit in hand: serve it, no-show, recycle, park, resume, complete. */
import type { CompleteInput } from '../../contract/operations.js';
import type { Visit } from '../../contract/visit.js';
import { fail } from '../errors.js';
import type { CentreState } from '../state.js';
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
  visitStep,
} from './decision.js';

export function decideStartServing(state: CentreState, ctx: Context, cmd: CounterVisit): Decision<Visit> {
  const { visit } = visitAtCounter(state, ctx, cmd);
  const next = transition(visit, 'startServing', { servingStartedAt: ctx.now });
  return visitStep(
    next,
    event(ctx, 'visit.serving_started', next, {
      counterId: cmd.counterId,
      walkingMs: ctx.now - (visit.calledAt ?? ctx.now),
    }),
  );
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
  return visitStep(
    next,
    event(ctx, 'visit.no_show', next, { counterId: cmd.counterId, recallCount: visit.recallCount }),
    freeCounter(counter, ctx.now),
  );
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
  return visitStep(
    next,
    event(ctx, 'visit.recycled', next, { counterId: cmd.counterId, notBefore }),
    freeCounter(counter, ctx.now),
  );
}

export function decidePark(state: CentreState, ctx: Context, cmd: CounterVisit): Decision<Visit> {
  const { counter, visit } = visitAtCounter(state, ctx, cmd);
  const next = transition(visit, 'park', {});
  return visitStep(
    next,
    event(ctx, 'visit.parked', next, { counterId: cmd.counterId }),
    freeCounter(counter, ctx.now),
  );
}

export function decideResume(state: CentreState, ctx: Context, cmd: CounterVisit): Decision<Visit> {
  const counter = heldCounter(state, ctx, cmd.counterId);
  requireFree(state, counter);
  const visit = visitOf(state, cmd.visitId);
  if (visit.counterId !== cmd.counterId)
    fail('not_your_visit', `visit ${visit.ticket} was parked at another counter`);
  const next = transition(visit, 'resume', { staffId: counter.staffId });
  return visitStep(next, event(ctx, 'visit.resumed', next, { counterId: cmd.counterId }), {
    ...counter,
    currentVisitId: visit.id,
    since: ctx.now,
  });
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
  return visitStep(
    next,
    event(ctx, 'visit.completed', next, {
      counterId: cmd.counterId,
      services: cmd.services,
      transactionMs: visit.servingStartedAt === null ? null : ctx.now - visit.servingStartedAt,
    }),
    counter.currentVisitId === visit.id ? freeCounter(counter, ctx.now) : undefined,
  );
}
