/**
 * The steps of restoring an SQLite backup that the hub and central (on SQLite) share: staged beside
 * the database, decrypted with backup.key when encrypted, checked, accepted by the caller, and renamed
 * into place with the old database kept aside. The hub's own checks are in
 * main/hub/features/backup/restore.ts, central's in main/central/backup.ts.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  BackupDecryptError,
  BackupKeyError,
  decryptFile,
  isEncryptedBackup,
  loadBackupKey,
} from './encryption.js';
import { fsyncDir, fsyncPath } from './files.js';
import { checkDatabase, type CheckResult } from './sqlite-jobs.js';
import { backupStamp } from './take-backup.js';

export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
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
