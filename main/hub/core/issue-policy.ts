/**
 * What a caller may say when it asks for a ticket, and whose its idempotency key is. A kiosk's key
 * sits on a floor anyone can reach: it may not give itself appointment priority or pose as another
 * channel, and its idempotency keys are its own (another caller sending the same key gets nothing
 * of its tickets). Staff keep the choice of channel and priority.
 */
import type { IssueTicketInput } from '../../../shared/contract/operations.js';
import type { Actor, Channel } from '../../../shared/contract/visit.js';
import type { QueueOpening } from '../../../shared/contract/opening.js';
import type { LocalizedText } from '../../../shared/contract/catalogue.js';
import type { CentreState } from '../../../shared/domain/state.js';
import { fail } from '../../../shared/domain/errors.js';
import { openingState, queueOpening } from '../../../shared/domain/opening-state.js';

/**
 * Set by a hub module that issues after checking a booking code or a phone's code: the channel it
 * vouches for. Its idempotency keys (made by the hub from the booking or the code) are shared by
 * every caller, so a booking scanned at two kiosks still gives one ticket.
 */
export type IssuingFor = 'appointment' | 'remote';

/** The channel a caller's tickets get whatever it asks; null when it may choose (staff). */
function fixedChannel(actor: Actor, issuingFor: IssuingFor | undefined): Channel | null {
  if (issuingFor) return issuingFor;
  if (actor.kind === 'device') return 'kiosk';
  if (actor.kind === 'public') return 'remote';
  return null;
}

/**
 * Refuses (`forbidden`: the values are valid, this caller may not use them) a kiosk or phone that
 * names another channel than its own, or appointment priority outside appointment check-in.
 */
export function assertMayIssue(
  actor: Actor,
  issuingFor: IssuingFor | undefined,
  input: Pick<IssueTicketInput, 'channel' | 'priority'>,
): void {
  const channel = fixedChannel(actor, issuingFor);
  if (channel === null) return;
  if (input.channel !== channel)
    fail(
      'forbidden',
      `tickets from this caller are on the ${channel} channel; it cannot choose ${input.channel}`,
    );
  if (input.priority === 'appointment' && channel !== 'appointment')
    fail('forbidden', 'appointment priority is given by appointment check-in, not chosen at the kiosk');
}

/** A queue's walk-in opening now, with the holiday that closes the centre today, if one does. */
export type WalkInOpening = QueueOpening & { closedFor?: LocalizedText };

/**
 * Whether today's hours still take a walk-in ticket for the service's queue now (undefined for a
 * service the catalogue does not have: the engine refuses it as not_found).
 */
export function walkInOpening(state: CentreState, serviceId: string, now: number): WalkInOpening | undefined {
  const service = state.config.services.get(serviceId);
  if (!service) return undefined;
  const { catalogue } = state.config;
  const opening = openingState({ centre: catalogue.centre, queues: catalogue.queues, now });
  const queue = queueOpening(opening, service.queueId);
  if (!queue) return undefined;
  const holiday = opening.specialDay && !opening.specialDay.hours ? opening.specialDay.reason : undefined;
  return holiday ? { ...queue, closedFor: holiday } : queue;
}

/**
 * Refuses a walk-in ticket (a kiosk's, or a phone joining remotely) outside the opening hours
 * (`centre_closed`) or after the queue's last-ticket time (`last_ticket_passed`). Both are 409: the
 * caller may ask and the request is valid; the centre's state now refuses it, as `queue_closed`
 * does (403 stays for who is asking). Appointment check-in keeps its own window
 * (kiosk/check-in-window.ts), and staff keep the choice to let someone in after hours.
 */
export function assertOpenForWalkIn(
  actor: Actor,
  issuingFor: IssuingFor | undefined,
  opening: WalkInOpening | undefined,
): void {
  const channel = fixedChannel(actor, issuingFor);
  if (channel === null || channel === 'appointment') return;
  const refusal = walkInRefusal(opening);
  if (refusal) fail(refusal.code, refusal.message);
}

/**
 * Why the hours refuse a walk-in ticket now, worded for the caller (a holiday by its name), or null.
 * A manager's cut-off (`queue_closed`) is the engine's to refuse.
 */
export function walkInRefusal(
  opening: WalkInOpening | undefined,
): { code: 'centre_closed' | 'last_ticket_passed'; message: string } | null {
  if (opening?.refusal === 'centre_closed' && opening.closedFor)
    return {
      code: 'centre_closed',
      message: `the centre is closed today (${opening.closedFor.en} / ${opening.closedFor.ar}); walk-in tickets are issued on its next working day`,
    };
  if (opening?.refusal === 'centre_closed')
    return {
      code: 'centre_closed',
      message: 'the centre is closed now; walk-in tickets are issued during its opening hours',
    };
  if (opening?.refusal === 'last_ticket_passed')
    return {
      code: 'last_ticket_passed',
      message: `the last walk-in ticket for this queue today was at ${opening.lastTicketTime ?? '?'}`,
    };
  return null;
}

function scopeOf(actor: Actor, issuingFor: IssuingFor | undefined): string {
  if (issuingFor) return `via:${issuingFor}`;
  switch (actor.kind) {
    case 'device':
      return `device:${actor.deviceId}`;
    case 'staff':
      return `staff:${actor.staffId}`;
    default:
      return actor.kind;
  }
}

/**
 * The key as stored: the caller's scope, then `|`, then the key it sent. Ids cannot contain `|`,
 * so two scopes can never produce the same stored key.
 */
export function scopedIdempotencyKey(actor: Actor, issuingFor: IssuingFor | undefined, key: string): string {
  return `${scopeOf(actor, issuingFor)}|${key}`;
}
