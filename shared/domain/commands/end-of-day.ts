/** Closing the business day. */
import { emptyChange, isTerminal, type CentreState } from '../state.js';
import { event, freeCounter, transition, type Context, type Decision } from './decision.js';

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
