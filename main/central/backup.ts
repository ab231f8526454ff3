/**
 * Central on SQLite is backed up like a hub (main/sqlite/backup/take-backup.ts: an online, checked,
 * renamed-into-place copy, optionally encrypted): every DAWR_CENTRAL_BACKUP_EVERY_MINUTES into
 * DAWR_CENTRAL_BACKUP_DIR, keeping the newest DAWR_CENTRAL_BACKUP_KEEP. The key of encrypted backups
 * is `backup.key` beside the database file. On PostgreSQL the deployment's own tools apply
 * (pg_dump / pg_restore, see the README), so this does nothing there.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ConfigError } from './config.js';
import { loadOrCreateBackupKey } from '../sqlite/backup/encryption.js';
import { backupStamp, takeBackup, type BackupOutcome } from '../sqlite/backup/take-backup.js';
import { restoreDatabase, RestoreRefused } from '../sqlite/backup/restore-database.js';
import { settingsFromEnv } from '../common/env-settings.js';
import { describeIssues } from '../../shared/contract/validation-errors.js';

export const CENTRAL_BACKUP_TABLES = [
  'events',
  'interactions',
  'customers',
  'customer_identifiers',
  'requests',
  'consents',
] as const;
const FILE_PREFIX = 'central-';

const env = z.object({
  DAWR_CENTRAL_BACKUP_DIR: z.string().min(1).optional(),
  DAWR_CENTRAL_BACKUP_EVERY_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  DAWR_CENTRAL_BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(48),
  DAWR_CENTRAL_BACKUP_ENCRYPT: z
    .enum(['0', '1'], { message: 'DAWR_CENTRAL_BACKUP_ENCRYPT is 0 or 1' })
    .default('0'),
});

export interface CentralBackupConfig {
  dir: string;
  everyMinutes: number;
  keep: number;
  encrypt: boolean;
}

/** Undefined when DAWR_CENTRAL_BACKUP_DIR is unset; throws a message naming the variable when invalid. */
export function centralBackupConfigFromEnv(source: NodeJS.ProcessEnv): CentralBackupConfig | undefined {
  const e = settingsFromEnv(
    env,
    source,
    (error) => new ConfigError(describeIssues(error, { separator: '\n' })),
  );
  if (!e.DAWR_CENTRAL_BACKUP_DIR) return undefined;
  return {
    dir: e.DAWR_CENTRAL_BACKUP_DIR,
    everyMinutes: e.DAWR_CENTRAL_BACKUP_EVERY_MINUTES,
    keep: e.DAWR_CENTRAL_BACKUP_KEEP,
    encrypt: e.DAWR_CENTRAL_BACKUP_ENCRYPT === '1',
  };
}

/** One backup of central's SQLite file now, then retention of the folder's central-* files. */
export async function backupCentralSqlite(
  databaseFile: string,
  config: CentralBackupConfig,
  now = Date.now(),
): Promise<BackupOutcome> {
  const dataDir = dirname(databaseFile);
  const out = await takeBackup({
    source: databaseFile,
    dir: config.dir,
    name: `${FILE_PREFIX}${backupStamp(now)}-${randomBytes(3).toString('hex')}`,
    tables: CENTRAL_BACKUP_TABLES,
    encrypt: config.encrypt
      ? { key: loadOrCreateBackupKey(dataDir), stagingDir: join(dataDir, 'backup-staging') }
      : undefined,
  });
  // Names sort by time; only finished central backups (never .partial files or anything else) are rotated.
  const finished = readdirSync(config.dir)
    .filter((f) => f.startsWith(FILE_PREFIX) && /\.sqlite(\.enc)?$/.test(f))
    .sort();
  for (const f of finished.slice(0, Math.max(0, finished.length - config.keep)))
    rmSync(join(config.dir, f), { force: true });
  return out;
}

/** Backs up every interval while central runs; returns the stop function (waits for a running backup). */
export function startCentralBackups(
  databaseFile: string,
  config: CentralBackupConfig,
  log: Logger,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= backupCentralSqlite(databaseFile, config)
      .then((b) =>
        log.info(
          { file: b.file, sizeBytes: b.sizeBytes, rowCounts: b.check.rowCounts },
          'central backup taken',
        ),
      )
      .catch((err: unknown) => log.error({ err }, 'central backup failed; retried at the next interval'))
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, config.everyMinutes * 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/**
 * Restores a central SQLite backup over `databaseFile` (central stopped): refuses a damaged file or
 * one that is not a central database; the replaced file is kept aside. Encrypted backups open with
 * the backup.key beside the database file. Central's own start then refuses a schema newer than it.
 */
export async function restoreCentralSqlite(backupFile: string, databaseFile: string): Promise<string[]> {
  const { keptAside } = await restoreDatabase({
    backupFile,
    target: databaseFile,
    keyDir: dirname(databaseFile),
    tables: CENTRAL_BACKUP_TABLES,
    accept(check) {
      if (check.rowCounts?.events === undefined)
        throw new RestoreRefused(`${backupFile} is not a Dawr central database (it has no events table)`);
    },
  });
  return keptAside;
}
