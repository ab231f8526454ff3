import type { Database } from 'better-sqlite3';

/** Its place in the hub's one migration sequence (core/store/migrate.ts). */
export const version = 7;
export const name = 'service-requests';

/**
 * Service requests submitted at the kiosk (assisted digital service), and their own small outbox
 * to central: visit events are keyed to visits, and a request made at the kiosk often has no visit.
 * `day_sequences` numbers requests per business day without gaps (SR-YYYYMMDD-NNNN).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE service_requests (
      number TEXT PRIMARY KEY,
      service_id TEXT NOT NULL,
      agency_id TEXT NOT NULL,
      status TEXT NOT NULL,
      data TEXT NOT NULL,
      documents TEXT NOT NULL,
      language TEXT NOT NULL,
      kiosk_id TEXT,
      help_request_id TEXT,
      assisted_by TEXT,
      on_behalf TEXT,
      idempotency_key TEXT UNIQUE,
      submitted_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE service_request_days (
      day TEXT PRIMARY KEY,
      last INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE service_request_outbox (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      request_number TEXT NOT NULL,
      status TEXT NOT NULL,
      at INTEGER NOT NULL,
      sent_at INTEGER,
      last_error TEXT
    );
    CREATE INDEX service_request_outbox_unsent ON service_request_outbox (sent_at, seq);
  `);
}
