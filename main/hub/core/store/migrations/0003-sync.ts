import type { Database } from 'better-sqlite3';

export const name = 'sync';

/**
 * Bookkeeping of the sync to the central profile. The outbox row of an event is deleted in the
 * same transaction that records central's answer, so the outbox itself is the durable cursor:
 * whatever is still in it has not been acknowledged.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE sync_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      last_success_at INTEGER,
      last_attempt_at INTEGER,
      last_error TEXT,
      last_acked_seq INTEGER NOT NULL DEFAULT 0,
      accepted_total INTEGER NOT NULL DEFAULT 0,
      duplicate_total INTEGER NOT NULL DEFAULT 0,
      rejected_total INTEGER NOT NULL DEFAULT 0,
      skipped_total INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO sync_state (id) VALUES (1);
    -- Events central refused as invalid: kept with the payload sent and the reason, never retried on their own.
    CREATE TABLE sync_dead_letters (
      seq INTEGER PRIMARY KEY,
      event_id TEXT NOT NULL,
      visit_id TEXT NOT NULL,
      type TEXT NOT NULL,
      code TEXT NOT NULL,
      message TEXT NOT NULL,
      payload TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE INDEX outbox_created ON outbox (created_at);
  `);
}
