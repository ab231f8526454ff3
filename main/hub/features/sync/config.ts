/** Sync and data-minimisation settings from the environment, validated (a bad value stops the hub). */
import { z } from 'zod';
import { ConfigError, hubSettingsFromEnv } from '../../core/config.js';

const env = z.object({
  DAWR_CENTRAL_URL: z.url({ protocol: /^https?$/ }).optional(),
  DAWR_CENTRAL_TOKEN: z.string().min(16, 'the central token is at least 16 characters').optional(),
  DAWR_CENTRE_ID: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'letters, digits, ".", "_" and "-"')
    .optional(),
  DAWR_SYNC_BATCH: z.coerce.number().int().min(1).max(1000).default(500),
  DAWR_SYNC_IN_FLIGHT: z.coerce.number().int().min(1).max(16).default(4),
  DAWR_SYNC_BACKOFF_BASE_MS: z.coerce.number().int().min(1).max(60_000).default(500),
  DAWR_SYNC_BACKOFF_CAP_MS: z.coerce.number().int().min(1).max(600_000).default(30_000),
  DAWR_SYNC_IDLE_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  DAWR_SYNC_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  DAWR_HISTORY_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1500),
  DAWR_HISTORY_CACHE_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  DAWR_IDENTITY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  DAWR_SYNC_LAG_ALERT_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .max(7 * 24 * 3_600_000)
    .default(300_000),
});

export interface CentralLink {
  url: string;
  token: string;
  /** The CloudEvents source is urn:dawr:hub:<centreId>; defaults to the catalogue's centre id. */
  centreId: string | undefined;
}

export interface SyncConfig {
  /** undefined when DAWR_CENTRAL_URL is unset: the sync is off and events wait in the outbox. */
  central: CentralLink | undefined;
  batchSize: number;
  /** Batches sent at once while a backlog drains; a visit is never in two of them. */
  inFlight: number;
  backoff: { baseMs: number; capMs: number };
  idleMs: number;
  requestTimeoutMs: number;
  historyTimeoutMs: number;
  historyCacheMs: number;
  retentionDays: number;
  /** The dashboard is alerted when the oldest unsent event is older than this. */
  lagAlertMs: number;
}

export function syncConfigFromEnv(source: NodeJS.ProcessEnv): SyncConfig {
  const e = hubSettingsFromEnv(env, source, 'sync');
  if (e.DAWR_CENTRAL_URL && !e.DAWR_CENTRAL_TOKEN)
    throw new ConfigError('invalid sync configuration: DAWR_CENTRAL_TOKEN is required with DAWR_CENTRAL_URL');
  return {
    central: e.DAWR_CENTRAL_URL
      ? { url: e.DAWR_CENTRAL_URL, token: e.DAWR_CENTRAL_TOKEN!, centreId: e.DAWR_CENTRE_ID }
      : undefined,
    batchSize: e.DAWR_SYNC_BATCH,
    inFlight: e.DAWR_SYNC_IN_FLIGHT,
    backoff: {
      baseMs: e.DAWR_SYNC_BACKOFF_BASE_MS,
      capMs: Math.max(e.DAWR_SYNC_BACKOFF_CAP_MS, e.DAWR_SYNC_BACKOFF_BASE_MS),
    },
    idleMs: e.DAWR_SYNC_IDLE_MS,
    requestTimeoutMs: e.DAWR_SYNC_TIMEOUT_MS,
    historyTimeoutMs: e.DAWR_HISTORY_TIMEOUT_MS,
    historyCacheMs: e.DAWR_HISTORY_CACHE_MS,
    retentionDays: e.DAWR_IDENTITY_RETENTION_DAYS,
    lagAlertMs: e.DAWR_SYNC_LAG_ALERT_MS,
  };
}
