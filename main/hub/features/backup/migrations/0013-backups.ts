import type { Database } from 'better-sqlite3';

/** Its place in the hub's one migration sequence (core/store/migrate.ts). */
export const version = 13;
export const name = 'backups';

/**
 * The record of the hub's own backups (main/hub/features/backup): one row per attempt, good or not, so the
 * dashboard can show the last good one and alert when they stop. The file itself lives outside
 * the database (the backup folder); a row whose file was rotated away keeps `removed_at`.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE backups (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('frequent', 'nightly', 'manual')),
      started_at INTEGER NOT NULL,
      finished_at INTEGER NOT NULL,
      duration_ms INTEGER NOT NULL,
      file TEXT,
      size_bytes INTEGER,
      encrypted INTEGER NOT NULL DEFAULT 0,
      checks TEXT,
      ok INTEGER NOT NULL,
      error TEXT,
      removed_at INTEGER
    );
    CREATE INDEX backups_ok_started ON backups (ok, started_at);
  `);
}
