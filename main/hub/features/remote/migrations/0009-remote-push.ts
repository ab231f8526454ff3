import type { Database } from 'better-sqlite3';

/** Its place in the hub's one migration sequence (core/store/migrate.ts). */
export const version = 9;
export const name = 'remote-push';

/**
 * Web push for the ticket status page. `remote_push_subscriptions` holds at most one browser
 * subscription per visit (deleted when the visit ends or the push service says it is gone);
 * `language` is the page's language when the citizen subscribed, so the notification reads the
 * same. `remote_push_keys` keeps the hub's VAPID key pair (one row), generated on first use unless
 * the environment supplies one.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE remote_push_subscriptions (
      visit_id TEXT PRIMARY KEY,
      endpoint TEXT NOT NULL,
      p256dh TEXT NOT NULL,
      auth TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('ar', 'en')),
      created_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE remote_push_keys (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      public_key TEXT NOT NULL,
      private_key TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
  `);
}
