/**
 * The tickets the hub has issued, as the kiosk reads them back from the stored visits and their
 * events: tickets per first service since a business day (the start screen's tiles) and who issued
 * a visit (a kiosk fetches print data only for its own tickets). SQL and row mapping only.
 */
import type { Db } from '../../core/store/database.js';

/** Tickets per first service of visits of `sinceDay` (YYYY-MM-DD) and later; visits without one are counted under null. */
export function ticketsPerFirstService(db: Db, sinceDay: string): { serviceId: string | null; n: number }[] {
  return db
    .prepare(
      `SELECT json_extract(doc, '$.serviceIds[0]') AS serviceId, COUNT(*) AS n
         FROM visits WHERE business_day >= ? GROUP BY serviceId`,
    )
    .all(sinceDay) as { serviceId: string | null; n: number }[];
}

/** The actor of a visit's `visit.issued` event as stored, or undefined when there is none. */
export function issuingActor(db: Db, visitId: string): { kind?: string; deviceId?: string } | undefined {
  const row = db
    .prepare("SELECT actor FROM visit_events WHERE visit_id = ? AND type = 'visit.issued' LIMIT 1")
    .get(visitId) as { actor: string } | undefined;
  return row ? (JSON.parse(row.actor) as { kind?: string; deviceId?: string }) : undefined;
}
