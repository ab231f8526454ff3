/**
 * The hub's backups while it runs: takes the one due (schedule.ts), records it, applies retention,
 * and raises the `backup_stopped` alert when no good backup came for twice the interval during
 * opening hours (cleared by the next good one). One backup at a time.
 */
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { BackupRecord, BackupStatus } from '../../../../shared/contract/backup.js';
import { localTime } from '../../../../shared/domain/time.js';
import type { Hub } from '../../core/hub.js';
import type { Alerts } from '../../core/services/ids.js';
import type { BackupConfig } from './config.js';
import { loadOrCreateBackupKey } from '../../../sqlite/backup/encryption.js';
import { HUB_IDENTITY_SQL } from './backup-store.js';
import { lastAttempt, lastGood, pruneBackups, recordAttempt } from './records.js';
import { backupsStopped, dueBackup, type BackupKind } from './schedule.js';
import { BackupFailed, backupStamp, takeBackup } from '../../../sqlite/backup/take-backup.js';

/** Row counts recorded with each check: what a restore is expected to bring back. */
export const HUB_BACKUP_TABLES = [
  'visits',
  'visit_events',
  'outbox',
  'staff',
  'devices',
  'appointments',
  'service_requests',
  'feedback',
  'alerts',
] as const;

/** Re-exported for the restore tools and benchmarks that name it here. */
export { HUB_IDENTITY_SQL };

export const STOPPED_SUBJECT = 'hub';

export class HubBackups {
  private inFlight: Promise<BackupRecord> | undefined;
  /** When the running backup started (its record's startedAt), while one runs. */
  private inFlightSince: number | undefined;
  /** Before the first good backup, "stopped" counts from when backups were switched on. */
  readonly enabledSince: number;

  constructor(
    private readonly hub: Hub,
    readonly config: BackupConfig & { dir: string },
    /** The dashboard's alerts (absent when the hub runs without the manager module). */
    private readonly alerts: Alerts | undefined,
    private readonly onRecord?: (r: BackupRecord) => void,
  ) {
    this.enabledSince = hub.clock.now();
  }

  get dataDir(): string {
    return dirname(this.hub.db.name);
  }

  /** Takes the backup that is due, if any, then brings the alert in line. */
  async tick(): Promise<BackupRecord | undefined> {
    let taken: BackupRecord | undefined;
    if (!this.inFlight) {
      const now = this.hub.clock.now();
      const { centre } = this.hub.catalogue;
      const nightly = lastAttempt(this.hub.db, 'nightly');
      const kind = dueBackup(now, centre, this.config, {
        frequentAt: lastAttempt(this.hub.db, 'frequent')?.startedAt ?? null,
        nightlyDay: nightly ? localTime(nightly.startedAt, centre.timeZone).day : null,
      });
      if (kind) taken = await this.take(kind);
    }
    this.checkStopped();
    return taken;
  }

  /** One backup now (also `kind: 'manual'`); waits for one already running instead of starting a second. */
  take(kind: BackupKind): Promise<BackupRecord> {
    if (!this.inFlight) {
      const startedAt = this.hub.clock.now();
      this.inFlightSince = startedAt;
      this.inFlight = this.run(kind, startedAt).finally(() => {
        this.inFlight = undefined;
        this.inFlightSince = undefined;
      });
    }
    return this.inFlight;
  }

  /** The start of the backup running now, or undefined when none is. */
  runningSince(): number | undefined {
    return this.inFlightSince;
  }

  /** Resolves when no backup is running (the hub waits for it before closing the database). */
  async idle(): Promise<void> {
    await this.inFlight?.catch(() => undefined);
  }

  stopped(): boolean {
    return backupsStopped(
      this.hub.clock.now(),
      this.hub.catalogue.centre,
      this.config.everyMinutes,
      lastGood(this.hub.db)?.startedAt ?? null,
      this.enabledSince,
    );
  }

  checkStopped(): void {
    const alerts = this.alerts;
    if (!alerts) return;
    if (this.stopped()) {
      const good = lastGood(this.hub.db);
      alerts.raise('backup_stopped', STOPPED_SUBJECT, {
        lastGoodAt: good?.startedAt ?? null,
        lastError: lastAttempt(this.hub.db)?.error ?? null,
        everyMinutes: this.config.everyMinutes,
      });
    } else alerts.clear('backup_stopped', STOPPED_SUBJECT);
  }

  private async run(kind: BackupKind, startedAt: number): Promise<BackupRecord> {
    const { db, clock } = this.hub;
    const t0 = performance.now();
    const name = `hub-${this.hub.catalogue.centre.id}-${backupStamp(startedAt)}-${kind}-${randomBytes(3).toString('hex')}`;
    let record: BackupRecord;
    try {
      const out = await takeBackup({
        source: db.name,
        dir: this.config.dir,
        name,
        tables: HUB_BACKUP_TABLES,
        identitySql: HUB_IDENTITY_SQL,
        encrypt: this.config.encrypt
          ? { key: loadOrCreateBackupKey(this.dataDir), stagingDir: join(this.dataDir, 'backup-staging') }
          : undefined,
      });
      record = recordAttempt(db, {
        kind,
        startedAt,
        finishedAt: clock.now(),
        durationMs: performance.now() - t0,
        file: out.file,
        sizeBytes: out.sizeBytes,
        encrypted: out.encrypted,
        check: out.check,
        error: null,
      });
      const keep = kind === 'nightly' ? this.config.keepNightly : this.config.keepFrequent;
      if (kind !== 'manual') pruneBackups(db, kind, keep, clock.now());
    } catch (e) {
      record = recordAttempt(db, {
        kind,
        startedAt,
        finishedAt: clock.now(),
        durationMs: performance.now() - t0,
        file: null,
        sizeBytes: null,
        encrypted: this.config.encrypt,
        check: e instanceof BackupFailed ? e.check : undefined,
        error: e instanceof Error ? e.message : String(e),
      });
    }
    this.onRecord?.(record);
    return record;
  }

  status(): BackupStatus {
    return {
      enabled: true,
      dir: this.config.dir,
      everyMinutes: this.config.everyMinutes,
      encrypted: this.config.encrypt,
      lastGood: lastGood(this.hub.db),
      lastAttempt: lastAttempt(this.hub.db),
      stopped: this.stopped(),
    };
  }
}

/** What the dashboard shows when backups are off: still the last good one, if the hub ever took any. */
export function disabledStatus(hub: Hub, config: BackupConfig): BackupStatus {
  return {
    enabled: false,
    dir: null,
    everyMinutes: config.everyMinutes,
    encrypted: config.encrypt,
    lastGood: lastGood(hub.db),
    lastAttempt: lastAttempt(hub.db),
    stopped: false,
  };
}
