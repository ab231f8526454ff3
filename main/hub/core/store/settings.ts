/**
 * The hub's small key-value table (`manager_settings`, named for its first user): the manager's
 * alert thresholds and facts cursor, and the storage monitor's probe row. Two features write it,
 * so it is the core store's (tests/architecture/table-owners.test.ts); each keeps to its own keys.
 */
import type { Db } from './database.js';

export function readSetting(db: Db, key: string): string | undefined {
  return (
    db.prepare('SELECT value FROM manager_settings WHERE key = ?').get(key) as { value: string } | undefined
  )?.value;
}

export function writeSetting(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO manager_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
