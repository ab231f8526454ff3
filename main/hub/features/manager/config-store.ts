/**
 * The manager's own tables: `config_audit` (who changed what) and `scheduled_queue_changes`
 * (cut-offs waiting for their time). SQL only; the Configuration and the CutoffScheduler decide.
 * Its settings (thresholds, the facts cursor) are rows of the core's key-value table
 * (core/store/settings.ts).
 */
import type { AuditEntry, ScheduledCutoff } from '../../../../shared/contract/manager.js';
import type { Db } from '../../core/store/database.js';

export function insertAudit(
  db: Db,
  at: number,
  staffId: string,
  what: string,
  before: unknown,
  after: unknown,
): void {
  db.prepare('INSERT INTO config_audit (at, staff_id, what, before, after) VALUES (?, ?, ?, ?, ?)').run(
    at,
    staffId,
    what,
    JSON.stringify(before ?? null),
    JSON.stringify(after ?? null),
  );
}

export function latestAudit(db: Db, limit: number): AuditEntry[] {
  return (
    db.prepare('SELECT * FROM config_audit ORDER BY id DESC LIMIT ?').all(limit) as {
      id: number;
      at: number;
      staff_id: string;
      what: string;
      before: string;
      after: string;
    }[]
  ).map((r) => ({
    id: r.id,
    at: r.at,
    staffId: r.staff_id,
    what: r.what,
    before: JSON.parse(r.before) as unknown,
    after: JSON.parse(r.after) as unknown,
  }));
}

interface CutoffRow {
  queue_id: string;
  open: number;
  at: number;
  scheduled_by: string;
  scheduled_at: number;
}

const toCutoff = (r: CutoffRow): ScheduledCutoff => ({
  queueId: r.queue_id,
  open: r.open === 1,
  at: r.at,
  scheduledBy: r.scheduled_by,
  scheduledAt: r.scheduled_at,
});

/** Pending changes, soonest first; with `dueBy`, only those whose time is at or before it. */
export function scheduledCutoffs(db: Db, dueBy?: number): ScheduledCutoff[] {
  const rows =
    dueBy === undefined
      ? db.prepare('SELECT * FROM scheduled_queue_changes ORDER BY at, queue_id').all()
      : db.prepare('SELECT * FROM scheduled_queue_changes WHERE at <= ? ORDER BY at').all(dueBy);
  return (rows as CutoffRow[]).map(toCutoff);
}

export function scheduledCutoff(db: Db, queueId: string): ScheduledCutoff | null {
  const row = db.prepare('SELECT * FROM scheduled_queue_changes WHERE queue_id = ?').get(queueId) as
    CutoffRow | undefined;
  return row ? toCutoff(row) : null;
}

/** Schedules a queue's change, replacing the one it had. */
export function upsertCutoff(db: Db, c: ScheduledCutoff): void {
  db.prepare(
    `INSERT INTO scheduled_queue_changes (queue_id, open, at, scheduled_by, scheduled_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (queue_id) DO UPDATE SET open = excluded.open, at = excluded.at,
       scheduled_by = excluded.scheduled_by, scheduled_at = excluded.scheduled_at`,
  ).run(c.queueId, c.open ? 1 : 0, c.at, c.scheduledBy, c.scheduledAt);
}

export function deleteCutoff(db: Db, queueId: string): void {
  db.prepare('DELETE FROM scheduled_queue_changes WHERE queue_id = ?').run(queueId);
}

/** When the soonest pending change is due, or null when none is. */
export function nextCutoffAt(db: Db): number | null {
  return (db.prepare('SELECT MIN(at) AS at FROM scheduled_queue_changes').get() as { at: number | null }).at;
}

/** Configuration audit entries from before `before` (retention: a log table). */
export function purgeAudit(db: Db, before: number): number {
  return db.prepare('DELETE FROM config_audit WHERE at < ?').run(before).changes;
}
