// The one definition of how a Change is written: its SQL and the order its rows are run in. Plain
// JavaScript (typed by change-sql.d.ts) because the commit worker imports it too, and a worker
// thread loads JavaScript the same way under node, tsx and vitest; repository.ts runs the same
// statements on the main connection, so the two cannot drift apart.

/** The statements that persist a Change, by name. */
export const CHANGE_SQL = {
  upsertVisit: `
      INSERT INTO visits (id, business_day, queue_id, prefix, number, status, public_token, idempotency_key, issued_at, updated_at, doc, representative_name, notes)
      VALUES (@id, @businessDay, @queueId, @prefix, @number, @status, @publicToken, @idempotencyKey, @issuedAt, @updatedAt, @doc, @representativeName, @notes)
      ON CONFLICT (id) DO UPDATE SET queue_id = excluded.queue_id, status = excluded.status, updated_at = excluded.updated_at,
        doc = excluded.doc, representative_name = excluded.representative_name, notes = excluded.notes`,
  insertEvent:
    'INSERT INTO visit_events (id, visit_id, type, at, actor, data, notes) VALUES (?, ?, ?, ?, ?, ?, ?)',
  insertOutbox: 'INSERT INTO outbox (seq, visit_id, created_at) VALUES (?, ?, ?)',
  upsertCounter: `
      INSERT INTO counter_state (counter_id, status, staff_id, current_visit_id, break_reason, since)
      VALUES (@counterId, @status, @staffId, @currentVisitId, @breakReason, @since)
      ON CONFLICT (counter_id) DO UPDATE SET status = excluded.status, staff_id = excluded.staff_id,
        current_visit_id = excluded.current_visit_id, break_reason = excluded.break_reason, since = excluded.since`,
  upsertSequence: `
      INSERT INTO ticket_sequences (queue_id, business_day, last_number) VALUES (?, ?, ?)
      ON CONFLICT (queue_id, business_day) DO UPDATE SET last_number = excluded.last_number`,
  upsertCallState: `
      INSERT INTO queue_call_state (queue_id, priority_run, normal_run) VALUES (?, ?, ?)
      ON CONFLICT (queue_id) DO UPDATE SET priority_run = excluded.priority_run, normal_run = excluded.normal_run`,
};

/** Prepares every CHANGE_SQL statement on one connection. */
export function prepareChangeStatements(db) {
  return Object.fromEntries(Object.entries(CHANGE_SQL).map(([name, sql]) => [name, db.prepare(sql)]));
}

/** Writes one ChangeRows with statements from prepareChangeStatements; the caller holds the transaction. */
export function runChangeRows(statements, rows) {
  for (const v of rows.visits) statements.upsertVisit.run(v);
  for (const e of rows.events) {
    // Each event gets an outbox row under the event's own sequence number.
    const { lastInsertRowid } = statements.insertEvent.run(...e.params);
    statements.insertOutbox.run(lastInsertRowid, e.visitId, e.now);
  }
  for (const c of rows.counters) statements.upsertCounter.run(c);
  for (const q of rows.sequences) statements.upsertSequence.run(...q);
  for (const c of rows.callStates) statements.upsertCallState.run(...c);
}
