/** The `backups` table (migration 0013): one row per attempt, the last good one, and retention. */
import { rmSync } from 'node:fs';
import { BackupRecord, type BackupKind } from '../../../shared/contract/backup.js';
import type { Db } from '../store/database.js';
import type { CheckResult } from './sqlite-jobs.js';

interface Row {
  id: number;
  kind: BackupKind;
  started_at: number;
  finished_at: number;
  duration_ms: number;
  file: string | null;
  size_bytes: number | null;
  encrypted: number;
  checks: string | null;
  ok: number;
  error: string | null;
  removed_at: number | null;
}

const toRecord = (r: Row): BackupRecord =>
  BackupRecord.parse({
    id: r.id,
    kind: r.kind,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    durationMs: r.duration_ms,
    file: r.file,
    sizeBytes: r.size_bytes,
    encrypted: r.encrypted === 1,
    ok: r.ok === 1,
    error: r.error,
    checks: r.checks === null ? null : JSON.parse(r.checks),
    removedAt: r.removed_at,
  });

export interface Attempt {
  kind: BackupKind;
  startedAt: number;
  finishedAt: number;
  durationMs: number;
  file: string | null;
  sizeBytes: number | null;
  encrypted: boolean;
  check: CheckResult | undefined;
  error: string | null;
}

export function recordAttempt(db: Db, a: Attempt): BackupRecord {
  const checks = a.check
    ? JSON.stringify({
        integrity: a.check.integrity,
        schemaVersion: a.check.schemaVersion,
        rowCounts: a.check.rowCounts,
      })
    : null;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO backups (kind, started_at, finished_at, duration_ms, file, size_bytes, encrypted, checks, ok, error)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      a.kind,
      a.startedAt,
      a.finishedAt,
      Math.round(a.durationMs),
      a.file,
      a.sizeBytes,
      a.encrypted ? 1 : 0,
      checks,
      a.error === null ? 1 : 0,
      a.error,
    );
  return toRecord(db.prepare('SELECT * FROM backups WHERE id = ?').get(lastInsertRowid) as Row);
}

export function lastGood(db: Db): BackupRecord | null {
  const row = db
    .prepare('SELECT * FROM backups WHERE ok = 1 ORDER BY started_at DESC, id DESC LIMIT 1')
    .get() as Row | undefined;
  return row ? toRecord(row) : null;
}

export function lastAttempt(db: Db, kind?: BackupKind): BackupRecord | null {
  const row = (
    kind
      ? db.prepare('SELECT * FROM backups WHERE kind = ? ORDER BY started_at DESC, id DESC LIMIT 1').get(kind)
      : db.prepare('SELECT * FROM backups ORDER BY started_at DESC, id DESC LIMIT 1').get()
  ) as Row | undefined;
  return row ? toRecord(row) : null;
}

/**
 * Deletes the files of good backups of one kind beyond the newest `keep`, and marks their rows.
 * Only files this hub recorded are touched: nothing else in the backup folder is ever deleted.
 */
export function pruneBackups(db: Db, kind: BackupKind, keep: number, now: number): string[] {
  const old = db
    .prepare(
      `SELECT id, file FROM backups WHERE kind = ? AND ok = 1 AND removed_at IS NULL AND file IS NOT NULL
       ORDER BY started_at DESC, id DESC LIMIT -1 OFFSET ?`,
    )
    .all(kind, keep) as { id: number; file: string }[];
  const mark = db.prepare('UPDATE backups SET removed_at = ? WHERE id = ?');
  const removed: string[] = [];
  for (const r of old) {
    try {
      rmSync(r.file, { force: true });
    } catch {
      continue; // Retried at the next backup.
    }
    mark.run(now, r.id);
    removed.push(r.file);
  }
  return removed;
}
