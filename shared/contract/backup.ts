/**
 * The hub's backups as the manager dashboard shows them (`manager.backups`). Times are epoch
 * milliseconds.
 */
import * as z from 'zod';

export const BackupKind = z.enum(['frequent', 'nightly', 'manual']);
export type BackupKind = z.infer<typeof BackupKind>;

export const BackupChecks = z.object({
  integrity: z.string().optional(),
  schemaVersion: z.number().int().optional(),
  rowCounts: z.record(z.string(), z.number()).optional(),
});

export const BackupRecord = z.object({
  id: z.number().int(),
  kind: BackupKind,
  startedAt: z.number(),
  finishedAt: z.number(),
  durationMs: z.number(),
  /** The backup file, or null when the attempt failed before one existed. */
  file: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  encrypted: z.boolean(),
  ok: z.boolean(),
  error: z.string().nullable(),
  checks: BackupChecks.nullable(),
  /** When retention deleted the file (the record stays). */
  removedAt: z.number().nullable(),
});
export type BackupRecord = z.infer<typeof BackupRecord>;

export const BackupStatus = z.object({
  /** false when DAWR_BACKUP_DIR is unset: the hub takes no backups. */
  enabled: z.boolean(),
  dir: z.string().nullable(),
  everyMinutes: z.number().int(),
  encrypted: z.boolean(),
  lastGood: BackupRecord.nullable(),
  lastAttempt: BackupRecord.nullable(),
  /** No good backup for twice the interval during opening hours (the `backup_stopped` alert). */
  stopped: z.boolean(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

/**
 * `manager.backupNow`: a manual backup was started (or one already running is the answer, not a
 * second). It runs in the background; `manager.backups` shows it once `lastAttempt.startedAt` reaches
 * `startedAt`.
 */
export const BackupNowResult = z.object({
  startedAt: z.number(),
  /** false when a backup was already running and this request joined it. */
  started: z.boolean(),
});
export type BackupNowResult = z.infer<typeof BackupNowResult>;

/** `manager.backupNow` takes an empty body: anything in it is refused, as for every other action. */
export const BackupNowInput = z.strictObject({});
