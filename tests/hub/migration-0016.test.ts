import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/hub/core/store/migrate.js';
import { LANGUAGES_0016 } from '../../main/hub/core/store/migrations/0016-visitor-languages.js';
import { VISITOR_LANGUAGES } from '../../shared/i18n/languages.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

const upTo0016 = HUB_MIGRATIONS.filter((m) => m.version <= 16);

/** The database as 0015 left it: the state a hub upgraded to this Dawr starts from. */
function at0015(): Database.Database {
  const db = new Database(':memory:');
  migrate(
    db,
    HUB_MIGRATIONS.filter((m) => m.version <= 15),
  );
  return db;
}

const code = (id: string, language: string) => [
  id,
  'hash',
  '+97150*****67',
  'svc-a',
  language,
  'codehash',
  'device-0123456789ab',
  '127.0.0.1',
  '2026-12-07',
  1000,
  2000,
  0,
  'pending',
  null,
];
const INSERT_CODE = 'INSERT INTO remote_codes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
const INSERT_PUSH =
  'INSERT INTO remote_push_subscriptions (visit_id, endpoint, p256dh, auth, language, created_at) VALUES (?, ?, ?, ?, ?, ?)';
const INSERT_BOOKING =
  "INSERT INTO appointments (code, service_id, starts_at, language, status, created_at, created_by) VALUES (?, 'svc-a', 5000, ?, 'booked', 1, 'test')";

describe('migration 0016: every visitor language in joins, pushes and bookings', () => {
  it('lists exactly the registry’s languages (a new language needs a new migration)', () => {
    expect([...LANGUAGES_0016]).toEqual([...VISITOR_LANGUAGES]);
  });

  const indexNames = (db: ReturnType<typeof at0015>): string[] =>
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all()
      .map((r) => (r as { name: string }).name);

  it('keeps the rows and indexes, and accepts Malayalam where 0015 refused it', () => {
    const db = at0015();
    db.prepare(INSERT_CODE).run(...code('r-1', 'en'));
    db.prepare(INSERT_PUSH).run('v-1', 'https://push.example/1', 'p', 'a', 'ar', 10);
    db.prepare(INSERT_BOOKING).run('B-1', 'en');
    // Before: only Arabic and English.
    expect(() => db.prepare(INSERT_CODE).run(...code('r-2', 'ml'))).toThrow(/CHECK/);
    expect(() => db.prepare(INSERT_PUSH).run('v-2', 'https://push.example/2', 'p', 'a', 'ml', 10)).toThrow(
      /CHECK/,
    );

    const indexesBefore = indexNames(db);
    expect(indexesBefore).toEqual(expect.arrayContaining(['remote_codes_created', 'appointments_starts_at']));
    // Up to 0016 only: later migrations add indexes of their own (0018 did), which are not this one's to keep.
    migrate(db, upTo0016);
    expect(db.pragma('user_version', { simple: true })).toBe(16);
    expect(db.prepare('SELECT id, language, status FROM remote_codes').all()).toEqual([
      { id: 'r-1', language: 'en', status: 'pending' },
    ]);
    expect(db.prepare('SELECT visit_id, language FROM remote_push_subscriptions').all()).toEqual([
      { visit_id: 'v-1', language: 'ar' },
    ]);
    expect(db.prepare('SELECT code, language FROM appointments').all()).toEqual([
      { code: 'B-1', language: 'en' },
    ]);

    for (const lang of VISITOR_LANGUAGES) {
      db.prepare(INSERT_CODE).run(...code(`r-${lang}`, lang));
      db.prepare(INSERT_PUSH).run(`v-${lang}`, `https://push.example/${lang}`, 'p', 'a', lang, 10);
      db.prepare(INSERT_BOOKING).run(`B-${lang}`, lang);
    }
    // Every index there was before (0002, 0008 and 0012 made them) is there after the rebuild.
    expect(indexNames(db)).toEqual(indexesBefore);
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT count(*) FROM remote_codes WHERE mobile_hash = ? AND created_at > ?',
      )
      .all('hash', 0) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/remote_codes_mobile/);
  });

  it('still refuses a code outside the registry, in every table', () => {
    const db = at0015();
    migrate(db, HUB_MIGRATIONS);
    expect(() => db.prepare(INSERT_CODE).run(...code('r-x', 'xx'))).toThrow(/CHECK/);
    expect(() => db.prepare(INSERT_PUSH).run('v-x', 'https://push.example/x', 'p', 'a', 'xx', 10)).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare(INSERT_BOOKING).run('B-x', 'klingon')).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM appointments').get()).toEqual({ n: 0 });
  });

  it('turns a stray booking language (no CHECK before) into Arabic instead of refusing to start', () => {
    const db = at0015();
    db.prepare(INSERT_BOOKING).run('B-odd', 'de');
    migrate(db, HUB_MIGRATIONS);
    expect(db.prepare('SELECT code, language FROM appointments').all()).toEqual([
      { code: 'B-odd', language: 'ar' },
    ]);
  });
});
