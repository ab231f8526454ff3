/** Backup settings from the environment, validated (a bad value stops the hub with a clear message). */
import { z } from 'zod';
import { hubSettingsFromEnv } from '../../core/config.js';

const HhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM');

const env = z.object({
  /** Where backups go: a USB disk or network share in practice. Unset: no backups (the dashboard says so). */
  DAWR_BACKUP_DIR: z.string().min(1).optional(),
  /** While the centre is open (the catalogue's opening hours), one backup this often. */
  DAWR_BACKUP_EVERY_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** The nightly backup, in the centre's time zone; taken at the first check after this time each day. */
  DAWR_BACKUP_NIGHTLY_AT: HhMm.default('02:00'),
  /** How many frequent backups are kept (the oldest are deleted first). */
  DAWR_BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(96),
  /** How many nightly backups are kept. */
  DAWR_BACKUP_KEEP_NIGHTLY: z.coerce.number().int().min(1).max(10_000).default(30),
  /** 1: AES-256-GCM with the key in `<data folder>/backup.key` (keep a copy of that key elsewhere). */
  DAWR_BACKUP_ENCRYPT: z.enum(['0', '1'], { message: 'DAWR_BACKUP_ENCRYPT is 0 or 1' }).default('0'),
});

export interface BackupConfig {
  /** Undefined: backups are off. */
  dir: string | undefined;
  everyMinutes: number;
  nightlyAt: string;
  keepFrequent: number;
  keepNightly: number;
  encrypt: boolean;
}

export function backupConfigFromEnv(source: NodeJS.ProcessEnv): BackupConfig {
  const e = hubSettingsFromEnv(env, source, 'backup');
  return {
    dir: e.DAWR_BACKUP_DIR,
    everyMinutes: e.DAWR_BACKUP_EVERY_MINUTES,
    nightlyAt: e.DAWR_BACKUP_NIGHTLY_AT,
    keepFrequent: e.DAWR_BACKUP_KEEP,
    keepNightly: e.DAWR_BACKUP_KEEP_NIGHTLY,
    encrypt: e.DAWR_BACKUP_ENCRYPT === '1',
  };
}
