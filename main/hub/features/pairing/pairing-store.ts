/** SQL for pairing codes. Functions take the database first, like store/repository.ts. */
import type { Db } from '../../core/store/database.js';

export function insertPairingCode(
  db: Db,
  row: {
    codeHash: string;
    role: 'kiosk' | 'display';
    name: string;
    createdBy: string;
    createdAt: number;
    expiresAt: number;
    /** Set when the code gives an existing device a new key instead of adding a device. */
    replacesDeviceId?: string;
  },
): void {
  db.prepare(
    'INSERT INTO pairing_codes (code_hash, role, name, created_by, created_at, expires_at, replaces_device_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    row.codeHash,
    row.role,
    row.name,
    row.createdBy,
    row.createdAt,
    row.expiresAt,
    row.replacesDeviceId ?? null,
  );
}

/**
 * Marks a live, unclaimed code as claimed by `deviceId` (or by the device it re-keys); returns its
 * role, name and the device it re-keys, or undefined if there is no such code.
 */
export function claimPairingCode(
  db: Db,
  codeHash: string,
  deviceId: string,
  now: number,
): { role: 'kiosk' | 'display'; name: string; replacesDeviceId: string | null } | undefined {
  return db
    .prepare(
      `UPDATE pairing_codes SET claimed_at = ?, device_id = COALESCE(replaces_device_id, ?)
       WHERE code_hash = ? AND claimed_at IS NULL AND expires_at > ?
       RETURNING role, name, replaces_device_id AS replacesDeviceId`,
    )
    .get(now, deviceId, codeHash, now) as
    { role: 'kiosk' | 'display'; name: string; replacesDeviceId: string | null } | undefined;
}

/** Expired, unclaimed codes are useless; claimed ones stay as the record of who paired what. */
export function deleteExpiredPairingCodes(db: Db, now: number): number {
  return db.prepare('DELETE FROM pairing_codes WHERE claimed_at IS NULL AND expires_at <= ?').run(now)
    .changes;
}
