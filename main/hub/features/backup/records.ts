/** Backup attempts as recorded (backup-store.ts), the last good one, and retention of their files. */
import { rmSync } from 'node:fs';
import type { BackupKind, BackupRecord } from '../../../../shared/contract/backup.js';
import type { Db } from '../../core/store/database.js';
import type { CheckResult } from '../../../sqlite/backup/sqlite-jobs.js';
import {
  backupsBeyond,
  insertBackup,
  lastBackupAttempt,
  lastGoodBackup,
  markBackupRemoved,
  type BackupRowInput,
} from './backup-store.js';

/** An attempt as the job reports it: the row to store, with its check still a result, not JSON. */
export interface Attempt extends Omit<BackupRowInput, 'checks'> {
  check: CheckResult | undefined;
}

export function recordAttempt(db: Db, a: Attempt): BackupRecord {
  const checks = a.check
    ? JSON.stringify({
        integrity: a.check.integrity,
        schemaVersion: a.check.schemaVersion,
        rowCounts: a.check.rowCounts,
      })
    : null;
  return insertBackup(db, { ...a, checks });
}

export function lastGood(db: Db): BackupRecord | null {
  return lastGoodBackup(db);
}

export function lastAttempt(db: Db, kind?: BackupKind): BackupRecord | null {
  return lastBackupAttempt(db, kind);
}

/**
 * Deletes the files of good backups of one kind beyond the newest `keep`, and marks their rows.
 * Only files this hub recorded are touched: nothing else in the backup folder is ever deleted.
 */
export function pruneBackups(db: Db, kind: BackupKind, keep: number, now: number): string[] {
  const old = backupsBeyond(db, kind, keep);
  const removed: string[] = [];
  for (const r of old) {
    try {
      rmSync(r.file, { force: true });
    } catch {
      continue; // Retried at the next backup.
    }
    markBackupRemoved(db, r.id, now);
    removed.push(r.file);
  }
  return removed;
}
