import type { Database } from 'better-sqlite3';

/** Its place in the hub's one migration sequence (core/store/migrate.ts). */
export const version = 5;
export const name = 'pairing';

/**
 * One-time pairing codes (main/hub/features/pairing): only the code's hash is kept; a code is claimed at
 * most once (claimed_at), and the device it created is recorded for the audit trail.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE pairing_codes (
      code_hash TEXT PRIMARY KEY,
      role TEXT NOT NULL CHECK (role IN ('kiosk', 'display')),
      name TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      claimed_at INTEGER,
      device_id TEXT
    ) WITHOUT ROWID;
  `);
}
