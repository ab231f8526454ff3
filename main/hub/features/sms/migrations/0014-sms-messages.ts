import type { Database } from 'better-sqlite3';

/** Its place in the hub's one migration sequence (core/store/migrate.ts). */
export const version = 14;
export const name = 'sms-messages';

/**
 * The SMS outbox (main/hub/features/sms): one row per message the hub hands to its gateway, so retries,
 * dead letters and delivery receipts can be followed. The number is kept only as the hub's keyed
 * hash and a masked form, and the text not at all (it can hold a one-time code): a row says who
 * (unreadably), what kind, and what became of it.
 *
 * status: queued (waiting for its first or next try), sent (the gateway accepted every part),
 * delivered (every part's receipt says so), failed (a receipt says the network gave up),
 * dead (refused for good, or out of tries: the dead letter).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE sms_messages (
      id TEXT PRIMARY KEY,
      gateway TEXT NOT NULL,
      kind TEXT,
      mobile_hash TEXT NOT NULL,
      masked TEXT NOT NULL,
      encoding TEXT NOT NULL CHECK (encoding IN ('gsm7', 'ucs2')),
      parts INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'delivered', 'failed', 'dead')),
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      next_attempt_at INTEGER,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX sms_messages_status ON sms_messages (status, created_at);
    CREATE TABLE sms_message_parts (
      message_id TEXT NOT NULL REFERENCES sms_messages (id) ON DELETE CASCADE,
      part INTEGER NOT NULL,
      provider_id TEXT,
      receipt TEXT,
      receipt_at INTEGER,
      PRIMARY KEY (message_id, part)
    );
    CREATE INDEX sms_message_parts_provider ON sms_message_parts (provider_id);
  `);
}
