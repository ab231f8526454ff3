/**
 * Restores a backup into a hub data folder, for the hub to start from. Refuses, changing nothing, a
 * file that is not a sound Dawr hub database (not SQLite, failed integrity_check, a schema newer
 * than this Dawr, an encrypted file this folder's backup.key cannot open) and one from another
 * centre (its catalogue's centre id differs from the folder's database) unless forced, and a folder
 * whose database a running hub has open. The database it replaces is renamed aside, never deleted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { restoreDatabase, RestoreRefused } from '../../../sqlite/backup/restore-database.js';
import { centreIdOf, HUB_IDENTITY_SQL } from './backup-store.js';
import { HUB_BACKUP_TABLES } from './hub-backups.js';
import { skipIssuedTickets, type TicketSkip } from './ticket-skip.js';

export { RestoreRefused };

export const HUB_DATABASE_FILE = 'hub.sqlite';

export interface RestoreOptions {
  backupFile: string;
  dataDir: string;
  /** Restores a backup of another centre over this folder's database. */
  force?: boolean;
  now?: number;
  /**
   * The newest schema version this Dawr builds (migrations.ts's HUB_MIGRATIONS.length): handed in, since
   * the migrations are core's and every feature's and a feature does not import the registry.
   */
  knownSchemaVersion: number;
}

export interface RestoreResult {
  centreId: string;
  schemaVersion: number;
  rowCounts: Record<string, number>;
  /** Where the replaced database (and its WAL) went; empty when the folder had none. */
  keptAside: string[];
  /** Today's ticket sequences moved past the numbers issued since the backup (ticket-skip.ts). */
  ticketSkip: TicketSkip;
}

/** The centre id in the folder's current database, or undefined when it has none (or cannot be read). */
function currentCentreId(dbFile: string): string | undefined {
  if (!existsSync(dbFile)) return undefined;
  try {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      const v = centreIdOf(db);
      return typeof v === 'string' ? v : undefined;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

export async function restoreBackup(opts: RestoreOptions): Promise<RestoreResult> {
  const target = join(opts.dataDir, HUB_DATABASE_FILE);
  const now = opts.now ?? Date.now();
  let ticketSkip: TicketSkip | undefined;
  const { check, keptAside } = await restoreDatabase({
    backupFile: opts.backupFile,
    target,
    keyDir: opts.dataDir,
    tables: HUB_BACKUP_TABLES,
    identitySql: HUB_IDENTITY_SQL,
    now,
    accept(c) {
      const version = c.schemaVersion ?? 0;
      if (version > opts.knownSchemaVersion)
        throw new RestoreRefused(
          `${opts.backupFile} was written by a newer Dawr (schema ${version}, this one knows ${opts.knownSchemaVersion}): upgrade Dawr first`,
        );
      if (!c.identity)
        throw new RestoreRefused(
          `${opts.backupFile} is not a Dawr hub database (it holds no centre catalogue)`,
        );
      const here = currentCentreId(target);
      if (here !== undefined && here !== c.identity && !opts.force)
        throw new RestoreRefused(
          `${opts.backupFile} is a backup of centre "${c.identity}", but ${opts.dataDir} holds centre "${here}"; ` +
            'pass --force to restore it anyway',
        );
    },
    prepare(staged) {
      ticketSkip = skipIssuedTickets(staged, target, now);
    },
  });
  return {
    centreId: check.identity!,
    schemaVersion: check.schemaVersion ?? 0,
    rowCounts: check.rowCounts ?? {},
    keptAside,
    ticketSkip: ticketSkip!,
  };
}
