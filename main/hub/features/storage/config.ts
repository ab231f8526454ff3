/** When the hub warns about disk space, and how often it looks, from the environment, validated. */
import { z } from 'zod';
import { hubSettingsFromEnv } from '../../core/config.js';

const env = z.object({
  /** Below this much free space in the data folder's filesystem the `disk_low` alert is raised. */
  DAWR_DISK_LOW_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(512 * 1024 * 1024),
  /** How often free space and the WAL are looked at. */
  DAWR_DISK_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
});

export interface StorageConfig {
  lowBytes: number;
  checkIntervalMs: number;
}

export function storageConfigFromEnv(source: NodeJS.ProcessEnv): StorageConfig {
  const e = hubSettingsFromEnv(env, source, 'disk monitoring');
  return { lowBytes: e.DAWR_DISK_LOW_BYTES, checkIntervalMs: e.DAWR_DISK_CHECK_SECONDS * 1000 };
}
