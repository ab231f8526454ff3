// Forward-only migrations, applied in one transaction at start-up. A database that has a
// migration this code does not know (it was opened by a newer release) is refused, as is one
// whose applied history disagrees with the code's list: running old code on it could corrupt it.
import type { SqlDriver } from './driver.js';
import { migrations as defaultMigrations } from './migrations/index.js';
import type { Migration } from './migrations/types.js';

export class SchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaError';
  }
}

// Serialises concurrent start-ups of several central instances against one PostgreSQL database.
const PG_MIGRATION_LOCK = 7_242_007;

export async function migrate(
  driver: SqlDriver,
  list: readonly Migration[] = defaultMigrations,
): Promise<number> {
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new SchemaError(`migration list is out of order at "${m.name}" (version ${m.version})`);
  });
  const latest = list.length;
  return driver.transaction(async (tx) => {
    if (driver.dialect === 'postgres') await tx.query(`SELECT pg_advisory_xact_lock(${PG_MIGRATION_LOCK})`);
    await tx.run(
      `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    const applied = await tx.query<{ version: number; name: string }>(
      `SELECT version, name FROM schema_migrations ORDER BY version`,
    );
    const newest = applied.at(-1)?.version ?? 0;
    if (newest > latest) {
      throw new SchemaError(
        `the database is at schema version ${newest} but this release knows only up to ${latest}; upgrade central before opening it`,
      );
    }
    applied.forEach((row, i) => {
      const known = list[i];
      if (!known || row.version !== known.version || row.name !== known.name) {
        throw new SchemaError(
          `applied migration ${row.version} "${row.name}" does not match this release's migrations`,
        );
      }
    });
    for (const m of list.slice(applied.length)) {
      for (const statement of m.statements(driver.dialect)) await tx.run(statement);
      await tx.run(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`, [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    }
    return latest;
  });
}
