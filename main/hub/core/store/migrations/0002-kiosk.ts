import type { Database } from 'better-sqlite3';

export const name = 'kiosk';

/**
 * Appointments (booked by staff now, by the website later) and the happiness meter.
 * Votes are kept apart from the record that a visit has voted, so a vote cannot be joined back
 * to a visit (and through it to a customer): `feedback_voted` knows who voted, `feedback` what.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE appointments (
      code TEXT PRIMARY KEY,
      service_id TEXT NOT NULL,
      starts_at INTEGER NOT NULL,
      customer_hash TEXT,
      language TEXT NOT NULL DEFAULT 'ar',
      status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled')),
      visit_id TEXT,
      checked_in_at INTEGER,
      created_at INTEGER NOT NULL,
      created_by TEXT NOT NULL
    );
    CREATE INDEX appointments_starts_at ON appointments (starts_at);
    CREATE TABLE feedback_voted (
      visit_id TEXT PRIMARY KEY
    ) WITHOUT ROWID;
    CREATE TABLE feedback (
      id TEXT PRIMARY KEY,
      business_day TEXT NOT NULL,
      service_id TEXT NOT NULL,
      queue_id TEXT NOT NULL,
      counter_id TEXT,
      staff_id TEXT,
      face TEXT NOT NULL CHECK (face IN ('happy', 'neutral', 'unhappy'))
    ) WITHOUT ROWID;
    CREATE INDEX feedback_day ON feedback (business_day);
  `);
}
