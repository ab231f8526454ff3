/**
 * Appointment check-in at the kiosk: `POST /api/v1/kiosk/check-in {code}` turns an on-time booking
 * into a priority ticket; a repeat scan returns the same ticket. Staff create bookings with
 * `POST /api/v1/appointments` (the website's booking API will use the same table later).
 */
import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  CheckInInput,
  CreateAppointmentInput,
  type Appointment,
  type CheckInResult,
} from '../../../../shared/contract/kiosk.js';
import type { IssuedTicket } from '../../../../shared/contract/views.js';
import type { Db } from '../../core/store/database.js';
import type { HubModuleContext } from '../../core/module-context.js';
import { checkInTiming, type CheckInWindow } from './check-in-window.js';
import {
  appointmentByCode,
  appointmentsBetween,
  insertAppointment,
  markCheckedIn,
} from '../../core/store/appointments.js';
import { bodyOf, callerWith, refuse } from '../../core/http-helpers.js';

/** Letters and digits that cannot be mistaken for one another when read aloud or typed. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function newBookingCode(length = 8): string {
  return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

const clock = (ms: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(ms);

export function registerAppointments(
  app: FastifyInstance,
  ctx: HubModuleContext,
  window: CheckInWindow,
): void {
  const { hub } = ctx;

  app.post('/api/v1/appointments', async (req, reply) => {
    const caller = callerWith(ctx, req, reply, ['manager', 'admin']);
    if (!caller) return reply;
    const input = bodyOf(CreateAppointmentInput, req, reply);
    if (!input) return reply;
    if (!hub.catalogue.services.some((s) => s.id === input.serviceId))
      return refuse(reply, 'not_found', `no service ${input.serviceId}`);
    const code = input.code ?? newBookingCode();
    const created = insertAppointment(
      hub.db,
      {
        code,
        serviceId: input.serviceId,
        startsAt: input.startsAt,
        language: input.language,
        customerHash: input.customerHash,
        createdBy: caller.actor.kind === 'staff' ? caller.actor.staffId : 'device',
      },
      hub.clock.now(),
    );
    if (!created) return refuse(reply, 'conflict', 'this booking code is already taken');
    return appointmentByCode(hub.db, code);
  });

  app.get<{ Querystring: { from?: string; to?: string } }>('/api/v1/appointments', async (req, reply) => {
    if (!callerWith(ctx, req, reply, ['manager', 'admin', 'floor_assistant'])) return reply;
    const now = hub.clock.now();
    const from = Number(req.query.from ?? now - 12 * 3600_000);
    const to = Number(req.query.to ?? now + 12 * 3600_000);
    if (!Number.isFinite(from) || !Number.isFinite(to))
      return refuse(reply, 'validation', 'from and to are epoch milliseconds');
    return appointmentsBetween(hub.db, from, to);
  });

  app.post('/api/v1/kiosk/check-in', async (req, reply) => {
    const caller = callerWith(ctx, req, reply, ['kiosk', 'floor_assistant', 'manager', 'admin']);
    if (!caller) return reply;
    const input = bodyOf(CheckInInput, req, reply);
    if (!input) return reply;
    const booking = appointmentByCode(hub.db, input.code);
    if (!booking) return refuse(reply, 'not_found', 'no booking with this code');
    if (booking.status === 'cancelled')
      return refuse(reply, 'appointment_cancelled', 'this booking was cancelled');
    const now = hub.clock.now();
    const tz = hub.catalogue.centre.timeZone;
    if (booking.status === 'booked') {
      const timing = checkInTiming(booking.startsAt, now, window);
      // `at` lets the kiosk say the time in the citizen's language and digits.
      if (!timing.ok)
        return timing.code === 'too_early'
          ? reply.code(409).send({
              code: 'too_early',
              message: `check-in opens at ${clock(timing.opensAt, tz)}`,
              at: timing.opensAt,
            })
          : reply.code(409).send({
              code: 'too_late',
              message: `check-in closed at ${clock(timing.closedAt, tz)}`,
              at: timing.closedAt,
            });
    } else if (!booking.visitId || !hub.visit(booking.visitId)) {
      // Checked in on an earlier day: that ticket is gone.
      return refuse(reply, 'too_late', 'this booking was already used');
    }
    const outcome = await hub.execute(
      'issueTicket',
      {
        serviceId: booking.serviceId,
        priority: 'appointment',
        appointmentAt: booking.startsAt,
        channel: 'appointment',
        language: booking.language,
        // The same code always gives the same ticket, however often it is scanned.
        idempotencyKey: `appt-${booking.code}`,
      },
      // The booking code was checked above: it, not the kiosk, grants the appointment channel and priority.
      { ...caller, issuingFor: 'appointment' },
    );
    if (!outcome.ok) return refuse(reply, outcome.error.code, outcome.error.message);
    const ticket = outcome.data as IssuedTicket;
    markCheckedIn(hub.db, booking.code, ticket.visit.id, now);
    return { ticket, appointmentAt: booking.startsAt } satisfies CheckInResult;
  });
}

/** Demo and test bookings relative to now: on time, too early and too late, for the kiosk's check-in. */
export function createDemoAppointments(
  db: Db,
  now: number,
  serviceId = 'eid-renew',
): { onTime: Appointment[]; tooEarly: Appointment; tooLate: Appointment } {
  const make = (offsetMinutes: number) => {
    const code = newBookingCode();
    insertAppointment(
      db,
      { code, serviceId, startsAt: now + offsetMinutes * 60_000, language: 'ar', createdBy: 'demo' },
      now,
    );
    return appointmentByCode(db, code)!;
  };
  return { onTime: [make(5), make(10), make(-5)], tooEarly: make(180), tooLate: make(-90) };
}
