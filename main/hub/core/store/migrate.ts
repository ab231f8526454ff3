/**
 * Numbered, forward-only migrations. All pending ones apply in one transaction; a database
 * written by a newer Dawr, or whose applied list disagrees with ours, is refused rather than guessed at.
 *
 * The numbers are one sequence for the whole hub, but not every migration lives here: a feature
 * declares the ones that create or change only its own tables in its folder
 * (`features/<feature>/migrations/NNNN-name.ts`, listed in that folder's `index.ts`, on its module's
 * `migrations`), and the hub's entry points hand them in (hubMigrations), since the core never
 * imports a feature (#17). Core keeps the migrations of its own tables and those that touch
 * several owners' tables at once.
 */
import type { Database } from 'better-sqlite3';
import * as m0001 from './migrations/0001-initial.js';
import * as m0002 from './migrations/0002-kiosk.js';
import * as m0003 from './migrations/0003-sync.js';
import * as m0004 from './migrations/0004-manager.js';
import * as m0008 from './migrations/0008-remote-booking.js';
import * as m0011 from './migrations/0011-session-and-device-keys.js';
import * as m0012 from './migrations/0012-personal-data.js';
import * as m0016 from './migrations/0016-visitor-languages.js';
import * as m0019 from './migrations/0019-visit-representative-name.js';
import * as m0020 from './migrations/0020-sealed-staff-notes.js';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Core's part of the sequence; the numbers missing here are features' (see hubMigrations). */
export const CORE_MIGRATIONS: readonly Migration[] = [
  { version: 1, ...m0001 },
  { version: 2, ...m0002 },
  { version: 3, ...m0003 },
  { version: 4, ...m0004 },
  { version: 8, ...m0008 },
  { version: 11, ...m0011 },
  { version: 12, ...m0012 },
  { version: 16, ...m0016 },
  { version: 19, ...m0019 },
  { version: 20, ...m0020 },
];

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** What hubMigrations needs of a hub module (module-context.ts's HubModule has it). */
export interface MigrationOwner {
  name: string;
  migrations?: readonly Migration[];
}

/**
 * Core's migrations and every module's, as one list in version order. Refused, before any database
 * is touched: two migrations claiming one number, and a number nobody claims (the list must run
 * 1, 2, 3 … so every database at version N has the same schema). The same migration reached twice
 * (one module listed twice, or a test's copy of a registry module) counts once.
 */
export function hubMigrations(
  modules: readonly MigrationOwner[],
  core: readonly Migration[] = CORE_MIGRATIONS,
): Migration[] {
  const byVersion = new Map<number, { migration: Migration; owner: string }>();
  const owned: { migration: Migration; owner: string }[] = [
    ...core.map((migration) => ({ migration, owner: 'core' })),
    ...modules.flatMap((m) => (m.migrations ?? []).map((migration) => ({ migration, owner: m.name }))),
  ];
  for (const entry of owned) {
    const { version, name } = entry.migration;
    const claimed = byVersion.get(version);
    if (claimed && claimed.migration === entry.migration) continue;
    if (claimed)
      throw new MigrationError(
        `migration ${version} is claimed twice: ${claimed.migration.name} (${claimed.owner}) and ${name} (${entry.owner}); give the newer one the next free number`,
      );
    byVersion.set(version, entry);
  }
  const list = [...byVersion.values()]
    .sort((a, b) => a.migration.version - b.migration.version)
    .map((e) => e.migration);
  checkNumbering(list);
  return list;
}

function checkNumbering(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new MigrationError(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
}

export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  checkNumbering(migrations);
  const latest = migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest)
    throw new MigrationError(
      `database is at schema version ${from}, newer than this Dawr (${latest}); refusing to open it`,
    );
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  );
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
  }[];
  applied.forEach((a, i) => {
    const m = migrations[i];
    if (!m || m.version !== a.version || m.name !== a.name)
      throw new MigrationError(`applied migration ${a.version}-${a.name} does not match this Dawr's list`);
  });
  if (applied.length !== from)
    throw new MigrationError(`user_version ${from} disagrees with ${applied.length} recorded migrations`);
  // Up to date: write nothing, so a hub restarted on a full disk still opens (and serves reads).
  if (from === latest) return { from, to: latest };
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const m of migrations.slice(from)) {
      m.up(db);
      record.run(m.version, m.name, Date.now());
    }
    db.pragma(`user_version = ${latest}`);
  })();
  return { from, to: latest };
}
