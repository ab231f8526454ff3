/**
 * Data minimisation: a visit's masked identity and hashes, and the name of whoever took the ticket
 * on the citizen's behalf, are kept only for the configured number of days, and only cleared once every event of the visit has left the outbox (synced or
 * dead-lettered), so central still receives the hashes it needs for the timeline.
 */
import type { Db } from '../store/database.js';

export function clearExpiredIdentity(
  db: Db,
  opts: { now: number; retentionDays: number; waitForSync: boolean },
): number {
  const cutoff = opts.now - opts.retentionDays * 86_400_000;
  const synced = opts.waitForSync
    ? 'AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.visit_id = visits.id)'
    : '';
  return db.transaction(() => {
    const ids = (
      db
        .prepare(
          `SELECT id FROM visits WHERE issued_at < ?
             AND (json_extract(doc, '$.customer') IS NOT NULL OR json_extract(doc, '$.representative.name') IS NOT NULL)
             ${synced}`,
        )
        .all(cutoff) as { id: string }[]
    ).map((r) => r.id);
    const clearVisit = db.prepare(
      `UPDATE visits SET doc = json_remove(json_set(doc, '$.customer', json('null')), '$.representative.name')
        WHERE id = ?`,
    );
    const clearEvents = db.prepare(
      `UPDATE visit_events SET data = json_remove(data, '$.customer') WHERE visit_id = ? AND json_extract(data, '$.customer') IS NOT NULL`,
    );
    const clearDead = db.prepare(
      `UPDATE sync_dead_letters SET payload = json_remove(payload, '$.data.customer') WHERE visit_id = ?`,
    );
    for (const id of ids) {
      clearVisit.run(id);
      clearEvents.run(id);
      clearDead.run(id);
    }
    return ids.length;
  })();
}
