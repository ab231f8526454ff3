import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, MigrationError } from '../../main/hub/core/store/migrate.js';

describe('hub migrations', () => {
  it('bring a fresh database to the latest version, in order, and record each one', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: MIGRATIONS.length });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(migrate(db)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length });
    // The claim query of call-next and the open-visit load use indexes, not scans.
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT doc FROM visits WHERE status NOT IN ('completed','no_show','cancelled','removed')",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX visits_open/);
  });

  it('keep at most one scheduled change per queue (0010)', () => {
    const db = new Database(':memory:');
    migrate(db);
    const insert = db.prepare(
      'INSERT INTO scheduled_queue_changes (queue_id, open, at, scheduled_by, scheduled_at) VALUES (?, ?, ?, ?, ?)',
    );
    insert.run('q-a', 0, 2000, 's-manager', 1000);
    expect(() => insert.run('q-a', 1, 3000, 's-manager', 1000)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('q-b', 2, 3000, 's-manager', 1000)).toThrow(/CHECK/);
    expect(db.prepare('SELECT queue_id, open, at FROM scheduled_queue_changes').all()).toEqual([
      { queue_id: 'q-a', open: 0, at: 2000 },
    ]);
  });

  it('refuse a database written by a newer Dawr, and change nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(MigrationError);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
  });

  it('refuse a database whose applied migrations disagree with this list', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare("UPDATE schema_migrations SET name = 'something-else' WHERE version = 1").run();
    expect(() => migrate(db)).toThrow(/does not match/);
  });

  it('refuse a list that is not numbered 1, 2, 3 …', () => {
    const db = new Database(':memory:');
    const [first] = MIGRATIONS;
    expect(() => migrate(db, [{ ...first!, version: 2 }])).toThrow(/numbered 2, expected 1/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
  });

  it('apply nothing when a migration fails half-way', () => {
    const db = new Database(':memory:');
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (d: Database.Database) => d.exec('CREATE TABLE ok (x); SELECT nope FROM missing;'),
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('visits', 'ok')").all()).toEqual([]);
  });
});
