import type { Database } from 'better-sqlite3';

/** Its place in the hub's one migration sequence (core/store/migrate.ts). */
export const version = 15;
export const name = 'assistant-unanswered';

/**
 * Questions the assistant handed over or answered with "did you mean", kept so the centre can add
 * the missing FAQ answers (issue #16). Only the redacted text is stored (no digits, names, e-mail
 * or links: shared/domain/assistant/redact.ts), grouped by its normalised form with a count.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE assistant_unanswered (
      key TEXT PRIMARY KEY,
      example TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('ar', 'en')),
      outcome TEXT NOT NULL,
      count INTEGER NOT NULL,
      first_at INTEGER NOT NULL,
      last_at INTEGER NOT NULL
    );
    CREATE INDEX assistant_unanswered_count ON assistant_unanswered (count DESC, last_at DESC);
  `);
}
