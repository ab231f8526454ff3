/**
 * The backup hub module: while the hub runs, checks every half minute whether a backup is due
 * (hub-backups.ts), and adds backup figures to /metrics. Off when DAWR_BACKUP_DIR is unset.
 */
import type { BackupNowResult, BackupRecord, BackupStatus } from '../../../shared/contract/backup.js';
import { DomainError } from '../../../shared/domain/errors.js';
import type { Hub } from '../hub.js';
import type { HubModule } from '../modules.js';
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

const running = new WeakMap<Hub, HubBackups>();
const configs = new WeakMap<Hub, BackupConfig>();

/** The running backups of a hub (undefined when backups are off or the module is not loaded). */
export function hubBackups(hub: Hub): HubBackups | undefined {
  return running.get(hub);
}

export function backupStatus(hub: Hub): BackupStatus {
  const r = running.get(hub);
  return r ? r.status() : disabledStatus(hub, configs.get(hub) ?? backupConfigFromEnv({}));
}

/**
 * `manager.backupNow`: starts a manual backup and answers at once (a copy of a large hub takes
 * seconds; the dashboard follows it through `manager.backups`). One already running is joined, not
 * doubled. Refused with `backups_off` (409) when the hub takes no backups: there is nowhere to write.
 */
export function backupNow(hub: Hub): BackupNowResult {
  const backups = running.get(hub);
  if (!backups)
    throw new DomainError('backups_off', 'this hub takes no backups: set DAWR_BACKUP_DIR and restart it');
  const joined = backups.runningSince();
  // A failed attempt is recorded (and shown) by the backup itself; nothing more to do with it here.
  void backups.take('manual').catch(() => undefined);
  return { startedAt: joined ?? backups.runningSince()!, started: joined === undefined };
}

export function backupMetrics(status: BackupStatus): string[] {
  const good = status.lastGood;
  return [
    '# HELP dawr_backup_enabled 1 when the hub takes scheduled backups (DAWR_BACKUP_DIR set).',
    '# TYPE dawr_backup_enabled gauge',
    `dawr_backup_enabled ${status.enabled ? 1 : 0}`,
    '# HELP dawr_backup_last_success_timestamp_seconds When the last good backup started (0 if never).',
    '# TYPE dawr_backup_last_success_timestamp_seconds gauge',
    `dawr_backup_last_success_timestamp_seconds ${good ? good.startedAt / 1000 : 0}`,
    '# HELP dawr_backup_last_size_bytes Size of the last good backup file.',
    '# TYPE dawr_backup_last_size_bytes gauge',
    `dawr_backup_last_size_bytes ${good?.sizeBytes ?? 0}`,
    '# HELP dawr_backup_last_duration_seconds How long the last good backup took (copy, check, encryption).',
    '# TYPE dawr_backup_last_duration_seconds gauge',
    `dawr_backup_last_duration_seconds ${good ? good.durationMs / 1000 : 0}`,
    '# HELP dawr_backup_last_attempt_ok 1 when the latest attempt succeeded.',
    '# TYPE dawr_backup_last_attempt_ok gauge',
    `dawr_backup_last_attempt_ok ${status.lastAttempt?.ok ? 1 : 0}`,
  ];
}

export function backupModule(opts: BackupModuleOptions = {}): HubModule {
  return {
    name: 'backup',
    metrics(ctx) {
      return backupMetrics(backupStatus(ctx.hub));
    },
    start(ctx) {
      const config = opts.config ?? backupConfigFromEnv(process.env);
      configs.set(ctx.hub, config);
      const dir = config.dir;
      if (dir === undefined) return;
      const backups = new HubBackups(ctx.hub, { ...config, dir }, opts.onRecord);
      running.set(ctx.hub, backups);
      const tick = () =>
        void backups.tick().catch((err: unknown) => console.error('backup tick failed', err));
      tick();
      const timer = setInterval(tick, opts.checkEveryMs ?? CHECK_EVERY_MS);
      timer.unref();
      return async () => {
        clearInterval(timer);
        await backups.idle();
        running.delete(ctx.hub);
      };
    },
  };
}
