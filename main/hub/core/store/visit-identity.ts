/**
 * The citizen's identity as the visits store it (masked identity and hashes in `visits.doc`, copied
 * into `visit_events.data`; a representative's name sealed in `visits.representative_name`; what staff
 * wrote about the citizen sealed in `visits.notes` and `visit_events.notes`):
 * clearing it once retention has run out, and finding the same citizen's earlier visits by hash. The sync feature decides when to clear (sync/retention.ts) and what a
 * history item says (sync/customer-history.ts); the rows are the core store's.
 */
import { Visit, type CustomerRef } from '../../../../shared/contract/visit.js';
import type { Db } from './database.js';

/**
 * Clears the identity (with the on-behalf name and the staff's notes) of visits issued before `cutoff`
 * and of their events; with `onlySynced`, only of visits with no event left in the outbox. Returns the
 * ids of the visits cleared; the caller holds the transaction (and clears its own copies of those
 * visits' identity).
 */
export function clearVisitIdentityBefore(db: Db, cutoff: number, opts: { onlySynced: boolean }): string[] {
  const synced = opts.onlySynced
    ? 'AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.visit_id = visits.id)'
    : '';
  const ids = (
    db
      .prepare(
        `SELECT id FROM visits WHERE issued_at < ?
           AND (json_extract(doc, '$.customer') IS NOT NULL OR representative_name IS NOT NULL
                OR notes IS NOT NULL)
           ${synced}`,
      )
      .all(cutoff) as { id: string }[]
  ).map((r) => r.id);
  const clearVisit = db.prepare(
    `UPDATE visits SET doc = json_set(doc, '$.customer', json('null')), representative_name = NULL, notes = NULL WHERE id = ?`,
  );
  const clearEvents = db.prepare(
    `UPDATE visit_events SET data = json_remove(data, '$.customer'), notes = NULL
      WHERE visit_id = ? AND (json_extract(data, '$.customer') IS NOT NULL OR notes IS NOT NULL)`,
  );
  for (const id of ids) {
    clearVisit.run(id);
    clearEvents.run(id);
  }
  return ids;
}

/**
 * The newest `limit` visits (other than `visitId`) with the same identity or mobile hash, newest
 * first, for the history's summary: without a representative's name, which stays sealed.
 */
export function visitsOfCustomer(db: Db, visitId: string, customer: CustomerRef, limit: number): Visit[] {
  const rows = db
    .prepare(
      `SELECT doc FROM visits WHERE id != ? AND (
         (? IS NOT NULL AND json_extract(doc, '$.customer.idHash') = ?) OR
         (? IS NOT NULL AND json_extract(doc, '$.customer.mobileHash') = ?))
       ORDER BY issued_at DESC LIMIT ?`,
    )
    .all(
      visitId,
      customer.idHash ?? null,
      customer.idHash ?? null,
      customer.mobileHash ?? null,
      customer.mobileHash ?? null,
      limit,
    ) as { doc: string }[];
  return rows.map((r) => Visit.parse(JSON.parse(r.doc)));
}
