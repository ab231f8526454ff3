/**
 * Alerts as they happen, kept in the `alerts` table until a manager acknowledges them.
 * One alert per (kind, subject) while its condition lasts; when the condition goes away it is
 * marked cleared (and stays listed until acknowledged).
 *
 * The manager module provides it as the ALERTS service (services/ids.ts); other modules raise their
 * own through it: `ctx.services.find(ALERTS)?.raise('printer_offline', deviceId, {...})` and
 * `.clear('printer_offline', deviceId)` when it is back.
 */
import { randomUUID } from 'node:crypto';
import { Alert, type AlertKind } from '../../../shared/contract/manager.js';
import { ALERTS, type Alerts } from '../services/ids.js';
import type { HubServices } from '../services/registry.js';
import type { Db } from '../store/database.js';
import type { AlertCondition } from './alert-rules.js';
import { ManagerError } from './errors.js';

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

export class AlertCentre implements Alerts {
  private readonly listeners = new Set<(a: Alert) => void>();

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  /** Called with every new, cleared or acknowledged alert. */
  onChange(listener: (a: Alert) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(id: string): void {
    const row = this.db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined;
    if (row) for (const l of this.listeners) l(toAlert(row));
  }

  private ongoing(kind: AlertKind, subject: string): AlertRow | undefined {
    return this.db
      .prepare('SELECT * FROM alerts WHERE kind = ? AND subject = ? AND cleared_at IS NULL')
      .get(kind, subject) as AlertRow | undefined;
  }

  /** Raises an alert unless the same one is still ongoing; returns the alert either way. */
  raise(kind: AlertKind, subject: string, detail: Record<string, unknown> = {}): Alert {
    const existing = this.ongoing(kind, subject);
    if (existing) return toAlert(existing);
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO alerts (id, kind, subject, detail, raised_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, kind, subject, JSON.stringify(detail), this.now());
    this.emit(id);
    return toAlert(this.db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow);
  }

  /** The condition is over; the alert stays listed until acknowledged. */
  clear(kind: AlertKind, subject: string): void {
    const existing = this.ongoing(kind, subject);
    if (!existing) return;
    this.db.prepare('UPDATE alerts SET cleared_at = ? WHERE id = ?').run(this.now(), existing.id);
    this.emit(existing.id);
  }

  /** Brings the alerts of the given kinds in line with the current conditions. */
  reconcile(kinds: readonly AlertKind[], conditions: readonly AlertCondition[]): void {
    const wanted = new Set(conditions.map((c) => `${c.kind}\u0000${c.subject}`));
    for (const c of conditions) this.raise(c.kind, c.subject, c.detail);
    const open = this.db
      .prepare(
        `SELECT * FROM alerts WHERE cleared_at IS NULL AND kind IN (${kinds.map(() => '?').join(',')})`,
      )
      .all(...kinds) as AlertRow[];
    for (const a of open) if (!wanted.has(`${a.kind}\u0000${a.subject}`)) this.clear(a.kind, a.subject);
  }

  acknowledge(id: string, staffId: string): Alert {
    const row = this.db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined;
    if (!row) throw new ManagerError('not_found', `no alert ${id}`);
    if (row.acknowledged_at !== null)
      throw new ManagerError('invalid_transition', `alert ${id} was already acknowledged`);
    this.db
      .prepare('UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?')
      .run(staffId, this.now(), id);
    this.emit(id);
    return toAlert(this.db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow);
  }

  /** Everything not yet acknowledged, then the latest acknowledged ones (the log). */
  list(limit = 50): Alert[] {
    const rows = this.db
      .prepare(`SELECT * FROM alerts ORDER BY (acknowledged_at IS NULL) DESC, raised_at DESC LIMIT ?`)
      .all(limit) as AlertRow[];
    return rows.map((r) => Alert.parse(toAlert(r)));
  }
}

/** The hub's alert centre (tests read it); throws when the hub runs without the manager module. */
export function alertCentre(services: HubServices): Alerts {
  return services.get(ALERTS);
}
