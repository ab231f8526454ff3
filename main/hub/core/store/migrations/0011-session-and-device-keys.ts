import type { Database } from 'better-sqlite3';

export const name = 'session-and-device-keys';

/**
 * Device keys become manageable (issue #12): when each was last used, an optional expiry, and a
 * revocation (when, by whom, why) that the hub checks on every request and socket event. Sessions
 * get the index the expiry purge and "end every session of this account" need; a pairing code
 * can re-key an existing device.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE devices ADD COLUMN last_seen_at INTEGER;
    ALTER TABLE devices ADD COLUMN expires_at INTEGER;
    ALTER TABLE devices ADD COLUMN key_rotated_at INTEGER;
    ALTER TABLE devices ADD COLUMN revoked_at INTEGER;
    ALTER TABLE devices ADD COLUMN revoked_by TEXT;
    ALTER TABLE devices ADD COLUMN revoke_reason TEXT;
    CREATE INDEX sessions_staff ON sessions (staff_id);
    CREATE INDEX sessions_expiry ON sessions (expires_at);
    -- A pairing code that re-keys an existing device (the dashboard's "rotate key") instead of adding one.
    ALTER TABLE pairing_codes ADD COLUMN replaces_device_id TEXT;
  `);
}
