/**
 * Data minimisation: a visit's masked identity and hashes, and the name of whoever took the ticket
 * on the citizen's behalf, are kept only for the configured number of days, and only cleared once every event of the visit has left the outbox (synced or
 * dead-lettered), so central still receives the hashes it needs for the timeline.
 */
import type { Db } from '../../core/store/database.js';
import { clearVisitIdentityBefore } from '../../core/store/visit-identity.js';
import { clearDeadLetterIdentity } from './sync-store.js';

export function clearExpiredIdentity(
  db: Db,
  opts: { now: number; retentionDays: number; waitForSync: boolean },
): number {
  const cutoff = opts.now - opts.retentionDays * 86_400_000;
  // One transaction: the visits' rows (the core store's) and the sync's dead letters of them.
  return db.transaction(() => {
    const ids = clearVisitIdentityBefore(db, cutoff, { onlySynced: opts.waitForSync });
    clearDeadLetterIdentity(db, ids);
    return ids.length;
  })();
}
