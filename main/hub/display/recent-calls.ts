/**
 * The day's latest calls for the display board, read from the visit events the hub already stores
 * (`visit.called`, `visit.recalled`): one entry per ticket (its latest call), newest first. Only the
 * ticket, counter, queue and time leave this function: the board's screen faces the public.
 */
import { RecentCall } from '../../../shared/contract/views.js';
import type { Db } from '../store/database.js';

/** A business day is at most 25 hours (a DST change); this bounds the index range scanned. */
const DAY_BOUND_MS = 26 * 3_600_000;
/**
 * Calls read per ticket wanted: recalls add rows for the same ticket. The newest rows are read
 * through the `at` index and stop early (~1 ms); grouping the whole day's calls was ~12 ms on a
 * 1,500-ticket day. A board left with fewer than the limit after many recalls is harmless.
 * CROSS JOIN keeps events the outer loop: without statistics SQLite otherwise starts from the
 * day's visits and sorts all their events.
 */
const ROWS_PER_CALL = 5;

interface Row {
  visitId: string;
  ticket: string | null;
  counterLabel: string | null;
  queueId: string;
  type: string;
  at: number;
}

/** Exported for the query-plan test: the newest calls come through the `at` index, not a sort. */
export const RECENT_CALLS_SQL = `SELECT e.visit_id AS visitId, json_extract(e.data, '$.ticket') AS ticket,
              json_extract(e.data, '$.counterLabel') AS counterLabel, v.queue_id AS queueId,
              e.type AS type, e.at AS at
         FROM visit_events e CROSS JOIN visits v ON v.id = e.visit_id
        WHERE e.at >= ? AND e.type IN ('visit.called', 'visit.recalled') AND v.business_day = ?
        ORDER BY e.at DESC, e.seq DESC
        LIMIT ?`;

export function recentCalls(db: Db, businessDay: string, now: number, limit: number): RecentCall[] {
  const rows = db
    .prepare(RECENT_CALLS_SQL)
    .all(now - DAY_BOUND_MS, businessDay, limit * ROWS_PER_CALL) as Row[];
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
    });
    if (call.success) calls.push(call.data);
    if (calls.length === limit) break;
  }
  return calls;
}
