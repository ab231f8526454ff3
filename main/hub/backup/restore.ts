/**
 * Restores a backup into a hub data folder, for the hub to start from. Refuses, changing nothing, a
 * file that is not a sound Dawr hub database (not SQLite, failed integrity_check, a schema newer
 * than this Dawr, an encrypted file this folder's backup.key cannot open) and one from another
 * centre (its catalogue's centre id differs from the folder's database) unless forced, and a folder
 * whose database a running hub has open. The database it replaces is renamed aside, never deleted.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../store/migrate.js';
import {
  BackupDecryptError,
  BackupKeyError,
  decryptFile,
  isEncryptedBackup,
  loadBackupKey,
} from './encryption.js';
import { fsyncDir, fsyncPath } from './files.js';
import { HUB_BACKUP_TABLES, HUB_IDENTITY_SQL } from './hub-backups.js';
import { checkDatabase, type CheckResult } from './sqlite-jobs.js';
import { backupStamp } from './take-backup.js';
import { skipIssuedTickets, type TicketSkip } from './ticket-skip.js';

export const HUB_DATABASE_FILE = 'hub.sqlite';

export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

export interface RestoreOptions {
  backupFile: string;
  dataDir: string;
  /** Restores a backup of another centre over this folder's database. */
  force?: boolean;
  now?: number;
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

/**
 * True when another process has the database open (a running hub): an exclusive lock is refused
 * while any connection is open in WAL mode, and given at once when none is.
 */
function inUse(dbFile: string): boolean {
  if (!existsSync(dbFile)) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(dbFile, { fileMustExist: true });
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (e) {
    return e instanceof Error && 'code' in e && (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED');
  } finally {
    db?.close();
  }
}

/** The centre id in the folder's current database, or undefined when it has none (or cannot be read). */
function currentCentreId(dbFile: string): string | undefined {
  if (!existsSync(dbFile)) return undefined;
  try {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      const v = db.prepare(HUB_IDENTITY_SQL).pluck().get();
      return typeof v === 'string' ? v : undefined;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

export interface DatabaseRestore {
  backupFile: string;
  /** The database file to replace. */
  target: string;
  /** Where backup.key is, for an encrypted backup. */
  keyDir: string;
  tables: readonly string[];
  identitySql?: string;
  /** Throws RestoreRefused when the checked copy must not replace the target. */
  accept(check: CheckResult): void;
  /** Last changes to the checked copy (at `staged`) while the target is still in place. */
  prepare?(staged: string): void;
  now?: number;
}

/**
 * The steps any restore shares (hub, central on SQLite): stage the copy beside the target
 * (decrypted when encrypted), check it, let the caller accept it, move the old database aside,
 * rename the copy into place. Nothing changes until the rename; the staged copy never outlives a refusal.
 */
export async function restoreDatabase(
  r: DatabaseRestore,
): Promise<{ check: CheckResult; keptAside: string[] }> {
  if (!existsSync(r.backupFile)) throw new RestoreRefused(`${r.backupFile}: no such file`);
  if (inUse(r.target))
    throw new RestoreRefused(`${r.target} is open in another process: stop the service first, then restore`);
  const dir = dirname(r.target);
  mkdirSync(dir, { recursive: true });
  const staging = `${r.target}.restoring`;
  rmSync(staging, { force: true });
  try {
    if (isEncryptedBackup(r.backupFile)) {
      try {
        await decryptFile(r.backupFile, staging, loadBackupKey(r.keyDir));
      } catch (e) {
        if (e instanceof BackupDecryptError || e instanceof BackupKeyError)
          throw new RestoreRefused(e.message);
        throw e;
      }
    } else {
      copyFileSync(r.backupFile, staging);
      fsyncPath(staging);
    }
    const check = await checkDatabase(staging, r.tables, r.identitySql);
    if (!check.ok) throw new RestoreRefused(`${r.backupFile} is damaged: ${check.problem ?? 'unknown'}`);
    r.accept(check);
    r.prepare?.(staging);
    // Aside, not deleted: the database being replaced may hold what the backup lacks.
    const aside = `${r.target}.before-restore-${backupStamp(r.now ?? Date.now())}`;
    const keptAside: string[] = [];
    for (const suffix of ['', '-wal', '-shm']) {
      if (!existsSync(r.target + suffix)) continue;
      renameSync(r.target + suffix, aside + suffix);
      keptAside.push(aside + suffix);
    }
    renameSync(staging, r.target);
    fsyncDir(dir);
    return { check, keptAside };
  } finally {
    rmSync(staging, { force: true });
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
      if (version > MIGRATIONS.length)
        throw new RestoreRefused(
          `${opts.backupFile} was written by a newer Dawr (schema ${version}, this one knows ${MIGRATIONS.length}): upgrade Dawr first`,
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
