import type { Database } from 'better-sqlite3';

export const name = 'personal-data';

/**
 * Personal data sealed at rest, and its retention (main/hub/core/personal-data). Sealing needs the key,
 * which lives in the data folder and not in the database, so this migration only prepares: it marks
 * when a service request's personal fields were purged, and indexes the times the purge selects by.
 * Rows written in clear before this version are sealed by the hub when it starts (one transaction,
 * before it listens): see sealStoredPersonalData.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE service_requests ADD COLUMN personal_purged_at INTEGER;
    CREATE INDEX service_requests_submitted ON service_requests (submitted_at) WHERE personal_purged_at IS NULL;
    CREATE INDEX remote_codes_created ON remote_codes (created_at);
    CREATE INDEX remote_notifications_sent ON remote_notifications (sent_at);
    CREATE INDEX remote_push_subscriptions_created ON remote_push_subscriptions (created_at);
    CREATE INDEX config_audit_at ON config_audit (at);
    CREATE INDEX sync_dead_letters_created ON sync_dead_letters (created_at);
  `);
}
