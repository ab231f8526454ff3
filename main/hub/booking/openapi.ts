/** The booking channel API (this folder's handler) in the hub's OpenAPI document. */
import type { RouteDoc } from '../../api-docs/route-doc.js';
import { BODY_ERRORS } from '../../api-docs/route-doc.js';
import { Booking, CreateBookingInput, SlotsQuery, SlotsResult } from '../../../shared/contract/booking.js';

const WHO = "A booking channel's bearer token (DAWR_BOOKING_SOURCES) or a manager's session.";

export const bookingRoutes: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/booking/services/:serviceId/slots',
    operationId: 'bookingSlots',
    summary: 'Free appointment slots of a service on one day.',
    description: WHO,
    security: 'session',
    query: SlotsQuery,
    response: { status: 200, schema: SlotsResult, description: 'Slots' },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/v1/booking/appointments',
    operationId: 'createBooking',
    summary: 'Book a slot; the answer carries the code the kiosk checks in with.',
    description: `${WHO} Refusals slot_full, slot_invalid and already_booked are 409.`,
    security: 'session',
    body: CreateBookingInput,
    response: { status: 201, schema: Booking, description: 'Booked' },
    errors: [...BODY_ERRORS, 401, 403, 404, 409, 503],
  },
  {
    method: 'delete',
    path: '/api/v1/booking/appointments/:code',
    operationId: 'cancelBooking',
    summary: "Cancel a booking this channel made (another channel's is not found).",
    description: WHO,
    security: 'session',
    response: { status: 200, schema: Booking, description: 'The booking, cancelled' },
    errors: [400, 401, 403, 404, 409, 503],
  },
];
