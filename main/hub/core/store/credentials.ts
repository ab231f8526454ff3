/**
 * Credentials at rest: staff sessions and device keys. Only SHA-256 hashes of the random tokens and
 * keys are stored, so a copy of the database lets nobody sign in or act as a device.
 */
import type { DeviceKeyInfo } from '../../../../shared/contract/auth.js';
import type { Db } from './database.js';

export type DeviceRole = 'kiosk' | 'display';

export function insertSession(
  db: Db,
  tokenHash: string,
  staffId: string,
  now: number,
  expiresAt: number,
): void {
  db.prepare('INSERT INTO sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    tokenHash,
    staffId,
    now,
    expiresAt,
  );
}

/** The live session behind a token hash: its account and when it ends. */
export function liveSession(
  db: Db,
  tokenHash: string,
  now: number,
): { staffId: string; expiresAt: number } | undefined {
  const row = db
    .prepare('SELECT staff_id, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?')
    .get(tokenHash, now) as { staff_id: string; expires_at: number } | undefined;
  return row && { staffId: row.staff_id, expiresAt: row.expires_at };
}

export function deleteSession(db: Db, tokenHash: string): { staffId: string } | undefined {
  const row = db.prepare('DELETE FROM sessions WHERE token_hash = ? RETURNING staff_id').get(tokenHash) as
    { staff_id: string } | undefined;
  return row && { staffId: row.staff_id };
}

/** Ends every session of an account; returns the token hashes that were live. */
export function deleteSessionsOf(db: Db, staffId: string): string[] {
  return (
    db.prepare('DELETE FROM sessions WHERE staff_id = ? RETURNING token_hash').all(staffId) as {
      token_hash: string;
    }[]
  ).map((r) => r.token_hash);
}

/** Removes sessions that have expired; returns how many. */
export function purgeExpiredSessions(db: Db, now: number): number {
  return db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
}

export function insertDevice(
  db: Db,
  d: { id: string; role: DeviceRole; name: string; keyHash: string; expiresAt?: number | null },
  now: number,
): void {
  db.prepare(
    'INSERT INTO devices (id, role, name, key_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(d.id, d.role, d.name, d.keyHash, now, d.expiresAt ?? null);
}

/** The device a key belongs to, if the key is neither revoked nor expired. */
export function activeDeviceByKeyHash(
  db: Db,
  keyHash: string,
  now: number,
): { id: string; role: DeviceRole; expiresAt: number | null } | undefined {
  return db
    .prepare(
      `SELECT id, role, expires_at AS expiresAt FROM devices
        WHERE key_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)`,
    )
    .get(keyHash, now) as { id: string; role: DeviceRole; expiresAt: number | null } | undefined;
}

interface DeviceKeyRow {
  id: string;
  role: DeviceRole;
  name: string;
  created_at: number;
  last_seen_at: number | null;
  expires_at: number | null;
  key_rotated_at: number | null;
  revoked_at: number | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

const toInfo = (r: DeviceKeyRow, now: number): Omit<DeviceKeyInfo, 'online'> => ({
  id: r.id,
  role: r.role,
  name: r.name,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
  keyRotatedAt: r.key_rotated_at,
  revokedAt: r.revoked_at,
  revokedBy: r.revoked_by,
  revokeReason: r.revoke_reason,
  state:
    r.revoked_at !== null ? 'revoked' : r.expires_at !== null && r.expires_at <= now ? 'expired' : 'active',
});

/** The devices the hub issued keys to (kiosks and displays), by role. */
export function registeredDevices(db: Db): { id: string; role: DeviceRole; name: string }[] {
  return db.prepare('SELECT id, role, name FROM devices ORDER BY role, id').all() as {
    id: string;
    role: DeviceRole;
    name: string;
  }[];
}

/** Devices whose key is in force now (not revoked, not expired), by role, with when each was last seen. */
export function pairedDevices(
  db: Db,
  now: number,
): { id: string; role: DeviceRole; name: string; last_seen_at: number | null }[] {
  return db
    .prepare(
      `SELECT id, role, name, last_seen_at FROM devices
        WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?) ORDER BY role, id`,
    )
    .all(now) as { id: string; role: DeviceRole; name: string; last_seen_at: number | null }[];
}

export function deviceKeys(db: Db, now: number): Omit<DeviceKeyInfo, 'online'>[] {
  return (db.prepare('SELECT * FROM devices ORDER BY role, id').all() as DeviceKeyRow[]).map((r) =>
    toInfo(r, now),
  );
}

export function deviceKey(db: Db, id: string, now: number): Omit<DeviceKeyInfo, 'online'> | undefined {
  const row = db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as DeviceKeyRow | undefined;
  return row && toInfo(row, now);
}

export function deviceKeyHash(db: Db, id: string): string | undefined {
  const row = db.prepare('SELECT key_hash FROM devices WHERE id = ?').get(id) as
    { key_hash: string } | undefined;
  return row?.key_hash;
}

export function revokeDevice(db: Db, id: string, by: string, reason: string, now: number): void {
  db.prepare(
    'UPDATE devices SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL',
  ).run(now, by, reason, id);
}

export function setDeviceExpiry(db: Db, id: string, expiresAt: number | null): void {
  db.prepare('UPDATE devices SET expires_at = ? WHERE id = ?').run(expiresAt, id);
}

/**
 * Replaces a device's key: the old key stops working in the same statement. An expiry that has
 * passed is cleared (a new key for an expired device must work); a future one is kept.
 */
export function replaceDeviceKey(db: Db, id: string, keyHash: string, now: number): void {
  db.prepare(
    `UPDATE devices SET key_hash = ?, key_rotated_at = ?,
       expires_at = CASE WHEN expires_at <= ? THEN NULL ELSE expires_at END
     WHERE id = ?`,
  ).run(keyHash, now, now, id);
}

/** Records when devices were last heard from (written in batches, not on every request). */
export function recordDevicesSeen(db: Db, seen: ReadonlyMap<string, number>): void {
  const update = db.prepare(
    'UPDATE devices SET last_seen_at = MAX(COALESCE(last_seen_at, 0), ?) WHERE id = ?',
  );
  db.transaction(() => {
    for (const [id, at] of seen) update.run(at, id);
  })();
}
