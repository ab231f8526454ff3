/**
 * The storage monitor's one write: a real, durable probe that tells whether commits would land
 * again after the disk refused them. It writes a `storage_probe` row into `manager_settings`, the
 * small key-value table, rather than a table of its own, so the probe touches no new page.
 */
import type { Db } from '../../core/store/database.js';

export function writeStorageProbe(db: Db, now: number): void {
  db.prepare(
    `INSERT INTO manager_settings (key, value) VALUES ('storage_probe', ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(String(now));
}
