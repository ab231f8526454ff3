/**
 * The booking API of the website and app channels, on the kiosk's appointments table:
 *   GET    /api/v1/booking/services/:serviceId/slots?date=YYYY-MM-DD   public: slots with places left
 *   POST   /api/v1/booking/appointments        a channel (Bearer source token): book, get the code
 *   DELETE /api/v1/booking/appointments/:code  the channel that booked it: cancel
 * The kiosk checks the code in (POST /api/v1/kiosk/check-in).
 */
import { randomInt } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CreateBookingInput,
  SlotsQuery,
  type Booking,
  type SlotsResult,
} from '../../../../shared/contract/booking.js';
import { BookingCode } from '../../../../shared/contract/kiosk.js';
import { newBookingCode } from '../../../../shared/domain/booking/code.js';
import { placesLeft, slotProblem, slotStarts, zonedEpoch } from '../../../../shared/domain/booking/slots.js';
import { normaliseEmiratesId, normaliseUaeMobile } from '../../../../shared/domain/identity.js';
import { localTime } from '../../../../shared/domain/time.js';
import {
  appointmentByCode,
  bookedBetween,
  bookingSource,
  cancelBooking,
  takePlace,
} from '../../core/store/appointments.js';
import { bodyOf, refuse } from '../../core/http-helpers.js';
import type { HubModule } from '../../core/module-context.js';
import { bookingRoutes } from './openapi.js';
import { sha256 } from '../../core/security.js';
import { bookingSettingsFromEnv, capacityOf, type BookingSettings } from './settings.js';

const DAY = 24 * 3600_000;

export interface BookingModuleOptions {
  /** Defaults to the environment (DAWR_BOOKING_*). */
  settings?: BookingSettings;
}

const toBooking = (a: NonNullable<ReturnType<typeof appointmentByCode>>): Booking => ({
  code: a.code,
  serviceId: a.serviceId,
  startsAt: a.startsAt,
  language: a.language,
  status: a.status,
});

export function bookingModule(opts: BookingModuleOptions = {}): HubModule {
  return {
    name: 'booking',
    routeDocs: bookingRoutes,
    registerHttp(app, ctx) {
      const settings = opts.settings ?? bookingSettingsFromEnv(process.env);
      const { hub } = ctx;

      /** The calling channel's name ("source:website"), or staff managers; else the refusal is sent. */
      const channelOf = (req: FastifyRequest, reply: FastifyReply): string | undefined => {
        const [scheme, token] = (req.headers.authorization ?? '').split(' ');
        if (scheme === 'Bearer' && token) {
          const hash = sha256(token);
          const source = settings.sources.find((s) => s.tokenHash === hash);
          if (source) return `source:${source.name}`;
        }
        const p = ctx.auth.fromHeader(req.headers.authorization);
        if (p?.roles.some((r) => r === 'manager' || r === 'admin'))
          return p.actor.kind === 'staff' ? `staff:${p.actor.staffId}` : 'staff';
        void refuse(reply, p ? 'forbidden' : 'unauthenticated', 'booking needs a channel token or a manager');
        return undefined;
      };

      app.get<{ Params: { serviceId: string }; Querystring: Record<string, string> }>(
        '/api/v1/booking/services/:serviceId/slots',
        // Anyone may ask (the website shows free slots before booking), and each answer reads the
        // database: limited per client like the other public reads.
        { config: { publicLimit: 'read' } },
        async (req, reply) => {
          const q = SlotsQuery.safeParse(req.query);
          if (!q.success) return refuse(reply, 'validation', 'date as YYYY-MM-DD is required');
          const service = hub.catalogue.services.find((s) => s.id === req.params.serviceId);
          if (!service) return refuse(reply, 'not_found', `no service ${req.params.serviceId}`);
          const now = hub.clock.now();
          const centre = hub.catalogue.centre;
          const starts = slotStarts(q.data.date, centre, settings.slotMinutes);
          const horizon = now + (settings.daysAhead + 1) * DAY;
          const booked = starts.length
            ? bookedBetween(hub.db, service.id, starts[0]!.startsAt, starts[starts.length - 1]!.startsAt)
            : new Map<number, number>();
          const capacity = capacityOf(settings, service.id);
          return {
            serviceId: service.id,
            date: q.data.date,
            slotMinutes: settings.slotMinutes,
            slots: starts
              .filter((s) => s.startsAt > now && s.startsAt < horizon)
              .map((s) => ({
                startsAt: s.startsAt,
                time: s.time,
                capacity,
                available: placesLeft(capacity, booked.get(s.startsAt) ?? 0),
              })),
          } satisfies SlotsResult;
        },
      );

      app.post('/api/v1/booking/appointments', async (req, reply) => {
        const channel = channelOf(req, reply);
        if (!channel) return reply;
        const input = bodyOf(CreateBookingInput, req, reply);
        if (!input) return reply;
        const service = hub.catalogue.services.find((s) => s.id === input.serviceId);
        if (!service) return refuse(reply, 'not_found', `no service ${input.serviceId}`);
        let customerHash: string;
        if (input.mobile !== undefined) {
          const m = normaliseUaeMobile(input.mobile);
          if (!m) return refuse(reply, 'validation', 'the mobile number is not a UAE mobile number');
          customerHash = hub.hashIdentity('mobile', m);
        } else {
          const e = normaliseEmiratesId(input.emiratesId!);
          if (!e)
            return refuse(reply, 'validation', 'the Emirates ID number is not valid (784-YYYY-NNNNNNN-C)');
          customerHash = hub.hashIdentity('eid', e);
        }
        const now = hub.clock.now();
        const centre = hub.catalogue.centre;
        if (input.startsAt <= now || input.startsAt > now + (settings.daysAhead + 1) * DAY)
          return refuse(reply, 'slot_invalid', `bookings are for the next ${settings.daysAhead} days`);
        const problem = slotProblem(input.startsAt, centre, settings.slotMinutes);
        if (problem) return refuse(reply, 'slot_invalid', problem);
        const day = localTime(input.startsAt, centre.timeZone).day;
        const outcome = takePlace(
          hub.db,
          {
            serviceId: service.id,
            startsAt: input.startsAt,
            language: input.language,
            customerHash,
            source: channel.replace(/^source:/, ''),
            capacity: capacityOf(settings, service.id),
            day: [zonedEpoch(day, 0, centre.timeZone), zonedEpoch(day, 24 * 60, centre.timeZone) - 1],
            newCode: () => newBookingCode((n) => randomInt(n)),
          },
          now,
        );
        if (!outcome.ok)
          return outcome.code === 'slot_full'
            ? refuse(reply, 'slot_full', 'this slot has no places left')
            : refuse(
                reply,
                'already_booked',
                'this customer already has a booking for this service that day',
              );
        return reply.code(201).send(toBooking(outcome.booking));
      });

      app.delete<{ Params: { code: string } }>('/api/v1/booking/appointments/:code', async (req, reply) => {
        const channel = channelOf(req, reply);
        if (!channel) return reply;
        const code = BookingCode.safeParse(req.params.code);
        if (!code.success) return refuse(reply, 'validation', 'a booking code is 4 to 32 letters and digits');
        const booking = appointmentByCode(hub.db, code.data);
        // Another channel's booking is as good as absent: codes are not confirmed across channels.
        const owner = bookingSource(hub.db, code.data);
        if (!booking || (channel.startsWith('source:') && owner !== channel))
          return refuse(reply, 'not_found', 'no booking with this code');
        if (booking.status === 'checked_in')
          return refuse(reply, 'invalid_transition', 'this booking was already checked in');
        if (booking.status === 'booked') cancelBooking(hub.db, code.data);
        return toBooking(appointmentByCode(hub.db, code.data)!);
      });
    },
  };
}
