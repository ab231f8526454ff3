import type { Database } from 'better-sqlite3';

/** Its place in the hub's one migration sequence (core/store/migrate.ts). */
export const version = 10;
export const name = 'scheduled-queue-changes';

/**
 * Queue cut-offs scheduled from the dashboard ("no new tickets after 15:30", or reopen later):
 * at most one pending change per queue (a newer schedule replaces it; applying or cancelling it
 * deletes the row; the configuration audit keeps the history). On start the hub re-arms these and
 * applies at once those whose time passed while it was down.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE scheduled_queue_changes (
      queue_id TEXT PRIMARY KEY,
      open INTEGER NOT NULL CHECK (open IN (0, 1)),
      at INTEGER NOT NULL,
      scheduled_by TEXT NOT NULL,
      scheduled_at INTEGER NOT NULL
    ) WITHOUT ROWID;
  `);
}
