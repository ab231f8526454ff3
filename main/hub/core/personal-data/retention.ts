/**
 * Purging personal data and the hub's database logs once their retention period is over (periods
 * in config.ts). One transaction; deleted and overwritten rows are zeroed on disk (secure_delete,
 * store/database.ts). Help requests live in memory and are forgotten by the assisted module;
 * visits' identity hashes by the sync module (DAWR_IDENTITY_RETENTION_DAYS).
 *
 * Each table has one owner (tests/architecture/table-owners.test.ts), and the core imports no
 * feature, so the purge does not delete rows itself: every feature that keeps personal data or a
 * log table adds its own step (its SQL in its own store) to the hub's RetentionSteps
 * (retention-steps.ts) in `HubModule.provide`, and the purge runs the steps of the features this
 * hub has: assisted (request data, acknowledged request outbox), remote (join codes, notifications,
 * push subscriptions), SMS (its records), manager (audit, cleared alerts), sync (dead letters).
 *
 * "Logs" here are the hub database's log tables: the configuration audit, alerts once cleared,
 * sync dead letters, and the service-request outbox rows central has acknowledged. The FAQ audit
 * holds no personal data and its first row marks the FAQ as seeded, so it is kept.
 */
import type { Db } from '../store/database.js';
import type { RetentionPeriods } from './config.js';
import type { PurgeCounts, PurgeCutoffs, RetentionSteps } from './retention-steps.js';

const DAY_MS = 86_400_000;

export function purgePersonalData(
  db: Db,
  steps: RetentionSteps,
  opts: {
    now: number;
    periods: RetentionPeriods;
    /** With central configured, a request keeps its data until its status changes have been sent. */
    waitForSync: boolean;
  },
): PurgeCounts {
  const before = (days: number) => opts.now - days * DAY_MS;
  const cutoffs: PurgeCutoffs = {
    now: opts.now,
    requestData: before(opts.periods.requestDataDays),
    remoteCodes: before(opts.periods.remoteCodeDays),
    notifications: before(opts.periods.notificationDays),
    logs: before(opts.periods.logDays),
    waitForSync: opts.waitForSync,
  };
  return db.transaction((): PurgeCounts => steps.run(db, cutoffs))();
}
