/**
 * Health of the hub's sync to the central customer profile, as the manager dashboard and
 * GET /api/v1/sync/health show it. Times are epoch milliseconds.
 */
import * as z from 'zod';

export const SyncDeadLetter = z.object({
  seq: z.number().int(),
  eventId: z.string(),
  visitId: z.string(),
  type: z.string(),
  code: z.string(),
  message: z.string(),
  at: z.number(),
});
export type SyncDeadLetter = z.infer<typeof SyncDeadLetter>;

export const SyncHealth = z.object({
  /** false when the hub has no central configured (DAWR_CENTRAL_URL unset): events stay in the outbox. */
  enabled: z.boolean(),
  /** Events written but not yet acknowledged by central. */
  backlog: z.number().int().min(0),
  /** When the oldest unacknowledged event was written, or null when the backlog is empty. */
  oldestUnsentAt: z.number().nullable(),
  lastSuccessAt: z.number().nullable(),
  lastAttemptAt: z.number().nullable(),
  /** Why the last attempt failed; null once a batch goes through. */
  lastError: z.string().nullable(),
  /** Consecutive failed attempts (drives the backoff). */
  failures: z.number().int().min(0),
  totals: z.object({
    accepted: z.number().int(),
    duplicate: z.number().int(),
    rejected: z.number().int(),
    skipped: z.number().int(),
  }),
  deadLetterCount: z.number().int().min(0),
  /** The most recent dead letters, newest first. */
  deadLetters: z.array(SyncDeadLetter),
});
export type SyncHealth = z.infer<typeof SyncHealth>;
