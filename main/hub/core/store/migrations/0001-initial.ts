import type { Database } from 'better-sqlite3';

export const name = 'initial';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE catalogue (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      doc TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE TABLE staff (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      doc TEXT NOT NULL,
      pin_hash TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE devices (
      id TEXT PRIMARY KEY,
      role TEXT NOT NULL CHECK (role IN ('kiosk', 'display')),
      name TEXT NOT NULL,
      key_hash TEXT NOT NULL UNIQUE,
      created_at INTEGER NOT NULL
    );
    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      staff_id TEXT NOT NULL REFERENCES staff(id),
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE TABLE visits (
      id TEXT PRIMARY KEY,
      business_day TEXT NOT NULL,
      queue_id TEXT NOT NULL,
      prefix TEXT NOT NULL,
      number INTEGER NOT NULL,
      status TEXT NOT NULL,
      public_token TEXT NOT NULL UNIQUE,
      idempotency_key TEXT UNIQUE,
      issued_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      doc TEXT NOT NULL,
      UNIQUE (prefix, business_day, number)
    );
    CREATE INDEX visits_open ON visits (status) WHERE status NOT IN ('completed', 'no_show', 'cancelled', 'removed');
    CREATE INDEX visits_day ON visits (business_day);
    CREATE TABLE visit_events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      visit_id TEXT NOT NULL REFERENCES visits(id),
      type TEXT NOT NULL,
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX visit_events_visit ON visit_events (visit_id, seq);
    CREATE INDEX visit_events_at ON visit_events (at);
    -- Rows waiting to be sent to the central customer profile; written in the same transaction as the event.
    CREATE TABLE outbox (
      seq INTEGER PRIMARY KEY REFERENCES visit_events(seq),
      visit_id TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE TABLE ticket_sequences (
      queue_id TEXT NOT NULL,
      business_day TEXT NOT NULL,
      last_number INTEGER NOT NULL,
      PRIMARY KEY (queue_id, business_day)
    );
    CREATE TABLE queue_call_state (
      queue_id TEXT PRIMARY KEY,
      priority_run INTEGER NOT NULL,
      normal_run INTEGER NOT NULL
    );
    CREATE TABLE counter_state (
      counter_id TEXT PRIMARY KEY,
      status TEXT NOT NULL,
      staff_id TEXT,
      current_visit_id TEXT,
      break_reason TEXT,
      since INTEGER NOT NULL
    );
  `);
}
