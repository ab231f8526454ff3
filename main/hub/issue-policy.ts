/**
 * What a caller may say when it asks for a ticket, and whose its idempotency key is. A kiosk's key
 * sits on a floor anyone can reach: it may not give itself appointment priority or pose as another
 * channel, and its idempotency keys are its own (another caller sending the same key gets nothing
 * of its tickets). Staff keep the choice of channel and priority.
 */
import type { IssueTicketInput } from '../../shared/contract/operations.js';
import type { Actor, Channel } from '../../shared/contract/visit.js';
import { fail } from '../../shared/domain/errors.js';

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
