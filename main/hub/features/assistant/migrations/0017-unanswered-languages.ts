import type { Database } from 'better-sqlite3';

/** Its place in the hub's one migration sequence (core/store/migrate.ts). */
export const version = 17;
export const name = 'unanswered-languages';

/**
 * Every visitor language in the registry (issue #19), written out rather than imported for the
 * same reason as 0016: a migration builds the same schema forever, so a language added later needs
 * its own migration (tests/hub/migration-0017.test.ts fails until it has one).
 */
export const LANGUAGES_0017 = ['ar', 'en', 'ur', 'fa', 'hi', 'ml', 'bn', 'tl'] as const;

const LIST = LANGUAGES_0017.map((l) => `'${l}'`).join(', ');

/**
 * The assistant's unanswered questions (0015) were the last table that accepted only Arabic and
 * English: a question asked at the kiosk in Urdu or Bengali is now kept in its own language. SQLite
 * cannot alter a CHECK, so the table is rebuilt with its rows and its index
 * (https://sqlite.org/lang_altertable.html#otheralter).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE assistant_unanswered_new (
      key TEXT PRIMARY KEY,
      example TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN (${LIST})),
      outcome TEXT NOT NULL,
      count INTEGER NOT NULL,
      first_at INTEGER NOT NULL,
      last_at INTEGER NOT NULL
    );
    INSERT INTO assistant_unanswered_new SELECT key, example, language, outcome, count, first_at, last_at
      FROM assistant_unanswered;
    DROP TABLE assistant_unanswered;
    ALTER TABLE assistant_unanswered_new RENAME TO assistant_unanswered;
    CREATE INDEX assistant_unanswered_count ON assistant_unanswered (count DESC, last_at DESC);
  `);
}
