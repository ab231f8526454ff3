/**
 * The day's latest calls for the display board, read from the visit events the hub already stores
 * (`visit.called`, `visit.recalled`): one entry per ticket (its latest call), newest first. Only the
 * ticket, counter, queue and time leave this function: the board's screen faces the public.
 */
import { RecentCall } from '../../../../shared/contract/views.js';
import type { Db } from '../../core/store/database.js';
import { latestCalls } from './call-store.js';

/** A business day is at most 25 hours (a DST change); this bounds the index range scanned. */
const DAY_BOUND_MS = 26 * 3_600_000;
/**
 * Calls read per ticket wanted: recalls add rows for the same ticket. The newest rows are read
 * through the `at` index and stop early (~1 ms); grouping the whole day's calls was ~12 ms on a
 * 1,500-ticket day. A board left with fewer than the limit after many recalls is harmless.
 */
const ROWS_PER_CALL = 5;

export function recentCalls(db: Db, businessDay: string, now: number, limit: number): RecentCall[] {
  const rows = latestCalls(db, now - DAY_BOUND_MS, businessDay, limit * ROWS_PER_CALL);
  const seen = new Set<string>();
  const calls: RecentCall[] = [];
  for (const r of rows) {
    // The newest row of a visit is its latest call; older ones (before a recall) are passed over.
    if (seen.has(r.visitId)) continue;
    seen.add(r.visitId);
    // Events written before the ticket and label were recorded in them are skipped, not guessed.
    const call = RecentCall.safeParse({
      ticket: r.ticket,
      counterLabel: r.counterLabel,
      queueId: r.queueId,
      recall: r.type === 'visit.recalled',
      at: r.at,
      ...(r.language === null ? {} : { language: r.language }),
    });
    if (call.success) calls.push(call.data);
    if (calls.length === limit) break;
  }
  return calls;
}
