/** The remote channel's view of the hub's identity key: numbers become the same keyed hashes as at the kiosk. */
import type { Hub } from '../../core/hub.js';
import type { Principal } from '../../core/hub.js';

/** The keyed hash Hub.withCustomer gives a mobile, so rate limits and visits agree. */
export function mobileHash(hub: Hub, normalisedMobile: string): string {
  return hub.hashIdentity('mobile', normalisedMobile);
}

export function eidHash(hub: Hub, normalisedEid: string): string {
  return hub.hashIdentity('eid', normalisedEid);
}

/**
 * Who acts for a citizen on their phone: a public actor with a kiosk's rights to issue and cancel,
 * on the remote channel; it acts on a ticket only with the ticket's token.
 */
export const PHONE_PRINCIPAL: Principal = {
  actor: { kind: 'public' },
  roles: ['kiosk'],
  issuingFor: 'remote',
};
