/**
 * The store of the queue's core tables (visits, events, outbox, counters, sequences, catalogue,
 * staff). Functions take the database first; each feature's own tables have their own store.
 * `writeChange` persists a domain Change (visits, events, outbox, counters, sequences) and is
 * always called inside the caller's transaction.
 */
import { Catalogue, Staff } from '../../../../shared/contract/catalogue.js';
import { Visit, type VisitEvent } from '../../../../shared/contract/visit.js';
import type { CallState, Change, CounterState, SequenceState } from '../../../../shared/domain/state.js';
import {
  prepareChangeStatements,
  runChangeRows,
  type ChangeRows,
  type ChangeStatements,
} from './change-sql.js';
import type { Db } from './database.js';
import { sealedColumnContext } from '../personal-data/sealed-columns.js';
import type { PersonalDataSealer } from '../personal-data/sealer.js';
import {
  eventNotesApart,
  eventWithNotes,
  visitNotesApart,
  visitWithNotes,
} from '../personal-data/staff-notes.js';

export type { ChangeRows } from './change-sql.js';

/** Where a visit's representative name is sealed (listed in SEALED_COLUMNS, so rotation re-seals it). */
const representativeNameContext = (visitId: string) =>
  sealedColumnContext('visits', 'representative_name', visitId);
/** Where a visit's staff notes are sealed (personal-data/staff-notes.ts; listed in SEALED_COLUMNS). */
const visitNotesContext = (visitId: string) => sealedColumnContext('visits', 'notes', visitId);
/** Where an event's staff notes are sealed (the event's id: the row's own, not its visit's). */
const eventNotesContext = (eventId: string) => sealedColumnContext('visit_events', 'notes', eventId);

/**
 * A visit as its row stores it: the document without the representative's name and without the
 * staff's notes, each sealed in its own column (null when there is none). The name and the notes
 * are personal data; the relation, the outcome and the fact that a note exists are not.
 */
function visitRow(
  v: Visit,
  sealer: PersonalDataSealer,
): { doc: string; representativeName: string | null; notes: string | null } {
  const { doc: withoutNotes, notes } = visitNotesApart(v);
  const sealedNotes = notes === null ? null : sealer.seal(notes, visitNotesContext(v.id));
  const name = v.representative?.name;
  if (name === undefined)
    return { doc: JSON.stringify(withoutNotes), representativeName: null, notes: sealedNotes };
  const { name: _sealedApart, ...relation } = v.representative!;
  return {
    doc: JSON.stringify({ ...withoutNotes, representative: relation }),
    representativeName: sealer.seal(name, representativeNameContext(v.id)),
    notes: sealedNotes,
  };
}

/** An event's data as its row stores it: the staff's notes sealed apart (null when there are none). */
function eventRow(e: VisitEvent, sealer: PersonalDataSealer): { data: string; notes: string | null } {
  const { data, notes } = eventNotesApart(e.data);
  return {
    data: JSON.stringify(data),
    notes: notes === null ? null : sealer.seal(notes, eventNotesContext(e.id)),
  };
}

/**
 * Opens a visit's sealed representative name and staff notes back into it. The sealed text is added
 * after the document was parsed: it is not the clear text, and must not meet the schema's length limits.
 */
function withSealedParts<
  T extends {
    id: string;
    representative: Visit['representative'];
    note: string | null;
    deliveredServices: Visit['deliveredServices'];
  },
>(v: T, sealed: { representative_name: string | null; notes: string | null }, sealer: PersonalDataSealer): T {
  let opened = v;
  if (sealed.notes !== null)
    opened = visitWithNotes(opened, sealer.unseal(sealed.notes, visitNotesContext(v.id)));
  if (sealed.representative_name === null || !opened.representative) return opened;
  const name = sealer.unseal(sealed.representative_name, representativeNameContext(v.id));
  return { ...opened, representative: { ...opened.representative, name } };
}

export function changeRows(change: Change, now: number, sealer: PersonalDataSealer): ChangeRows {
  return {
    visits: change.visits.map((v) => ({
      id: v.id,
      businessDay: v.businessDay,
      queueId: v.queueId,
      prefix: v.prefix,
      number: v.number,
      status: v.status,
      publicToken: v.publicToken,
      idempotencyKey: v.idempotencyKey,
      issuedAt: v.issuedAt,
      updatedAt: now,
      ...visitRow(v, sealer),
    })),
    events: change.events.map((e) => {
      const { data, notes } = eventRow(e, sealer);
      return {
        params: [e.id, e.visitId, e.type, e.at, JSON.stringify(e.actor), data, notes],
        visitId: e.visitId,
        now,
      };
    }),
    counters: change.counters,
    sequences: change.sequences.map((q) => [q.queueId, q.day, q.last]),
    callStates: change.callStates.map((c) => [c.queueId, c.priorityRun, c.normalRun]),
  };
}

const statements = new WeakMap<Db, ChangeStatements>();

/**
 * Persists a Change on this connection, inside the caller's transaction. The hub's own commits go
 * through the commit worker, which runs the same statements in the same order (change-sql.js).
 */
export function writeChange(db: Db, change: Change, now: number, sealer: PersonalDataSealer): void {
  writeRows(db, changeRows(change, now, sealer));
}

export function writeRows(db: Db, rows: ChangeRows): void {
  let s = statements.get(db);
  if (!s) {
    s = prepareChangeStatements(db);
    statements.set(db, s);
  }
  runChangeRows(s, rows);
}

export function readCatalogue(db: Db): Catalogue | undefined {
  const row = db.prepare('SELECT doc FROM catalogue WHERE id = 1').get() as { doc: string } | undefined;
  return row ? Catalogue.parse(JSON.parse(row.doc)) : undefined;
}

export function writeCatalogue(db: Db, catalogue: Catalogue, now: number): void {
  db.prepare(
    'INSERT INTO catalogue (id, doc, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at',
  ).run(JSON.stringify(catalogue), now);
}

export interface StaffRow {
  staff: Staff;
  pinHash: string;
}

export function insertStaff(db: Db, staff: Staff, pinHash: string): void {
  db.prepare('INSERT INTO staff (id, username, doc, pin_hash) VALUES (?, ?, ?, ?)').run(
    staff.id,
    staff.username,
    JSON.stringify(staff),
    pinHash,
  );
}

export function staffByUsername(db: Db, username: string): StaffRow | undefined {
  const row = db
    .prepare('SELECT doc, pin_hash FROM staff WHERE username = ? AND active = 1')
    .get(username) as { doc: string; pin_hash: string } | undefined;
  return row ? { staff: Staff.parse(JSON.parse(row.doc)), pinHash: row.pin_hash } : undefined;
}

export function allStaff(db: Db): Staff[] {
  return (db.prepare('SELECT doc FROM staff WHERE active = 1').all() as { doc: string }[]).map((r) =>
    Staff.parse(JSON.parse(r.doc)),
  );
}

/** Every account, active or not, by username (the manager's staff list). */
export function staffAccounts(db: Db): (Staff & { active: boolean })[] {
  return (
    db.prepare('SELECT doc, active FROM staff ORDER BY username').all() as { doc: string; active: number }[]
  ).map((r) => ({ ...(JSON.parse(r.doc) as Staff), active: r.active === 1 }));
}

export function staffAccount(db: Db, id: string): { staff: Staff; active: boolean } | undefined {
  const row = db.prepare('SELECT doc, active FROM staff WHERE id = ?').get(id) as
    { doc: string; active: number } | undefined;
  return row && { staff: JSON.parse(row.doc) as Staff, active: row.active === 1 };
}

/** Whether another account (not `id`) already has this username. */
export function usernameTaken(db: Db, username: string, id: string): boolean {
  return db.prepare('SELECT id FROM staff WHERE username = ? AND id <> ?').get(username, id) !== undefined;
}

/** Creates (`exists` false) or changes an account; a null PIN hash keeps the old PIN. */
export function saveStaffAccount(
  db: Db,
  staff: Staff,
  active: boolean,
  pinHash: string | null,
  exists: boolean,
): void {
  if (exists)
    db.prepare(
      'UPDATE staff SET username = ?, doc = ?, active = ?, pin_hash = COALESCE(?, pin_hash) WHERE id = ?',
    ).run(staff.username, JSON.stringify(staff), active ? 1 : 0, pinHash, staff.id);
  else
    db.prepare('INSERT INTO staff (id, username, doc, pin_hash, active) VALUES (?, ?, ?, ?, ?)').run(
      staff.id,
      staff.username,
      JSON.stringify(staff),
      pinHash,
      active ? 1 : 0,
    );
}

export interface LoadedState {
  visits: Visit[];
  counters: CounterState[];
  sequences: SequenceState[];
  callStates: CallState[];
  serviceTimes: Map<string, number[]>;
}

/** Everything the engine needs at start: open visits, today's finished ones, counters, sequences. */
export function loadState(db: Db, today: string, sealer: PersonalDataSealer): LoadedState {
  const visits = (
    db
      .prepare(
        `SELECT doc, representative_name, notes FROM visits WHERE status NOT IN ('completed', 'no_show', 'cancelled', 'removed') OR business_day >= ?`,
      )
      .all(today) as { doc: string; representative_name: string | null; notes: string | null }[]
  ).map((r) => withSealedParts(Visit.parse(JSON.parse(r.doc)), r, sealer));
  const counters = (
    db
      .prepare(
        'SELECT counter_id, status, staff_id, current_visit_id, break_reason, since FROM counter_state',
      )
      .all() as {
      counter_id: string;
      status: CounterState['status'];
      staff_id: string | null;
      current_visit_id: string | null;
      break_reason: string | null;
      since: number;
    }[]
  ).map((r) => ({
    counterId: r.counter_id,
    status: r.status,
    staffId: r.staff_id,
    currentVisitId: r.current_visit_id,
    breakReason: r.break_reason,
    since: r.since,
  }));
  const sequences = (
    db
      .prepare('SELECT queue_id, business_day, last_number FROM ticket_sequences WHERE business_day >= ?')
      .all(today) as {
      queue_id: string;
      business_day: string;
      last_number: number;
    }[]
  ).map((r) => ({ queueId: r.queue_id, day: r.business_day, last: r.last_number }));
  const callStates = (
    db.prepare('SELECT queue_id, priority_run, normal_run FROM queue_call_state').all() as {
      queue_id: string;
      priority_run: number;
      normal_run: number;
    }[]
  ).map((r) => ({ queueId: r.queue_id, priorityRun: r.priority_run, normalRun: r.normal_run }));
  const serviceTimes = new Map<string, number[]>();
  const recent = db
    .prepare(
      `SELECT queue_id AS queueId, json_extract(doc, '$.endedAt') - json_extract(doc, '$.servingStartedAt') AS ms
       FROM visits WHERE status = 'completed' AND json_extract(doc, '$.servingStartedAt') IS NOT NULL
       ORDER BY updated_at DESC LIMIT 2000`,
    )
    .all() as { queueId: string; ms: number }[];
  for (const r of recent.reverse()) {
    const list = serviceTimes.get(r.queueId) ?? [];
    list.push(r.ms);
    if (list.length > 50) list.shift();
    serviceTimes.set(r.queueId, list);
  }
  return { visits, counters, sequences, callStates, serviceTimes };
}

/**
 * A visit by its public token, for the ticket's own pages (status, language, feedback): without the
 * representative's name and the staff's notes, which stay sealed since no public page shows them.
 */
export function visitByToken(db: Db, token: string): Visit | undefined {
  const row = db.prepare('SELECT doc FROM visits WHERE public_token = ?').get(token) as
    { doc: string } | undefined;
  return row ? Visit.parse(JSON.parse(row.doc)) : undefined;
}

/**
 * A visit's stored document (unparsed). With the sealer, the representative's name and the staff's
 * notes are opened back into it (the staff's visit record); without, the document is as stored,
 * without them.
 */
export function visitDocument(db: Db, visitId: string, sealer?: PersonalDataSealer): unknown {
  const row = db
    .prepare('SELECT id, doc, representative_name, notes FROM visits WHERE id = ?')
    .get(visitId) as
    { id: string; doc: string; representative_name: string | null; notes: string | null } | undefined;
  if (!row) return undefined;
  const doc = JSON.parse(row.doc) as Pick<Visit, 'representative' | 'note' | 'deliveredServices'>;
  return sealer ? withSealedParts({ ...doc, id: row.id }, row, sealer) : doc;
}

/**
 * A visit's events in order. With the sealer, the staff's notes (a transfer's note, the delivered
 * services' notes) are opened back into each event's data; without, the data is as stored, without them.
 */
export function visitEvents(
  db: Db,
  visitId: string,
  sealer?: PersonalDataSealer,
): { seq: number; id: string; type: string; at: number; data: unknown }[] {
  return (
    db
      .prepare('SELECT seq, id, type, at, data, notes FROM visit_events WHERE visit_id = ? ORDER BY seq')
      .all(visitId) as {
      seq: number;
      id: string;
      type: string;
      at: number;
      data: string;
      notes: string | null;
    }[]
  ).map(({ notes, ...r }) => {
    const data = JSON.parse(r.data) as Record<string, unknown>;
    return {
      ...r,
      data:
        sealer && notes !== null ? eventWithNotes(data, sealer.unseal(notes, eventNotesContext(r.id))) : data,
    };
  });
}

/**
 * Raises (never lowers) each queue's sequence for the day to at least `to`, in one transaction: a
 * restore (backup/ticket-skip.ts) does it on the copy it is about to put in place, so no number
 * handed out after the backup is handed out again.
 */
export function raiseSequences(
  db: Db,
  day: string,
  queues: readonly { queueId: string; to: number }[],
): void {
  const upsert = db.prepare(
    `INSERT INTO ticket_sequences (queue_id, business_day, last_number) VALUES (?, ?, ?)
     ON CONFLICT (queue_id, business_day) DO UPDATE SET last_number = MAX(last_number, excluded.last_number)`,
  );
  db.transaction(() => {
    for (const q of queues) upsert.run(q.queueId, day, q.to);
  })();
}

/**
 * Removes outbox rows by sequence number, prepared once for a batch: the sync worker drops what
 * central acknowledged (sync/sync-store.ts), in its own transaction. The rows are written with
 * their events by the Change statements (change-sql.js), so the outbox's writes stay here.
 */
export function outboxRemover(db: Db): (seq: number) => void {
  const remove = db.prepare('DELETE FROM outbox WHERE seq = ?');
  return (seq) => void remove.run(seq);
}
