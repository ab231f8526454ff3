/**
 * What the hub tells a caller whose credential stopped standing, by reason: in the `session_ended`
 * message a socket gets before it is disconnected (socket-guard.ts), and in the refusal of a request
 * that was still waiting to be decided when it stopped (hub.ts).
 */
import type { SessionEndReason } from '../../../shared/contract/auth.js';

export const SESSION_END_MESSAGES: Record<SessionEndReason, string> = {
  logged_out: 'you signed out; sign in again to continue',
  expired: 'your session has expired; sign in again',
  deactivated: 'this account was deactivated by a manager',
  roles_changed: 'your roles were changed by a manager; sign in again',
  pin_changed: 'your PIN was changed; sign in again with the new PIN',
  device_revoked: "this device's key was revoked by a manager; pair it again",
  device_expired: "this device's key has expired; pair it again",
  device_rekeyed: 'this device was given a new key; restart it with the new pairing',
};
