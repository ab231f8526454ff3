// Chooses the engine from the database URL: `postgres://…` / `postgresql://…` for a national
// deployment, anything else (a path, `sqlite:path`, `sqlite::memory:`) for embedded SQLite.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SqlDriver } from './driver.js';
import { migrate } from './migrate.js';
import { openPostgresDriver } from './postgres-driver.js';
import { SqlCentralStore } from './sql-store.js';
import { openSqliteDriver } from './sqlite-driver.js';
import type { CentralStore } from './types.js';

export interface OpenOptions {
  /** PostgreSQL only: schema to use; also accepted as `?schema=` in the URL. */
  schema?: string;
}

export async function openDriver(url: string, options: OpenOptions = {}): Promise<SqlDriver> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const parsed = new URL(url);
    const schema = options.schema ?? parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return openPostgresDriver(parsed.toString(), schema === undefined ? {} : { schema });
  }
  const path = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  if (path === '') throw new Error('the SQLite database URL has no path');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return openSqliteDriver(path);
}

/** Opens the store and brings its schema up to date (refusing a database newer than the code). */
export async function openCentralStore(url: string, options: OpenOptions = {}): Promise<CentralStore> {
  const driver = await openDriver(url, options);
  try {
    await migrate(driver);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return new SqlCentralStore(driver);
}
