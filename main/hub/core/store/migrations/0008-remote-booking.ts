import type { Database } from 'better-sqlite3';

export const name = 'remote-booking';

/**
 * Joining the queue from a phone, its notifications, and booking slots.
 * `remote_codes` holds one row per one-time code sent: only the keyed hash of the mobile and its
 * masked form are kept (never the clear number) and only a hash of the code. The rows are the
 * rate-limit ledger too (per number, device and address), so limits survive a restart.
 * `remote_notifications` makes each notification go once. Bookings count against a slot's
 * capacity by (service, start), hence the index on appointments.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE remote_codes (
      id TEXT PRIMARY KEY,
      mobile_hash TEXT NOT NULL,
      masked TEXT NOT NULL,
      service_id TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('ar', 'en')),
      code_hash TEXT NOT NULL,
      device_id TEXT NOT NULL,
      ip TEXT NOT NULL,
      business_day TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      status TEXT NOT NULL CHECK (status IN ('pending', 'used', 'voided')),
      visit_id TEXT
    ) WITHOUT ROWID;
    CREATE INDEX remote_codes_mobile ON remote_codes (mobile_hash, created_at);
    CREATE INDEX remote_codes_device ON remote_codes (device_id, created_at);
    CREATE INDEX remote_codes_ip ON remote_codes (ip, created_at);
    CREATE TABLE remote_notifications (
      visit_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('ahead', 'called')),
      sent_at INTEGER NOT NULL,
      PRIMARY KEY (visit_id, kind)
    ) WITHOUT ROWID;
    CREATE INDEX appointments_service_slot ON appointments (service_id, starts_at);
  `);
}
