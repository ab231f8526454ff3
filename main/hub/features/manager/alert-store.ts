/** The `alerts` table: its rows and the SQL that reads and writes them (the AlertCentre decides). */
import type { Alert, AlertKind } from '../../../../shared/contract/manager.js';
import type { Db } from '../../core/store/database.js';

interface AlertRow {
  id: string;
  kind: AlertKind;
  subject: string;
  detail: string;
  raised_at: number;
  cleared_at: number | null;
  acknowledged_by: string | null;
  acknowledged_at: number | null;
}

const toAlert = (r: AlertRow): Alert => ({
  id: r.id,
  kind: r.kind,
  subject: r.subject,
  detail: JSON.parse(r.detail) as Record<string, unknown>,
  raisedAt: r.raised_at,
  clearedAt: r.cleared_at,
  acknowledgedBy: r.acknowledged_by,
  acknowledgedAt: r.acknowledged_at,
});

export function alertById(db: Db, id: string): Alert | undefined {
  const row = db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined;
  return row && toAlert(row);
}

/** The alert of this kind and subject that has not been cleared, if any. */
export function ongoingAlert(db: Db, kind: AlertKind, subject: string): Alert | undefined {
  const row = db
    .prepare('SELECT * FROM alerts WHERE kind = ? AND subject = ? AND cleared_at IS NULL')
    .get(kind, subject) as AlertRow | undefined;
  return row && toAlert(row);
}

export function insertAlert(
  db: Db,
  alert: { id: string; kind: AlertKind; subject: string; detail: Record<string, unknown>; raisedAt: number },
): void {
  db.prepare('INSERT INTO alerts (id, kind, subject, detail, raised_at) VALUES (?, ?, ?, ?, ?)').run(
    alert.id,
    alert.kind,
    alert.subject,
    JSON.stringify(alert.detail),
    alert.raisedAt,
  );
}

export function markAlertCleared(db: Db, id: string, at: number): void {
  db.prepare('UPDATE alerts SET cleared_at = ? WHERE id = ?').run(at, id);
}

export function markAlertAcknowledged(db: Db, id: string, staffId: string, at: number): void {
  db.prepare('UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?').run(staffId, at, id);
}

/** Alerts of these kinds not yet cleared. */
export function ongoingAlertsOfKinds(db: Db, kinds: readonly AlertKind[]): Alert[] {
  if (kinds.length === 0) return [];
  return (
    db
      .prepare(
        `SELECT * FROM alerts WHERE cleared_at IS NULL AND kind IN (${kinds.map(() => '?').join(',')})`,
      )
      .all(...kinds) as AlertRow[]
  ).map(toAlert);
}

/** Everything not yet acknowledged, then the latest acknowledged ones (the log). */
export function latestAlerts(db: Db, limit: number): Alert[] {
  return (
    db
      .prepare(`SELECT * FROM alerts ORDER BY (acknowledged_at IS NULL) DESC, raised_at DESC LIMIT ?`)
      .all(limit) as AlertRow[]
  ).map(toAlert);
}

/** Alerts cleared and raised before `before` (retention: a log table); alerts still open stay. */
export function purgeClearedAlerts(db: Db, before: number): number {
  return db.prepare('DELETE FROM alerts WHERE cleared_at IS NOT NULL AND raised_at < ?').run(before).changes;
}
