import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  CORE_MIGRATIONS,
  hubMigrations,
  migrate,
  MigrationError,
  type Migration,
} from '../../main/hub/core/store/migrate.js';
import { HUB_MIGRATIONS as LIST_WITHOUT_MODULES } from '../../main/hub/migrations.js';
import { HUB_MIGRATIONS, HUB_MODULES } from '../../main/hub/modules.js';
import { startHub } from '../../main/hub/start.js';
import { startTestHub } from '../support/hub.js';

/** The schema at version 18 as the code built it while every migration lived in core (see the file). */
const BEFORE_FEATURE_MIGRATIONS = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/hub-schema-v18.json'), 'utf8'),
) as {
  applied: { version: number; name: string }[];
  schema: { type: string; name: string; tableName: string; sql: string | null }[];
};

function schemaOf(db: Database.Database) {
  return db
    .prepare('SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master ORDER BY type, name')
    .all();
}

const upTo18 = HUB_MIGRATIONS.filter((m) => m.version <= 18);

function noop(version: number, name: string): Migration {
  return { version, name, up: () => undefined };
}

describe('hub migrations', () => {
  it('bring a fresh database to the latest version, in order, and record each one', () => {
    const db = new Database(':memory:');
    expect(migrate(db, HUB_MIGRATIONS)).toEqual({ from: 0, to: HUB_MIGRATIONS.length });
    expect(db.pragma('user_version', { simple: true })).toBe(HUB_MIGRATIONS.length);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(HUB_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(migrate(db, HUB_MIGRATIONS)).toEqual({ from: HUB_MIGRATIONS.length, to: HUB_MIGRATIONS.length });
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
    migrate(db, HUB_MIGRATIONS);
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
    migrate(db, HUB_MIGRATIONS);
    db.pragma(`user_version = ${HUB_MIGRATIONS.length + 1}`);
    expect(() => migrate(db, HUB_MIGRATIONS)).toThrow(MigrationError);
    expect(db.pragma('user_version', { simple: true })).toBe(HUB_MIGRATIONS.length + 1);
  });

  it('refuse a database whose applied migrations disagree with this list', () => {
    const db = new Database(':memory:');
    migrate(db, HUB_MIGRATIONS);
    db.prepare("UPDATE schema_migrations SET name = 'something-else' WHERE version = 1").run();
    expect(() => migrate(db, HUB_MIGRATIONS)).toThrow(/does not match/);
  });

  it('refuse a list that is not numbered 1, 2, 3 …', () => {
    const db = new Database(':memory:');
    const [first] = HUB_MIGRATIONS;
    expect(() => migrate(db, [{ ...first!, version: 2 }])).toThrow(/numbered 2, expected 1/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
  });

  it('apply nothing when a migration fails half-way', () => {
    const db = new Database(':memory:');
    const broken = [
      ...HUB_MIGRATIONS,
      {
        version: HUB_MIGRATIONS.length + 1,
        name: 'broken',
        up: (d: Database.Database) => d.exec('CREATE TABLE ok (x); SELECT nope FROM missing;'),
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('visits', 'ok')").all()).toEqual([]);
  });

  it('build, from core and the features together, the schema the all-in-core list built', () => {
    const db = new Database(':memory:');
    migrate(db, upTo18);
    expect(schemaOf(db)).toEqual(BEFORE_FEATURE_MIGRATIONS.schema);
    expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual(
      BEFORE_FEATURE_MIGRATIONS.applied,
    );
  });

  it('open a database the all-in-core list migrated to 18 without changing it', () => {
    const db = new Database(':memory:');
    // That database, rebuilt from its schema and its record: tables before their indexes.
    const statements = BEFORE_FEATURE_MIGRATIONS.schema.filter(
      (o) => o.sql !== null && o.name !== 'sqlite_sequence',
    );
    for (const o of [
      ...statements.filter((x) => x.type === 'table'),
      ...statements.filter((x) => x.type !== 'table'),
    ])
      db.exec(o.sql!);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, 0)');
    for (const a of BEFORE_FEATURE_MIGRATIONS.applied) record.run(a.version, a.name);
    db.pragma('user_version = 18');
    const before = schemaOf(db);
    expect(migrate(db, upTo18)).toEqual({ from: 18, to: 18 });
    expect(schemaOf(db)).toEqual(before);
    // And the newer ones, if any, apply on top of it.
    expect(migrate(db, HUB_MIGRATIONS)).toEqual({ from: 18, to: HUB_MIGRATIONS.length });
  });

  it("take features' migrations from their modules, in one sequence with core's", () => {
    const owners = new Map(
      HUB_MODULES.flatMap((m) => (m.migrations ?? []).map((x) => [x.version, m.name] as const)),
    );
    // Those that create or change only one feature's tables live in its folder.
    expect(Object.fromEntries(owners)).toMatchObject({
      5: 'pairing',
      6: 'assistant',
      7: 'assisted',
      9: 'remote',
      10: 'manager',
      13: 'backup',
      14: 'sms',
      15: 'assistant',
      17: 'assistant',
      18: 'assisted',
    });
    expect(HUB_MIGRATIONS.map((m) => m.version)).toEqual(HUB_MIGRATIONS.map((_, i) => i + 1));
    expect(HUB_MIGRATIONS.filter((m) => !owners.has(m.version))).toEqual(
      CORE_MIGRATIONS.filter((m) => HUB_MIGRATIONS.includes(m)),
    );
  });

  it('list in migrations.ts (what the restore CLI reads) exactly the migrations the registered modules declare', () => {
    const fromModules = hubMigrations(HUB_MODULES);
    expect(LIST_WITHOUT_MODULES.map((m) => `${m.version}-${m.name}`)).toEqual(
      fromModules.map((m) => `${m.version}-${m.name}`),
    );
    // The same objects, not copies: one definition of each migration.
    expect(LIST_WITHOUT_MODULES.every((m, i) => m === fromModules[i])).toBe(true);
    expect(HUB_MIGRATIONS).toBe(LIST_WITHOUT_MODULES);
  });

  it('refuse two migrations claiming one number, naming both and their owners', () => {
    const taken = noop(5, 'my-table');
    expect(() => hubMigrations([...HUB_MODULES, { name: 'mine', migrations: [taken] }])).toThrow(
      /migration 5 is claimed twice: pairing \(pairing\) and my-table \(mine\)/,
    );
    expect(() => hubMigrations([{ name: 'mine', migrations: [noop(1, 'also-first')] }])).toThrow(
      /migration 1 is claimed twice: initial \(core\) and also-first \(mine\)/,
    );
  });

  it('refuse a number nobody claims, and count one migration reached twice once', () => {
    const next = HUB_MIGRATIONS.length + 1;
    expect(() =>
      hubMigrations([...HUB_MODULES, { name: 'mine', migrations: [noop(next + 1, 'later')] }]),
    ).toThrow(new RegExp(`numbered ${next + 1}, expected ${next}`));
    const mine = { name: 'mine', migrations: [noop(next, 'mine')] };
    expect(hubMigrations([...HUB_MODULES, mine, ...HUB_MODULES, mine]).map((m) => m.version)).toEqual(
      [...HUB_MIGRATIONS, ...mine.migrations].map((m) => m.version),
    );
  });

  it("refuse at start-up, before the database is created, a module whose migration's number is taken", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dawr-migrations-'));
    try {
      const clash = { name: 'clash', migrations: [noop(HUB_MIGRATIONS.length, 'clash')] };
      await expect(startHub({ dataDir, modules: [...HUB_MODULES, clash] })).rejects.toThrow(MigrationError);
      expect(existsSync(join(dataDir, 'hub.sqlite'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("run a module's own migration at start-up, after the registry's", async () => {
    const version = HUB_MIGRATIONS.length + 1;
    const own: Migration = {
      version,
      name: 'own-table',
      up: (db) => db.exec('CREATE TABLE own_rows (id TEXT PRIMARY KEY)'),
    };
    const started = await startTestHub({ modules: [...HUB_MODULES, { name: 'own', migrations: [own] }] });
    try {
      expect(started.hub.db.pragma('user_version', { simple: true })).toBe(version);
      expect(
        started.hub.db.prepare('SELECT name FROM schema_migrations WHERE version = ?').get(version),
      ).toEqual({
        name: 'own-table',
      });
      expect(
        started.hub.db.prepare("SELECT name FROM sqlite_master WHERE name = 'own_rows'").all(),
      ).toHaveLength(1);
    } finally {
      await started.stop();
    }
  });
});
