/**
 * The hub's SMS gateway, for the modules that send (kiosk, remote): the SMS module registers one
 * outbox per hub before they register their routes, and they look it up by the hub.
 */
import type { Hub } from '../hub.js';
import type { SmsOutbox } from './outbox.js';

const outboxes = new WeakMap<Hub, SmsOutbox>();

export function setSmsOutbox(hub: Hub, outbox: SmsOutbox): void {
  outboxes.set(hub, outbox);
}

/** Undefined when the hub runs without the SMS module (tests that replace it). */
export function smsOutboxOf(hub: Hub): SmsOutbox | undefined {
  return outboxes.get(hub);
}
