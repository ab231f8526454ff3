/**
 * The backup feature's SQL: the `backups` table (migration 0013: one row per attempt) on the hub's
 * connection, and the few reads a restore makes on the database files it handles (the checked copy
 * about to be restored, the one it replaces). Raising the restored copy's ticket sequences is the
 * sequences' owner's write (core/store/repository.ts). Decisions (what to prune, how far to skip)
 * stay in records.ts and ticket-skip.ts.
 */
import type Database from 'better-sqlite3';
import { BackupRecord, type BackupKind } from '../../../../shared/contract/backup.js';
import type { Db } from '../../core/store/database.js';

/** The centre a hub database belongs to: a restore compares it with the target folder's. */
export const HUB_IDENTITY_SQL = "SELECT json_extract(doc, '$.centre.id') FROM catalogue WHERE id = 1";

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

/** One attempt as stored: `checks` already JSON, `error` null when it succeeded. */
export interface BackupRowInput {
  kind: BackupKind;
  startedAt: number;
  finishedAt: number;
  durationMs: number;
  file: string | null;
  sizeBytes: number | null;
  encrypted: boolean;
  checks: string | null;
  error: string | null;
}

export function insertBackup(db: Db, a: BackupRowInput): BackupRecord {
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
      a.checks,
      a.error === null ? 1 : 0,
      a.error,
    );
  return toRecord(db.prepare('SELECT * FROM backups WHERE id = ?').get(lastInsertRowid) as Row);
}

export function lastGoodBackup(db: Db): BackupRecord | null {
  const row = db
    .prepare('SELECT * FROM backups WHERE ok = 1 ORDER BY started_at DESC, id DESC LIMIT 1')
    .get() as Row | undefined;
  return row ? toRecord(row) : null;
}

export function lastBackupAttempt(db: Db, kind?: BackupKind): BackupRecord | null {
  const row = (
    kind
      ? db.prepare('SELECT * FROM backups WHERE kind = ? ORDER BY started_at DESC, id DESC LIMIT 1').get(kind)
      : db.prepare('SELECT * FROM backups ORDER BY started_at DESC, id DESC LIMIT 1').get()
  ) as Row | undefined;
  return row ? toRecord(row) : null;
}

/** Good backups of one kind whose files are still there, beyond the newest `keep`. */
export function backupsBeyond(db: Db, kind: BackupKind, keep: number): { id: number; file: string }[] {
  return db
    .prepare(
      `SELECT id, file FROM backups WHERE kind = ? AND ok = 1 AND removed_at IS NULL AND file IS NOT NULL
       ORDER BY started_at DESC, id DESC LIMIT -1 OFFSET ?`,
    )
    .all(kind, keep) as { id: number; file: string }[];
}

export function markBackupRemoved(db: Db, id: number, at: number): void {
  db.prepare('UPDATE backups SET removed_at = ? WHERE id = ?').run(at, id);
}

// Reads and writes on a database file a restore handles (not the running hub's connection).

/** The centre id of a hub database file, if it has one. */
export function centreIdOf(db: Database.Database): unknown {
  return db.prepare(HUB_IDENTITY_SQL).pluck().get();
}

/** The catalogue document (JSON text) of a hub database file. */
export function catalogueDocOf(db: Database.Database): string {
  return db.prepare('SELECT doc FROM catalogue WHERE id = 1').pluck().get() as string;
}

/** Each queue's last ticket number on one business day. */
export function sequencesOfDay(db: Database.Database, day: string): Map<string, number> {
  const rows = db
    .prepare('SELECT queue_id, last_number FROM ticket_sequences WHERE business_day = ?')
    .all(day) as { queue_id: string; last_number: number }[];
  return new Map(rows.map((r) => [r.queue_id, r.last_number]));
}

export function holdsEvent(db: Database.Database, eventId: string): boolean {
  return db.prepare('SELECT 1 FROM visit_events WHERE id = ?').pluck().get(eventId) !== undefined;
}

/** The last event written, if any. */
export function lastEvent(db: Database.Database): { id: string; at: number } | undefined {
  return db.prepare('SELECT id, at FROM visit_events ORDER BY seq DESC LIMIT 1').get() as
    { id: string; at: number } | undefined;
}

/** Per queue (a transferred ticket counts for its first queue), the most tickets issued in one clock hour. */
export function busiestHours(db: Database.Database): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT queue, MAX(n) AS n FROM (
         SELECT COALESCE(json_extract(doc, '$.originalQueueId'), queue_id) AS queue, issued_at / 3600000 AS hour, COUNT(*) AS n
         FROM visits GROUP BY queue, hour)
       GROUP BY queue`,
    )
    .all() as { queue: string; n: number }[];
  return new Map(rows.map((r) => [r.queue, r.n]));
}
