import type { Database } from 'better-sqlite3';

export const name = 'manager';

/**
 * The manager dashboard: one row of facts per visit (folded from visit_events, for reports over a
 * year in well under two seconds), alerts with their acknowledgement, the configuration audit trail,
 * and small settings (dashboard thresholds, the fold cursor), and per-day report rollups.
 * Facts are clustered by day (WITHOUT ROWID, day first) so a date range reads contiguous pages.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE visit_facts (
      day TEXT NOT NULL,
      visit_id TEXT NOT NULL,
      hour INTEGER NOT NULL,
      weekday INTEGER NOT NULL,
      issued_at INTEGER NOT NULL,
      service_id TEXT NOT NULL,
      agency_id TEXT NOT NULL,
      queue_id TEXT NOT NULL,
      channel TEXT NOT NULL,
      counter_id TEXT,
      staff_id TEXT,
      wait_ms INTEGER,
      walking_ms INTEGER,
      transaction_ms INTEGER,
      target_ms INTEGER,
      served INTEGER NOT NULL,
      no_show INTEGER NOT NULL,
      abandoned INTEGER NOT NULL,
      removed INTEGER NOT NULL,
      transfers INTEGER NOT NULL,
      PRIMARY KEY (day, visit_id)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX visit_facts_visit ON visit_facts (visit_id);
    -- Each day's facts carry a version, bumped whenever one of them changes; a day's report
    -- rollup (sums and a wait histogram per group) is valid while it was built from that version.
    CREATE TABLE fact_days (
      day TEXT PRIMARY KEY,
      version INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE report_daily (
      group_by TEXT NOT NULL,
      day TEXT NOT NULL,
      key TEXT NOT NULL,
      totals TEXT NOT NULL,
      hist TEXT NOT NULL,
      PRIMARY KEY (group_by, day, key)
    ) WITHOUT ROWID;
    CREATE TABLE report_built (
      group_by TEXT NOT NULL,
      day TEXT NOT NULL,
      version INTEGER NOT NULL,
      PRIMARY KEY (group_by, day)
    ) WITHOUT ROWID;
    CREATE TABLE manager_settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TABLE alerts (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      subject TEXT NOT NULL,
      detail TEXT NOT NULL,
      raised_at INTEGER NOT NULL,
      cleared_at INTEGER,
      acknowledged_by TEXT,
      acknowledged_at INTEGER
    );
    CREATE INDEX alerts_open ON alerts (kind, subject) WHERE acknowledged_at IS NULL OR cleared_at IS NULL;
    CREATE INDEX alerts_raised ON alerts (raised_at);
    CREATE TABLE config_audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at INTEGER NOT NULL,
      staff_id TEXT NOT NULL,
      what TEXT NOT NULL,
      before TEXT NOT NULL,
      after TEXT NOT NULL
    );
  `);
}
