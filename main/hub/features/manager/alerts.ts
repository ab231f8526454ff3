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
import { Alert, type AlertKind } from '../../../../shared/contract/manager.js';
import { ALERTS, type Alerts } from '../../core/services/ids.js';
import type { HubServices } from '../../core/services/registry.js';
import type { Db } from '../../core/store/database.js';
import type { AlertCondition } from './alert-rules.js';
import {
  alertById,
  insertAlert,
  latestAlerts,
  markAlertAcknowledged,
  markAlertCleared,
  ongoingAlert,
  ongoingAlertsOfKinds,
} from './alert-store.js';
import { ManagerError } from './errors.js';

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
    const alert = alertById(this.db, id);
    if (alert) for (const l of this.listeners) l(alert);
  }

  /** Raises an alert unless the same one is still ongoing; returns the alert either way. */
  raise(kind: AlertKind, subject: string, detail: Record<string, unknown> = {}): Alert {
    const existing = ongoingAlert(this.db, kind, subject);
    if (existing) return existing;
    const id = randomUUID();
    insertAlert(this.db, { id, kind, subject, detail, raisedAt: this.now() });
    this.emit(id);
    return alertById(this.db, id)!;
  }

  /** The condition is over; the alert stays listed until acknowledged. */
  clear(kind: AlertKind, subject: string): void {
    const existing = ongoingAlert(this.db, kind, subject);
    if (!existing) return;
    markAlertCleared(this.db, existing.id, this.now());
    this.emit(existing.id);
  }

  /** Brings the alerts of the given kinds in line with the current conditions. */
  reconcile(kinds: readonly AlertKind[], conditions: readonly AlertCondition[]): void {
    const wanted = new Set(conditions.map((c) => `${c.kind}\u0000${c.subject}`));
    for (const c of conditions) this.raise(c.kind, c.subject, c.detail);
    for (const a of ongoingAlertsOfKinds(this.db, kinds))
      if (!wanted.has(`${a.kind}\u0000${a.subject}`)) this.clear(a.kind, a.subject);
  }

  acknowledge(id: string, staffId: string): Alert {
    const alert = alertById(this.db, id);
    if (!alert) throw new ManagerError('not_found', `no alert ${id}`);
    if (alert.acknowledgedAt !== null)
      throw new ManagerError('invalid_transition', `alert ${id} was already acknowledged`);
    markAlertAcknowledged(this.db, id, staffId, this.now());
    this.emit(id);
    return alertById(this.db, id)!;
  }

  /** Everything not yet acknowledged, then the latest acknowledged ones (the log). */
  list(limit = 50): Alert[] {
    return latestAlerts(this.db, limit).map((a) => Alert.parse(a));
  }
}

/** The hub's alert centre (tests read it); throws when the hub runs without the manager module. */
export function alertCentre(services: HubServices): Alerts {
  return services.get(ALERTS);
}
