/**
 * The appointments table, in the core because two features use its rows: the kiosk records
 * bookings and checks them in, booking (the website's and app's booking API) takes and cancels
 * places. Its one store: every write of the table is here (tests/architecture/table-owners.test.ts).
 */
import type { Db } from './database.js';
import type { VisitorLanguage } from '../../../../shared/i18n/languages.js';
import type { Appointment } from '../../../../shared/contract/kiosk.js';

interface Row {
  code: string;
  service_id: string;
  starts_at: number;
  language: VisitorLanguage;
  status: Appointment['status'];
  visit_id: string | null;
}

const toAppointment = (r: Row): Appointment => ({
  code: r.code,
  serviceId: r.service_id,
  startsAt: r.starts_at,
  language: r.language,
  status: r.status,
  visitId: r.visit_id,
});

export interface NewAppointment {
  code: string;
  serviceId: string;
  startsAt: number;
  language: VisitorLanguage;
  customerHash?: string;
  createdBy: string;
}

/** False when the code is already taken. */
export function insertAppointment(db: Db, a: NewAppointment, now: number): boolean {
  const r = db
    .prepare(
      `INSERT INTO appointments (code, service_id, starts_at, customer_hash, language, status, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, 'booked', ?, ?) ON CONFLICT (code) DO NOTHING`,
    )
    .run(a.code, a.serviceId, a.startsAt, a.customerHash ?? null, a.language, now, a.createdBy);
  return r.changes === 1;
}

export function appointmentByCode(db: Db, code: string): Appointment | undefined {
  const r = db
    .prepare(
      'SELECT code, service_id, starts_at, language, status, visit_id FROM appointments WHERE code = ?',
    )
    .get(code) as Row | undefined;
  return r && toAppointment(r);
}

export function markCheckedIn(db: Db, code: string, visitId: string, now: number): void {
  db.prepare(
    "UPDATE appointments SET status = 'checked_in', visit_id = ?, checked_in_at = ? WHERE code = ? AND status = 'booked'",
  ).run(visitId, now, code);
}

export function appointmentsBetween(db: Db, from: number, to: number): Appointment[] {
  return (
    db
      .prepare(
        'SELECT code, service_id, starts_at, language, status, visit_id FROM appointments WHERE starts_at BETWEEN ? AND ? ORDER BY starts_at',
      )
      .all(from, to) as Row[]
  ).map(toAppointment);
}

// Booking: counting places, taking one (count and insert in one immediate transaction, so two
// bookings for the last place cannot both win), and cancelling.

export function bookedInSlot(db: Db, serviceId: string, startsAt: number): number {
  return (
    db
      .prepare(
        "SELECT COUNT(*) AS n FROM appointments WHERE service_id = ? AND starts_at = ? AND status != 'cancelled'",
      )
      .get(serviceId, startsAt) as { n: number }
  ).n;
}

/** Booked places per slot start for a service between two instants. */
export function bookedBetween(db: Db, serviceId: string, from: number, to: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT starts_at AS t, COUNT(*) AS n FROM appointments
       WHERE service_id = ? AND starts_at BETWEEN ? AND ? AND status != 'cancelled' GROUP BY starts_at`,
    )
    .all(serviceId, from, to) as { t: number; n: number }[];
  return new Map(rows.map((r) => [r.t, r.n]));
}

export interface TakePlace {
  serviceId: string;
  startsAt: number;
  language: VisitorLanguage;
  customerHash: string;
  source: string;
  capacity: number;
  /** The customer's day, as [from, to] instants: one booking per service per day. */
  day: [number, number];
  newCode(): string;
}

export type TakeOutcome =
  { ok: true; booking: Appointment } | { ok: false; code: 'slot_full' | 'already_booked' };

export function takePlace(db: Db, t: TakePlace, now: number): TakeOutcome {
  return db
    .transaction((): TakeOutcome => {
      const same = db
        .prepare(
          `SELECT COUNT(*) AS n FROM appointments WHERE customer_hash = ? AND service_id = ?
           AND starts_at BETWEEN ? AND ? AND status = 'booked'`,
        )
        .get(t.customerHash, t.serviceId, t.day[0], t.day[1]) as { n: number };
      if (same.n > 0) return { ok: false, code: 'already_booked' };
      if (bookedInSlot(db, t.serviceId, t.startsAt) >= t.capacity) return { ok: false, code: 'slot_full' };
      for (;;) {
        const code = t.newCode();
        const inserted = insertAppointment(
          db,
          {
            code,
            serviceId: t.serviceId,
            startsAt: t.startsAt,
            language: t.language,
            customerHash: t.customerHash,
            createdBy: `source:${t.source}`,
          },
          now,
        );
        if (inserted) return { ok: true, booking: appointmentByCode(db, code)! };
      }
    })
    .immediate();
}

export function bookingSource(db: Db, code: string): string | undefined {
  return (
    db.prepare('SELECT created_by AS c FROM appointments WHERE code = ?').get(code) as
      { c: string } | undefined
  )?.c;
}

/** True when a booked (not yet checked-in) appointment was cancelled. */
export function cancelBooking(db: Db, code: string): boolean {
  return (
    db.prepare("UPDATE appointments SET status = 'cancelled' WHERE code = ? AND status = 'booked'").run(code)
      .changes === 1
  );
}
