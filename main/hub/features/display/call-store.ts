/**
 * The calls the display board shows again, as the visit events store them (`visit.called`,
 * `visit.recalled` joined to their visit): SQL and row mapping only; which to show is recent-calls.ts.
 */
import type { Db } from '../../core/store/database.js';

/** A stored call; ticket, counter label and language are null in events written before they were recorded. */
export interface StoredCall {
  visitId: string;
  ticket: string | null;
  counterLabel: string | null;
  queueId: string;
  type: string;
  at: number;
  language: string | null;
}

/**
 * Exported for the query-plan test: the newest calls come through the `at` index, not a sort.
 * CROSS JOIN keeps events the outer loop: without statistics SQLite otherwise starts from the
 * day's visits and sorts all their events.
 */
export const RECENT_CALLS_SQL = `SELECT e.visit_id AS visitId, json_extract(e.data, '$.ticket') AS ticket,
              json_extract(e.data, '$.counterLabel') AS counterLabel, v.queue_id AS queueId,
              e.type AS type, e.at AS at, json_extract(v.doc, '$.language') AS language
         FROM visit_events e CROSS JOIN visits v ON v.id = e.visit_id
        WHERE e.at >= ? AND e.type IN ('visit.called', 'visit.recalled') AND v.business_day = ?
        ORDER BY e.at DESC, e.seq DESC
        LIMIT ?`;

/** The newest `limit` call events at or after `since` of visits of `businessDay`, newest first. */
export function latestCalls(db: Db, since: number, businessDay: string, limit: number): StoredCall[] {
  return db.prepare(RECENT_CALLS_SQL).all(since, businessDay, limit) as StoredCall[];
}
