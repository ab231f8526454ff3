/**
 * Purging personal data and the hub's database logs once their retention period is over (periods
 * in config.ts). One transaction; deleted and overwritten rows are zeroed on disk (secure_delete,
 * store/database.ts). Help requests live in memory and are forgotten by the assisted module;
 * visits' identity hashes by the sync module (DAWR_IDENTITY_RETENTION_DAYS).
 *
 * "Logs" here are the hub database's log tables: the configuration audit, alerts once cleared,
 * sync dead letters, and the service-request outbox rows central has acknowledged. The FAQ audit
 * holds no personal data and its first row marks the FAQ as seeded, so it is kept.
 */
import type { Db } from '../store/database.js';
import type { RetentionPeriods } from './config.js';

const DAY_MS = 86_400_000;

export interface PurgeCounts {
  serviceRequests: number;
  remoteCodes: number;
  notifications: number;
  /** SMS outbox records (hashed, masked numbers; never the text) no longer waiting to be sent. */
  smsMessages: number;
  pushSubscriptions: number;
  logs: number;
}

export function purgePersonalData(
  db: Db,
  opts: {
    now: number;
    periods: RetentionPeriods;
    /** With central configured, a request keeps its data until its status changes have been sent. */
    waitForSync: boolean;
  },
): PurgeCounts {
  const before = (days: number) => opts.now - days * DAY_MS;
  const unsent = opts.waitForSync
    ? `AND NOT EXISTS (SELECT 1 FROM service_request_outbox o
                        WHERE o.request_number = service_requests.number AND o.sent_at IS NULL)`
    : '';
  const logCutoff = before(opts.periods.logDays);
  return db.transaction((): PurgeCounts => ({
    // The request itself (number, service, status, who assisted) stays for reports and the status page.
    serviceRequests: db
      .prepare(
        `UPDATE service_requests SET data = '{}', on_behalf = NULL, personal_purged_at = ?
            WHERE submitted_at < ? AND personal_purged_at IS NULL ${unsent}`,
      )
      .run(opts.now, before(opts.periods.requestDataDays)).changes,
    remoteCodes: db
      .prepare('DELETE FROM remote_codes WHERE created_at < ?')
      .run(before(opts.periods.remoteCodeDays)).changes,
    notifications: db
      .prepare('DELETE FROM remote_notifications WHERE sent_at < ?')
      .run(before(opts.periods.notificationDays)).changes,
    pushSubscriptions: db
      .prepare('DELETE FROM remote_push_subscriptions WHERE created_at < ?')
      .run(before(opts.periods.notificationDays)).changes,
    smsMessages: db
      .prepare("DELETE FROM sms_messages WHERE status <> 'queued' AND created_at < ?")
      .run(before(opts.periods.notificationDays)).changes,
    logs:
      db.prepare('DELETE FROM config_audit WHERE at < ?').run(logCutoff).changes +
      db.prepare('DELETE FROM alerts WHERE cleared_at IS NOT NULL AND raised_at < ?').run(logCutoff).changes +
      db.prepare('DELETE FROM sync_dead_letters WHERE created_at < ?').run(logCutoff).changes +
      db
        .prepare('DELETE FROM service_request_outbox WHERE sent_at IS NOT NULL AND sent_at < ?')
        .run(logCutoff).changes,
  }))();
}
