/**
 * The deletes and overwrites of the retention purge, one per table, each returning how many rows
 * it changed. The tables belong to several features; core may not import features, so the purge's
 * SQL is gathered here, in core, and retention.ts decides the cut-off times and calls these in one
 * transaction.
 */
import type { Db } from '../store/database.js';

/**
 * Forgets what was typed into service requests submitted before `before` (the request itself stays
 * for reports). With `keepUnsent`, a request whose status changes are not yet at central keeps it.
 */
export function purgeServiceRequestData(db: Db, before: number, now: number, keepUnsent: boolean): number {
  const unsent = keepUnsent
    ? `AND NOT EXISTS (SELECT 1 FROM service_request_outbox o
                        WHERE o.request_number = service_requests.number AND o.sent_at IS NULL)`
    : '';
  return db
    .prepare(
      `UPDATE service_requests SET data = '{}', on_behalf = NULL, personal_purged_at = ?
          WHERE submitted_at < ? AND personal_purged_at IS NULL ${unsent}`,
    )
    .run(now, before).changes;
}

export function purgeRemoteCodes(db: Db, before: number): number {
  return db.prepare('DELETE FROM remote_codes WHERE created_at < ?').run(before).changes;
}

export function purgeRemoteNotifications(db: Db, before: number): number {
  return db.prepare('DELETE FROM remote_notifications WHERE sent_at < ?').run(before).changes;
}

export function purgePushSubscriptions(db: Db, before: number): number {
  return db.prepare('DELETE FROM remote_push_subscriptions WHERE created_at < ?').run(before).changes;
}

/** SMS records no longer waiting to be sent. */
export function purgeSmsMessages(db: Db, before: number): number {
  return db.prepare("DELETE FROM sms_messages WHERE status <> 'queued' AND created_at < ?").run(before)
    .changes;
}

/** The log tables: configuration audit, cleared alerts, sync dead letters, acknowledged request outbox rows. */
export function purgeLogs(db: Db, before: number): number {
  return (
    db.prepare('DELETE FROM config_audit WHERE at < ?').run(before).changes +
    db.prepare('DELETE FROM alerts WHERE cleared_at IS NOT NULL AND raised_at < ?').run(before).changes +
    db.prepare('DELETE FROM sync_dead_letters WHERE created_at < ?').run(before).changes +
    db.prepare('DELETE FROM service_request_outbox WHERE sent_at IS NOT NULL AND sent_at < ?').run(before)
      .changes
  );
}
