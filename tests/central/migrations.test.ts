// Schema migrations on every engine: a fresh database, a re-open, a later migration, and the
// refusals (a database from a newer release, an applied history that disagrees with the code).
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, SchemaError } from '../../main/central/store/migrate.js';
import { migrations } from '../../main/central/store/migrations/index.js';
import type { Migration } from '../../main/central/store/migrations/types.js';
import { openCentralStore, openDriver } from '../../main/central/store/open.js';
import { storeVariants } from './helpers.js';

const TABLES = [
  'events',
  'customers',
  'customer_identifiers',
  'customer_merges',
  'interactions',
  'requests',
  'request_history',
  'consents',
  'access_log',
];

for (const variant of storeVariants()) {
  describe(`central migrations (${variant.name})`, () => {
    afterAll(() => variant.cleanup());
    const open = (db: { url: string; schema?: string }) =>
      openDriver(db.url, db.schema ? { schema: db.schema } : {});

    it('creates every table on a fresh database and applies nothing twice on re-open', async () => {
      const db = variant.freshDatabase();
      await (await openCentralStore(db.url, db.schema ? { schema: db.schema } : {})).close();
      await (await openCentralStore(db.url, db.schema ? { schema: db.schema } : {})).close();
      const driver = await open(db);
      try {
        const applied = await driver.query<{ version: number; name: string }>(
          'SELECT version, name FROM schema_migrations ORDER BY version',
        );
        expect(applied.map((r) => [Number(r.version), r.name])).toEqual(
          migrations.map((m) => [m.version, m.name]),
        );
        for (const table of TABLES) {
          const rows = await driver.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
          expect(Number(rows[0]!.n), table).toBe(0);
        }
      } finally {
        await driver.close();
      }
    });

    it('applies a later migration to a database at an earlier version', async () => {
      const db = variant.freshDatabase();
      const driver = await open(db);
      try {
        expect(await migrate(driver, migrations)).toBe(migrations.length);
        const next: Migration = {
          version: migrations.length + 1,
          name: 'test-notes',
          statements: () => ['CREATE TABLE test_notes (note TEXT NOT NULL)'],
        };
        expect(await migrate(driver, [...migrations, next])).toBe(migrations.length + 1);
        await driver.run('INSERT INTO test_notes (note) VALUES (?)', ['hello']);
        expect(await driver.query('SELECT note FROM test_notes')).toEqual([{ note: 'hello' }]);
      } finally {
        await driver.close();
      }
    });

    it('refuses a database written by a newer release and leaves it untouched', async () => {
      const db = variant.freshDatabase();
      const driver = await open(db);
      await migrate(driver);
      const future = migrations.length + 1;
      await driver.run(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`, [
        future,
        'from-the-future',
        '2027-01-01T00:00:00.000Z',
      ]);
      await driver.close();
      await expect(openCentralStore(db.url, db.schema ? { schema: db.schema } : {})).rejects.toThrow(
        new SchemaError(
          `the database is at schema version ${future} but this release knows only up to ${migrations.length}; upgrade central before opening it`,
        ),
      );
      const check = await open(db);
      try {
        expect(
          (await check.query('SELECT version FROM schema_migrations ORDER BY version')).map((r) =>
            Number(r.version),
          ),
        ).toEqual(Array.from({ length: future }, (_, i) => i + 1));
      } finally {
        await check.close();
      }
    });

    it('refuses an applied history that differs from the code, and a migration list with a gap', async () => {
      const db = variant.freshDatabase();
      const driver = await open(db);
      try {
        await migrate(driver);
        await driver.run(`UPDATE schema_migrations SET name = ? WHERE version = 1`, [
          'someone-elses-initial',
        ]);
        await expect(migrate(driver)).rejects.toThrow(/does not match/);
        const gap: Migration = { version: migrations.length + 2, name: 'gap', statements: () => [] };
        await expect(migrate(driver, [...migrations, gap])).rejects.toThrow(/out of order/);
      } finally {
        await driver.close();
      }
    });
  });
}

// Migration 2 dropped a timeline index and narrowed another (ingest speed, issue 13); the reads
// they served must still be index lookups, not scans of every customer's rows or every event.
describe('central read plans after the lean ingest indexes (sqlite)', () => {
  it('finds a timeline, with or without a channel, and its steps through indexes', async () => {
    const [variant] = storeVariants().filter((v) => v.name === 'sqlite');
    const db = variant!.freshDatabase();
    await (await openCentralStore(db.url)).close();
    const driver = await openDriver(db.url);
    try {
      const plan = async (sql: string): Promise<string> =>
        (await driver.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)).map((r) => r.detail).join('\n');
      expect(
        await plan(
          `SELECT * FROM interactions WHERE customer_key = 'k' ORDER BY occurred_at DESC, id DESC LIMIT 21`,
        ),
      ).toMatch(/USING INDEX interactions_timeline \(customer_key=\?\)/);
      const byChannel = await plan(
        `SELECT * FROM interactions WHERE customer_key = 'k' AND channel = 'centre' ORDER BY occurred_at DESC, id DESC LIMIT 21`,
      );
      expect(byChannel).toMatch(/USING INDEX interactions_timeline \(customer_key=\?\)/);
      expect(byChannel).not.toMatch(/TEMP B-TREE/);
      expect(
        await plan(`SELECT interaction_id, type, occurred_at, seq FROM events WHERE interaction_id IN ('a', 'b')
          ORDER BY interaction_id, occurred_at, seq`),
      ).toMatch(/USING INDEX events_interaction \(interaction_id=\?\)/);
    } finally {
      await driver.close();
      variant!.cleanup();
    }
  });
});
