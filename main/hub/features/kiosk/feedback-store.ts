/**
 * The happiness meter's tables: `feedback` (the votes, apart from the visit: nothing that leads
 * back to the customer) and `feedback_voted` (which visits have voted, so each votes once).
 * SQL only; what a vote records and when one is accepted live in feedback.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Face } from '../../../../shared/contract/kiosk.js';
import type { Db } from '../../core/store/database.js';

export interface FeedbackVoteRow {
  visitId: string;
  businessDay: string;
  serviceId: string;
  queueId: string;
  counterId: string | null;
  staffId: string | null;
  face: Face;
}

/** Marks the visit as voted and stores its vote in one transaction; false when it had already voted. */
export function insertVoteOnce(db: Db, vote: FeedbackVoteRow): boolean {
  return db.transaction(() => {
    const marked = db
      .prepare('INSERT INTO feedback_voted (visit_id) VALUES (?) ON CONFLICT DO NOTHING')
      .run(vote.visitId);
    if (marked.changes === 0) return false;
    db.prepare(
      'INSERT INTO feedback (id, business_day, service_id, queue_id, counter_id, staff_id, face) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(
      randomUUID(),
      vote.businessDay,
      vote.serviceId,
      vote.queueId,
      vote.counterId,
      vote.staffId,
      vote.face,
    );
    return true;
  })();
}
