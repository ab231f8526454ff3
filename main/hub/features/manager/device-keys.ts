/**
 * Device keys on the dashboard: every kiosk's and display's key with when it was last heard
 * from, whether a socket of it is connected, its expiry and revocation. Revoking, changing the
 * expiry and re-keying are audited; a revoked or expired key's sockets are ended at once (see
 * socket-guard.ts) with the reason, which the device shows.
 */
import type * as z from 'zod';
import type {
  DeviceKeyInfo,
  RekeyDeviceInput,
  RevokeDeviceInput,
  SetDeviceExpiryInput,
} from '../../../../shared/contract/auth.js';
import type { CreatedPairingCode } from '../../../../shared/contract/pairing.js';
import type { HubModuleContext } from '../../core/module-context.js';
import { DEVICE_REKEYING } from '../../core/services/ids.js';
import { deviceKey, deviceKeyHash, deviceKeys } from '../../core/store/credentials.js';
import { audit } from './configuration.js';
import { ManagerError } from './errors.js';
import type { ErrorCode } from '../../../../shared/domain/errors.js';

export function listDeviceKeys(ctx: HubModuleContext): DeviceKeyInfo[] {
  const now = ctx.hub.clock.now();
  // Last-seen times are written down once a minute; what is in memory is newer.
  ctx.auth.flushDevicesSeen();
  return deviceKeys(ctx.hub.db, now).map((d) => {
    const hash = deviceKeyHash(ctx.hub.db, d.id);
    return { ...d, online: d.state === 'active' && hash !== undefined && ctx.sockets.connected(hash) > 0 };
  });
}

function existing(ctx: HubModuleContext, deviceId: string) {
  const d = deviceKey(ctx.hub.db, deviceId, ctx.hub.clock.now());
  if (!d) throw new ManagerError('not_found', `no device ${deviceId}`);
  return d;
}

/** Every change to a device key is audited under the same subject, inside the change's transaction. */
function auditDevice(
  ctx: HubModuleContext,
  staffId: string,
  deviceId: string,
  before: Omit<DeviceKeyInfo, 'online'>,
  after: Record<string, unknown>,
): void {
  audit(ctx.hub.db, ctx.hub.clock.now(), staffId, `device:${deviceId}`, before, after);
}

/**
 * A change to a key that is not revoked (a revoked key is final: the device is paired anew),
 * audited first and applied in the same transaction.
 */
function changeUnrevokedKey(
  ctx: HubModuleContext,
  staffId: string,
  deviceId: string,
  change: { refusal: string; after: Record<string, unknown>; apply: () => void },
): void {
  const before = existing(ctx, deviceId);
  if (before.state === 'revoked') throw new ManagerError('invalid_transition', change.refusal);
  ctx.hub.db.transaction(() => {
    auditDevice(ctx, staffId, deviceId, before, change.after);
    change.apply();
  })();
}

export function revokeDeviceKey(
  ctx: HubModuleContext,
  staffId: string,
  input: z.infer<typeof RevokeDeviceInput>,
): DeviceKeyInfo {
  // Revoking ends the device's sockets at once, so it is the last step, after the audit row.
  changeUnrevokedKey(ctx, staffId, input.deviceId, {
    refusal: 'this device key is already revoked',
    after: { revoked: true, reason: input.reason },
    apply: () => ctx.auth.revokeDevice(input.deviceId, staffId, input.reason),
  });
  return { ...existing(ctx, input.deviceId), online: false };
}

export function setDeviceKeyExpiry(
  ctx: HubModuleContext,
  staffId: string,
  input: z.infer<typeof SetDeviceExpiryInput>,
): DeviceKeyInfo {
  changeUnrevokedKey(ctx, staffId, input.deviceId, {
    refusal: 'a revoked device key cannot get an expiry',
    after: { expiresAt: input.expiresAt },
    apply: () => ctx.auth.setDeviceExpiry(input.deviceId, input.expiresAt),
  });
  return listDeviceKeys(ctx).find((d) => d.id === input.deviceId)!;
}

/** A one-time pairing code for the device; entering it on the device gives it a new key. */
export function rekeyDevice(
  ctx: HubModuleContext,
  staffId: string,
  input: z.infer<typeof RekeyDeviceInput>,
): CreatedPairingCode {
  const before = existing(ctx, input.deviceId);
  const pairing = ctx.services.get(DEVICE_REKEYING);
  const outcome = ctx.hub.db.transaction(() => {
    const r = pairing.createRekey(input.deviceId, staffId);
    if (r.ok) auditDevice(ctx, staffId, input.deviceId, before, { rekeyCodeUntil: r.data.expiresAt });
    return r;
  })();
  if (!outcome.ok) throw new ManagerError(outcome.error.code as ErrorCode, outcome.error.message);
  return outcome.data;
}
