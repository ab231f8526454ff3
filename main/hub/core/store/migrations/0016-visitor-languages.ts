import type { Database } from 'better-sqlite3';

export const name = 'visitor-languages';

/**
 * The languages a visitor can use (issue #19, shared/i18n/languages.ts), written out here rather
 * than imported: a migration must build the same schema forever, so a language added to the
 * registry later needs its own migration (tests/hub/migration-0016.test.ts fails until it has one).
 */
export const LANGUAGES_0016 = ['ar', 'en', 'ur', 'fa', 'hi', 'ml', 'bn', 'tl'] as const;

const CHECK = `CHECK (language IN (${LANGUAGES_0016.map((l) => `'${l}'`).join(', ')}))`;

/**
 * Remote join codes (0008) and push subscriptions (0009) accepted only Arabic and English; a
 * visitor's language now travels with the join and the subscription. SQLite cannot alter a CHECK,
 * so each table is rebuilt with its rows and every index earlier migrations gave it (0002, 0008, 0012: the
 * retention sweeps use the `created_at` ones) (https://sqlite.org/lang_altertable.html#otheralter).
 * Bookings (`appointments`, 0002) never had the CHECK: they gain one through the same rebuild, so
 * every table that keeps a visitor's language refuses a code outside the registry.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE remote_codes_new (
      id TEXT PRIMARY KEY,
      mobile_hash TEXT NOT NULL,
      masked TEXT NOT NULL,
      service_id TEXT NOT NULL,
      language TEXT NOT NULL ${CHECK},
      code_hash TEXT NOT NULL,
      device_id TEXT NOT NULL,
      ip TEXT NOT NULL,
      business_day TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      status TEXT NOT NULL CHECK (status IN ('pending', 'used', 'voided')),
      visit_id TEXT
    ) WITHOUT ROWID;
    INSERT INTO remote_codes_new SELECT id, mobile_hash, masked, service_id, language, code_hash, device_id,
      ip, business_day, created_at, expires_at, attempts, status, visit_id FROM remote_codes;
    DROP TABLE remote_codes;
    ALTER TABLE remote_codes_new RENAME TO remote_codes;
    CREATE INDEX remote_codes_mobile ON remote_codes (mobile_hash, created_at);
    CREATE INDEX remote_codes_device ON remote_codes (device_id, created_at);
    CREATE INDEX remote_codes_ip ON remote_codes (ip, created_at);
    CREATE INDEX remote_codes_created ON remote_codes (created_at);

    CREATE TABLE remote_push_subscriptions_new (
      visit_id TEXT PRIMARY KEY,
      endpoint TEXT NOT NULL,
      p256dh TEXT NOT NULL,
      auth TEXT NOT NULL,
      language TEXT NOT NULL ${CHECK},
      created_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO remote_push_subscriptions_new SELECT visit_id, endpoint, p256dh, auth, language, created_at
      FROM remote_push_subscriptions;
    DROP TABLE remote_push_subscriptions;
    ALTER TABLE remote_push_subscriptions_new RENAME TO remote_push_subscriptions;
    CREATE INDEX remote_push_subscriptions_created ON remote_push_subscriptions (created_at);

    CREATE TABLE appointments_new (
      code TEXT PRIMARY KEY,
      service_id TEXT NOT NULL,
      starts_at INTEGER NOT NULL,
      customer_hash TEXT,
      language TEXT NOT NULL DEFAULT 'ar' ${CHECK},
      status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled')),
      visit_id TEXT,
      checked_in_at INTEGER,
      created_at INTEGER NOT NULL,
      created_by TEXT NOT NULL
    );
    -- Without a CHECK before, a stray value could exist: it becomes Arabic, the default, rather than
    -- stopping the hub from starting.
    INSERT INTO appointments_new SELECT code, service_id, starts_at, customer_hash,
      CASE WHEN language IN (${LANGUAGES_0016.map((l) => `'${l}'`).join(', ')}) THEN language ELSE 'ar' END,
      status, visit_id, checked_in_at, created_at, created_by FROM appointments;
    DROP TABLE appointments;
    ALTER TABLE appointments_new RENAME TO appointments;
    CREATE INDEX appointments_starts_at ON appointments (starts_at);
    CREATE INDEX appointments_service_slot ON appointments (service_id, starts_at);
  `);
}
