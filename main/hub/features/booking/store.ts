/**
 * Bookings on the kiosk's appointments table. Taking a place counts the slot and inserts in one
 * immediate transaction, so two bookings for the last place cannot both win.
 */
import type { Db } from '../../core/store/database.js';
import type { VisitorLanguage } from '../../../../shared/i18n/languages.js';
import { appointmentByCode, insertAppointment } from '../../core/store/appointments.js';
import type { Appointment } from '../../../../shared/contract/kiosk.js';

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
