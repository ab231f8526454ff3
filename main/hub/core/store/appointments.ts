/**
 * The appointments table, in the core because two features own its rows: the kiosk checks bookings in,
 * booking (and the website's booking API) writes them.
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
