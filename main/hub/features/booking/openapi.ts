/** The booking channel API (this folder's handler) in the hub's OpenAPI document. */
import { ok, routeDocs, type RouteDoc } from '../../../api-docs/route-doc.js';
import { Booking, CreateBookingInput, SlotsQuery, SlotsResult } from '../../../../shared/contract/booking.js';

const WHO = "A booking channel's bearer token (DAWR_BOOKING_SOURCES) or a manager's session.";

export const bookingRoutes: RouteDoc[] = routeDocs('staff-with-role', {
  bookingSlots: {
    route: 'GET /api/v1/booking/services/:serviceId/slots',
    caller: 'anyone-limited',
    summary: 'Free appointment slots of a service on one day.',
    description: 'Anyone may ask, without credentials; limited per client (DAWR_PUBLIC_READS_PER_MINUTE).',
    query: SlotsQuery,
    answers: ok(SlotsResult, 'Slots'),
    refuses: [404],
  },
  createBooking: {
    route: 'POST /api/v1/booking/appointments',
    summary: 'Book a slot; the answer carries the code the kiosk checks in with.',
    description: `${WHO} Refusals slot_full, slot_invalid and already_booked are 409.`,
    body: CreateBookingInput,
    answers: ok(Booking, 'Booked', 201),
    refuses: [404, 409, 503],
  },
  cancelBooking: {
    route: 'DELETE /api/v1/booking/appointments/:code',
    summary: "Cancel a booking this channel made (another channel's is not found).",
    description: WHO,
    answers: ok(Booking, 'The booking, cancelled'),
    refuses: [400, 404, 409, 503],
  },
});
