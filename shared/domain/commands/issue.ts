/** Issuing a ticket: a new visit at the end of its queue's line, numbered in its queue's day sequence. */
import type { Visit } from '../../contract/visit.js';
import type { IssueCommand } from '../issue-command.js';
import { fail } from '../errors.js';
import { businessDay } from '../time.js';
import { emptyChange, sequenceKey, type CentreState } from '../state.js';
import { isSameIssueRequest } from '../idempotency.js';
import { event, formatTicket, type Context, type Decision } from './decision.js';

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
