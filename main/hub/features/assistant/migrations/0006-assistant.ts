import type { Database } from 'better-sqlite3';

/** Its place in the hub's one migration sequence (core/store/migrate.ts). */
export const version = 6;
export const name = 'assistant';

/**
 * The centre's FAQ for the kiosk assistant, and who changed what in it. Entries are stored as
 * validated JSON (the shape lives in shared/domain/assistant/contract.ts); the audit keeps each
 * change's before and after so a wrong edit can be seen and undone by hand.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE faqs (
      id TEXT PRIMARY KEY,
      body TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE faq_audit (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      faq_id TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('seed', 'create', 'update', 'delete')),
      actor TEXT NOT NULL,
      at INTEGER NOT NULL,
      before TEXT,
      after TEXT
    );
    CREATE INDEX faq_audit_faq ON faq_audit (faq_id, seq);
  `);
}
