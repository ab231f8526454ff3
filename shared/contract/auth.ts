import * as z from 'zod';
import { DeviceRole } from './device-role.js';

export const LoginInput = z.object({ username: z.string().min(2).max(40), pin: z.string().min(4).max(64) });
export type LoginInput = z.infer<typeof LoginInput>;

/**
 * Why the hub ended a socket's rights: sent as `session_ended` just before it disconnects the
 * socket, so the app can say why (and a staff app return to sign-in, a device to its pairing screen).
 */
export const SessionEndReason = z.enum([
  'logged_out',
  'expired',
  'deactivated',
  'roles_changed',
  'pin_changed',
  'device_revoked',
  'device_expired',
  'device_rekeyed',
]);
export type SessionEndReason = z.infer<typeof SessionEndReason>;

export const SessionEnded = z.object({ reason: SessionEndReason, message: z.string() });
export type SessionEnded = z.infer<typeof SessionEnded>;

/** A device key as the dashboard lists it (the key itself is never shown again after pairing). */
export const DeviceKeyInfo = z.object({
  id: z.string(),
  role: DeviceRole,
  name: z.string(),
  createdAt: z.number().int(),
  lastSeenAt: z.number().int().nullable(),
  expiresAt: z.number().int().nullable(),
  keyRotatedAt: z.number().int().nullable(),
  revokedAt: z.number().int().nullable(),
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
  state: z.enum(['active', 'expired', 'revoked']),
  /** A socket of this device is connected now. */
  online: z.boolean(),
});
export type DeviceKeyInfo = z.infer<typeof DeviceKeyInfo>;

const DeviceId = z.string().min(1).max(64);

/** A revocation's reason, trimmed: long enough to say something, short enough for the audit row. */
export const REVOKE_REASON_LENGTH = { min: 3, max: 200 } as const;

export const RevokeDeviceInput = z
  .object({
    deviceId: DeviceId,
    reason: z.string().trim().min(REVOKE_REASON_LENGTH.min).max(REVOKE_REASON_LENGTH.max),
  })
  .strict();
export const SetDeviceExpiryInput = z
  .object({ deviceId: DeviceId, expiresAt: z.number().int().positive().nullable() })
  .strict();
/** A one-time pairing code that gives an existing device a new key (its old key stops at the claim). */
export const RekeyDeviceInput = z.object({ deviceId: DeviceId }).strict();
