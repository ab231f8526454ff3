/** The kiosk routes (this folder's handlers) as the hub's OpenAPI document shows them. */
import * as z from 'zod';
import { ok, routeDocs, type RouteDoc } from '../../../api-docs/route-doc.js';
import {
  Appointment,
  CheckInInput,
  CheckInResult,
  CreateAppointmentInput,
  FeedbackInput,
  FeedbackResult,
  KioskSettings,
  PrintTicketInput,
  PrintTicketResult,
  SendTicketSmsInput,
  ServiceUse,
  SendTicketSmsResult,
} from '../../../../shared/contract/kiosk.js';
import { DeviceStatus } from '../../../../shared/contract/ipc.js';
import { AppointmentsQuery, DeviceStatusResult } from '../../../../shared/contract/http-responses.js';
import { TicketPrintDataSchema } from '../../../../shared/contract/printer.js';
import { OpeningState } from '../../../../shared/contract/opening.js';

export const kioskRoutes: RouteDoc[] = routeDocs('device', {
  opening: {
    caller: 'anyone-limited',
    route: 'GET /api/v1/public/opening',
    summary: 'Open, closing soon or closed now; each queue’s last walk-in ticket time; the next opening.',
    description:
      'Walk-in tickets (kiosk, joining from a phone) are refused with 409 centre_closed outside the ' +
      'hours and 409 last_ticket_passed after a queue’s last-ticket time; appointment check-in keeps its own window.',
    answers: ok(OpeningState, 'The opening state at `at`'),
  },
  feedback: {
    caller: 'anyone-limited',
    route: 'POST /api/v1/feedback',
    summary: 'The happiness meter: one face per finished visit (by its ticket token), within the window.',
    body: FeedbackInput,
    answers: ok(FeedbackResult, 'Recorded'),
    refuses: [404, 409, 503],
  },
  kioskSettings: {
    route: 'GET /api/v1/kiosk/settings',
    summary: 'The kiosk screen settings (languages, idle time, check-in, SMS).',
    answers: ok(KioskSettings, 'Settings'),
  },
  kioskServiceUse: {
    route: 'GET /api/v1/kiosk/service-use',
    summary: 'Tickets per service over the last 30 days: the start screen offers the most used first.',
    answers: ok(ServiceUse, 'Tickets per service id'),
  },
  printTicket: {
    route: 'POST /api/v1/kiosk/print',
    summary: 'Print a waiting ticket this kiosk issued on the printer the hub drives for it.',
    description: 'A printer that fails answers 200 with printed: false and the reason (the ticket stands).',
    body: PrintTicketInput,
    answers: ok(PrintTicketResult, 'Printed, or why not'),
    refuses: [404, 503],
  },
  ticketPrintData: {
    route: 'GET /api/v1/kiosk/tickets/:visitId/print-data',
    summary: 'What the Electron kiosk prints itself for one of its own waiting tickets.',
    answers: ok(TicketPrintDataSchema, 'Ticket print data'),
    refuses: [404, 503],
  },
  sendTicketSms: {
    route: 'POST /api/v1/kiosk/sms',
    summary: 'Send the ticket and its status link to a UAE mobile (limited per ticket).',
    body: SendTicketSmsInput,
    answers: ok(SendTicketSmsResult, 'Sent (number masked)'),
    refuses: [404, 429, 503],
  },
  checkIn: {
    route: 'POST /api/v1/kiosk/check-in',
    summary: 'Check in a booked appointment by its code: issues the appointment ticket.',
    body: CheckInInput,
    answers: ok(CheckInResult, 'The ticket issued'),
    refuses: [404, 409, 503],
  },
  deviceStatus: {
    route: 'POST /api/v1/devices/status',
    summary: "A kiosk's or display's peripheral report (printer, scanner); raises or clears printer alerts.",
    body: DeviceStatus,
    answers: ok(DeviceStatusResult, 'Accepted, with the alert raised'),
  },
  createAppointment: {
    caller: 'staff-with-role',
    route: 'POST /api/v1/appointments',
    summary: 'Record a booked appointment (managers; the booking API is for channels).',
    body: CreateAppointmentInput,
    answers: ok(Appointment, 'The appointment'),
    refuses: [404, 409, 503],
  },
  appointments: {
    caller: 'staff-with-role',
    route: 'GET /api/v1/appointments',
    summary: 'Appointments between from and to (epoch ms; default ±12 hours).',
    query: AppointmentsQuery,
    answers: ok(z.array(Appointment), 'Appointments'),
  },
});
