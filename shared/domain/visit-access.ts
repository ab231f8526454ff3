/**
 * Who may act on a citizen's visit outside a counter (cancel, postpone, print, send by SMS). Staff
 * keep their rights; a kiosk holds a shared key on the floor, so it acts only on the tickets it
 * issued itself, or when the request carries the ticket's public token (the citizen holds it).
 */
import type { Actor, Visit } from '../contract/visit.js';
import { fail } from './errors.js';

/** Compared in full whatever the first difference, so the time taken does not hint at the token. */
function sameToken(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export function issuedByDevice(visit: Visit, deviceId: string): boolean {
  return visit.issuedBy?.kind === 'device' && visit.issuedBy.deviceId === deviceId;
}

/** True when `actor` may act on `visit` as a citizen's proxy; `token` is the public token the request gave, if any. */
export function mayActOnVisit(actor: Actor, visit: Visit, token: string | undefined): boolean {
  if (actor.kind === 'staff' || actor.kind === 'system') return true;
  if (token !== undefined && sameToken(token, visit.publicToken)) return true;
  return actor.kind === 'device' && issuedByDevice(visit, actor.deviceId);
}

/** Refuses (`forbidden`) a device or a phone acting on a visit that is not theirs. */
export function assertMayActOnVisit(actor: Actor, visit: Visit, token: string | undefined): void {
  if (!mayActOnVisit(actor, visit, token))
    fail('forbidden', `ticket ${visit.ticket} was not issued here; only its holder or staff can change it`);
}

/**
 * A kiosk cancels only a ticket still waiting: once a counter has called it, leaving is the
 * counter's to record (no-show, return to the queue), not anyone's at the kiosk.
 */
export function assertDeviceMayCancel(actor: Actor, visit: Visit): void {
  if (actor.kind === 'device' && visit.status !== 'waiting')
    fail('forbidden', `ticket ${visit.ticket} is ${visit.status}; a kiosk can cancel only a waiting ticket`);
}
