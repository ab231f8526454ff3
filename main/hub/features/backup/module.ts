/**
 * The backup hub module: while the hub runs, checks every half minute whether a backup is due
 * (hub-backups.ts), and adds backup figures to /metrics. Off when DAWR_BACKUP_DIR is unset.
 */
import type { BackupNowResult, BackupRecord, BackupStatus } from '../../../../shared/contract/backup.js';
import { DomainError } from '../../../../shared/domain/errors.js';
import type { Hub } from '../../core/hub.js';
import type { HubModule } from '../../core/module-context.js';
import { backupMigrations } from './migrations/index.js';
import { gauge } from '../../core/metric-family.js';
import { ALERTS, BACKUPS, type Backups } from '../../core/services/ids.js';
import { serviceId, type HubServices } from '../../core/services/registry.js';
import { backupConfigFromEnv, type BackupConfig } from './config.js';
import { disabledStatus, HubBackups } from './hub-backups.js';

const CHECK_EVERY_MS = 30_000;

export interface BackupModuleOptions {
  /** Defaults to the environment (DAWR_BACKUP_*), read when the hub starts. */
  config?: BackupConfig;
  checkEveryMs?: number;
  /** Hears each attempt (tests, logs). */
  onRecord?: (r: BackupRecord) => void;
}

/**
 * One hub's backups: its configuration (read at start) and, while backups are on, the scheduler.
 * Provided as BACKUPS for the manager's dashboard; kept in the hub's registry, not in this module
 * object, which every hub of a process shares.
 */
class BackupService implements Backups {
  config: BackupConfig | undefined;
  running: HubBackups | undefined;

  constructor(private readonly hub: Hub) {}

  status(): BackupStatus {
    return this.running
      ? this.running.status()
      : disabledStatus(this.hub, this.config ?? backupConfigFromEnv({}));
  }

  /**
   * `manager.backupNow`: starts a manual backup and answers at once (a copy of a large hub takes
   * seconds; the dashboard follows it through `manager.backups`). One already running is joined, not
   * doubled. Refused with `backups_off` (409) when the hub takes no backups: there is nowhere to write.
   */
  backupNow(): BackupNowResult {
    const backups = this.running;
    if (!backups)
      throw new DomainError('backups_off', 'this hub takes no backups: set DAWR_BACKUP_DIR and restart it');
    const joined = backups.runningSince();
    // A failed attempt is recorded (and shown) by the backup itself; nothing more to do with it here.
    void backups.take('manual').catch(() => undefined);
    return { startedAt: joined ?? backups.runningSince()!, started: joined === undefined };
  }
}
const SERVICE = serviceId<BackupService>('backup.service');

/** The running backups of a hub (undefined when backups are off or the module is not loaded). */
export function hubBackups(services: HubServices): HubBackups | undefined {
  return services.find(SERVICE)?.running;
}

/** `manager.backupNow` of the hub whose services these are (tests call it directly). */
export function backupNow(services: HubServices): BackupNowResult {
  return services.get(BACKUPS).backupNow();
}

export function backupMetrics(status: BackupStatus): string[] {
  const good = status.lastGood;
  return [
    ...gauge(
      'dawr_backup_enabled',
      '1 when the hub takes scheduled backups (DAWR_BACKUP_DIR set).',
      status.enabled ? 1 : 0,
    ),
    ...gauge(
      'dawr_backup_last_success_timestamp_seconds',
      'When the last good backup started (0 if never).',
      good ? good.startedAt / 1000 : 0,
    ),
    ...gauge('dawr_backup_last_size_bytes', 'Size of the last good backup file.', good?.sizeBytes ?? 0),
    ...gauge(
      'dawr_backup_last_duration_seconds',
      'How long the last good backup took (copy, check, encryption).',
      good ? good.durationMs / 1000 : 0,
    ),
    ...gauge(
      'dawr_backup_last_attempt_ok',
      '1 when the latest attempt succeeded.',
      status.lastAttempt?.ok ? 1 : 0,
    ),
  ];
}

export function backupModule(opts: BackupModuleOptions = {}): HubModule {
  return {
    name: 'backup',
    migrations: backupMigrations,
    provide(ctx) {
      const service = ctx.services.provide(SERVICE, new BackupService(ctx.hub));
      ctx.services.provide(BACKUPS, service);
    },
    metrics(ctx) {
      return backupMetrics(ctx.services.get(BACKUPS).status());
    },
    start(ctx) {
      const service = ctx.services.get(SERVICE);
      const config = opts.config ?? backupConfigFromEnv(process.env);
      service.config = config;
      const dir = config.dir;
      if (dir === undefined) return;
      const backups = new HubBackups(ctx.hub, { ...config, dir }, ctx.services.find(ALERTS), opts.onRecord);
      service.running = backups;
      const tick = () =>
        void backups.tick().catch((err: unknown) => console.error('backup tick failed', err));
      tick();
      const timer = setInterval(tick, opts.checkEveryMs ?? CHECK_EVERY_MS);
      timer.unref();
      return async () => {
        clearInterval(timer);
        await backups.idle();
        service.running = undefined;
      };
    },
  };
}
