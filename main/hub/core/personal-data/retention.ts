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
import {
  purgeLogs,
  purgePushSubscriptions,
  purgeRemoteCodes,
  purgeRemoteNotifications,
  purgeServiceRequestData,
  purgeSmsMessages,
} from './retention-store.js';

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
  const logCutoff = before(opts.periods.logDays);
  return db.transaction((): PurgeCounts => ({
    // The request itself (number, service, status, who assisted) stays for reports and the status page.
    serviceRequests: purgeServiceRequestData(
      db,
      before(opts.periods.requestDataDays),
      opts.now,
      opts.waitForSync,
    ),
    remoteCodes: purgeRemoteCodes(db, before(opts.periods.remoteCodeDays)),
    notifications: purgeRemoteNotifications(db, before(opts.periods.notificationDays)),
    pushSubscriptions: purgePushSubscriptions(db, before(opts.periods.notificationDays)),
    smsMessages: purgeSmsMessages(db, before(opts.periods.notificationDays)),
    logs: purgeLogs(db, logCutoff),
  }))();
}
