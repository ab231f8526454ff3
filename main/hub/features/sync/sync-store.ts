/**
 * The sync's SQL: reading the outbox in order, and recording central's answer in the same
 * transaction that removes the acknowledged rows (so an acknowledged event is never read again).
 */
import type { Actor, Visit, VisitEventType } from '../../../../shared/contract/visit.js';
import type { SyncDeadLetter, SyncHealth } from '../../../../shared/contract/sync.js';
import type { Db } from '../../core/store/database.js';
import { outboxRemover } from '../../core/store/repository.js';
import { acknowledgedPrefix } from './in-flight.js';
import type { OutboxEntry } from './map-event.js';

interface OutboxRow {
  seq: number;
  id: string;
  type: string;
  at: number;
  actor: string;
  data: string;
  doc: string;
}

/** The oldest `limit` unacknowledged events after `afterSeq`, in the order they were written. */
export function pendingEntries(db: Db, limit: number, afterSeq = 0): OutboxEntry[] {
  const rows = db
    .prepare(
      `SELECT o.seq, e.id, e.type, e.at, e.actor, e.data, v.doc
       FROM outbox o JOIN visit_events e ON e.seq = o.seq JOIN visits v ON v.id = o.visit_id
       WHERE o.seq > ? ORDER BY o.seq LIMIT ?`,
    )
    .all(afterSeq, limit) as OutboxRow[];
  // These rows were validated by the engine before they were written, so they are read back without
  // re-validation (the drain is bound by this read). A visit's events usually travel together:
  // each visit document is parsed once per batch.
  const visits = new Map<string, Visit>();
  const visitOf = (doc: string): Visit => {
    let v = visits.get(doc);
    if (!v) {
      v = JSON.parse(doc) as Visit;
      visits.set(doc, v);
    }
    return v;
  };
  return rows.map((r) => ({
    seq: r.seq,
    eventId: r.id,
    type: r.type as VisitEventType,
    at: r.at,
    actor: JSON.parse(r.actor) as Actor,
    data: JSON.parse(r.data) as Record<string, unknown>,
    visit: visitOf(r.doc),
  }));
}

export type EntryOutcome =
  | { seq: number; status: 'accepted' | 'duplicate' | 'skipped' }
  | {
      seq: number;
      status: 'rejected';
      eventId: string;
      visitId: string;
      type: string;
      code: string;
      message: string;
      payload: string;
    };

/** One transaction: dead letters written, acknowledged rows gone, counters and last success updated. */
export function recordOutcomes(db: Db, outcomes: readonly EntryOutcome[], now: number): void {
  const remove = outboxRemover(db);
  const dead = db.prepare(
    `INSERT INTO sync_dead_letters (seq, event_id, visit_id, type, code, message, payload, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING`,
  );
  const count = { accepted: 0, duplicate: 0, rejected: 0, skipped: 0 };
  // Recording an acknowledgement needs no fsync of its own: if a power cut loses it, the rows are
  // sent again and central drops them as duplicates. The next ticket's FULL commit syncs it anyway.
  db.pragma('synchronous = NORMAL');
  try {
    recordInTransaction();
  } finally {
    db.pragma('synchronous = FULL');
  }
  function recordInTransaction() {
    db.transaction(() => {
      for (const o of outcomes) {
        if (o.status === 'rejected')
          dead.run(o.seq, o.eventId, o.visitId, o.type, o.code, o.message, o.payload, now);
        remove(o.seq);
        count[o.status]++;
      }
      // Batches in flight together are acknowledged in any order, so the acknowledged prefix is
      // derived from what is still waiting rather than from this batch's seqs.
      const oldest = (db.prepare('SELECT MIN(seq) AS seq FROM outbox').get() as { seq: number | null }).seq;
      const newest =
        oldest === null
          ? (db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM visit_events').get() as { seq: number }).seq
          : 0;
      db.prepare(
        `UPDATE sync_state SET last_success_at = ?, last_attempt_at = ?, last_error = NULL,
         last_acked_seq = MAX(last_acked_seq, ?), accepted_total = accepted_total + ?,
         duplicate_total = duplicate_total + ?, rejected_total = rejected_total + ?, skipped_total = skipped_total + ?
       WHERE id = 1`,
      ).run(
        now,
        now,
        acknowledgedPrefix(oldest, newest),
        count.accepted,
        count.duplicate,
        count.rejected,
        count.skipped,
      );
    })();
  }
}

/** Clears the citizen's identity from the dead letters of these visits (sync/retention.ts). */
export function clearDeadLetterIdentity(db: Db, visitIds: readonly string[]): void {
  const clear = db.prepare(
    `UPDATE sync_dead_letters SET payload = json_remove(payload, '$.data.customer') WHERE visit_id = ?`,
  );
  for (const id of visitIds) clear.run(id);
}

export function recordFailure(db: Db, error: string, now: number): void {
  db.prepare('UPDATE sync_state SET last_attempt_at = ?, last_error = ? WHERE id = 1').run(
    now,
    error.slice(0, 500),
  );
}

export function readHealth(
  db: Db,
  opts: { enabled: boolean; failures: number; deadLetterLimit?: number },
): SyncHealth {
  const backlog = db.prepare('SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox').get() as {
    n: number;
    oldest: number | null;
  };
  const s = db.prepare('SELECT * FROM sync_state WHERE id = 1').get() as {
    last_success_at: number | null;
    last_attempt_at: number | null;
    last_error: string | null;
    accepted_total: number;
    duplicate_total: number;
    rejected_total: number;
    skipped_total: number;
  };
  const deadCount = (db.prepare('SELECT COUNT(*) AS n FROM sync_dead_letters').get() as { n: number }).n;
  const dead = (
    db
      .prepare(
        `SELECT seq, event_id, visit_id, type, code, message, created_at FROM sync_dead_letters
         ORDER BY seq DESC LIMIT ?`,
      )
      .all(opts.deadLetterLimit ?? 20) as {
      seq: number;
      event_id: string;
      visit_id: string;
      type: string;
      code: string;
      message: string;
      created_at: number;
    }[]
  ).map((r): SyncDeadLetter => ({
    seq: r.seq,
    eventId: r.event_id,
    visitId: r.visit_id,
    type: r.type,
    code: r.code,
    message: r.message,
    at: r.created_at,
  }));
  return {
    enabled: opts.enabled,
    backlog: backlog.n,
    oldestUnsentAt: backlog.oldest,
    lastSuccessAt: s.last_success_at,
    lastAttemptAt: s.last_attempt_at,
    lastError: s.last_error,
    failures: opts.failures,
    totals: {
      accepted: s.accepted_total,
      duplicate: s.duplicate_total,
      rejected: s.rejected_total,
      skipped: s.skipped_total,
    },
    deadLetterCount: deadCount,
    deadLetters: dead,
  };
}

/** Dead letters written before `before` (retention: a log table; the sync module's step of the purge). */
export function purgeDeadLetters(db: Db, before: number): number {
  return db.prepare('DELETE FROM sync_dead_letters WHERE created_at < ?').run(before).changes;
}
