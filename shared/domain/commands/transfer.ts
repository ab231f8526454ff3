/** Transferring the visit in hand to another queue, counter or staff member. */
import type { TransferInput } from '../../contract/operations.js';
import type { Visit } from '../../contract/visit.js';
import { fail } from '../errors.js';
import type { CentreState } from '../state.js';
import {
  event,
  freeCounter,
  transition,
  visitAtCounter,
  visitStep,
  type Context,
  type Decision,
} from './decision.js';

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
  return visitStep(
    next,
    event(ctx, 'visit.transferred', next, {
      fromQueueId: visit.queueId,
      fromCounterId: cmd.counterId,
      target: t,
      note: cmd.note,
    }),
    // A parked visit no longer occupies the counter, so only free it when it is the one in hand.
    counter.currentVisitId === visit.id ? freeCounter(counter, ctx.now) : undefined,
  );
}
