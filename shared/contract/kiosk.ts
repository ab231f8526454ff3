/** Messages of the kiosk's hub routes: printing, SMS, appointment check-in, feedback, kiosk settings. */
import * as z from 'zod';
import { Id } from './catalogue.js';
import { VisitorLanguage } from './visit.js';
import { IssuedTicket } from './views.js';

const VisitId = z.string().min(1).max(64);
/** The ticket's public token: a kiosk prints or texts a ticket it did not issue only with it. */
const TicketToken = z.string().min(1).max(64);

export const PrintTicketInput = z.object({ visitId: VisitId, token: TicketToken.optional() });
export type PrintTicketInput = z.infer<typeof PrintTicketInput>;

/** Why a ticket did not print, in terms the kiosk screen explains. */
export const PrintFailure = z.enum([
  'no_printer',
  'offline',
  'paper-out',
  'cover-open',
  'printer-error',
  'timeout',
  'bad-reply',
  'bad-data',
  'io',
]);
export type PrintFailure = z.infer<typeof PrintFailure>;
export const PrintTicketResult = z.union([
  z.object({ printed: z.literal(true) }),
  z.object({ printed: z.literal(false), reason: PrintFailure }),
]);
export type PrintTicketResult = z.infer<typeof PrintTicketResult>;

export const SendTicketSmsInput = z.object({
  visitId: VisitId,
  mobile: z.string().min(9).max(20),
  token: TicketToken.optional(),
});
export type SendTicketSmsInput = z.infer<typeof SendTicketSmsInput>;
export const SendTicketSmsResult = z.object({ sent: z.literal(true), to: z.string() });
export type SendTicketSmsResult = z.infer<typeof SendTicketSmsResult>;

/** A booking code as printed or encoded in the booking's QR/barcode: letters and digits. */
export const BookingCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{4,32}$/, 'a booking code is 4 to 32 letters and digits');

export const CheckInInput = z.object({ code: BookingCode });
export type CheckInInput = z.infer<typeof CheckInInput>;
export const CheckInResult = z.object({ ticket: IssuedTicket, appointmentAt: z.number() });
export type CheckInResult = z.infer<typeof CheckInResult>;

export const AppointmentStatus = z.enum(['booked', 'checked_in', 'cancelled']);
export const Appointment = z.object({
  code: z.string(),
  serviceId: Id,
  startsAt: z.number().int(),
  language: VisitorLanguage,
  status: AppointmentStatus,
  visitId: z.string().nullable(),
});
export type Appointment = z.infer<typeof Appointment>;

export const CreateAppointmentInput = z.object({
  serviceId: Id,
  startsAt: z.number().int().positive(),
  /** Optional: chosen by the caller (the website); generated when absent. */
  code: BookingCode.optional(),
  language: VisitorLanguage.default('ar'),
  /** A keyed hash of the customer's identity, never the clear number. */
  customerHash: z.string().min(8).max(128).optional(),
});
export type CreateAppointmentInput = z.infer<typeof CreateAppointmentInput>;

export const Face = z.enum(['happy', 'neutral', 'unhappy']);
export type Face = z.infer<typeof Face>;
export const FeedbackInput = z.object({
  token: z.string().min(16).max(64),
  face: Face,
});
export type FeedbackInput = z.infer<typeof FeedbackInput>;
export const FeedbackResult = z.object({ recorded: z.literal(true) });

/** Settings a kiosk screen reads at start. */
export const KioskSettings = z.object({
  /** Seconds without a touch before the "are you still there?" warning. */
  idleSeconds: z.number().int().min(15).max(3600),
  /** Seconds the warning stays up before the screen resets (at least 20). */
  warningSeconds: z.number().int().min(20).max(600),
  /** Multiplier for both in the accessibility mode. */
  accessibleIdleFactor: z.number().min(1).max(10),
  /** Digits in Arabic: Arabic-Indic (٠١٢) or Latin (012). */
  arabicDigits: z.enum(['arabic', 'latin']),
  checkIn: z.object({ earlyMinutes: z.number().int().min(0), lateMinutes: z.number().int().min(0) }),
});
export type KioskSettings = z.infer<typeof KioskSettings>;

/** Codes only the kiosk routes give; each has a human message in both languages (kiosk strings). */
export const KIOSK_ERROR_CODES = [
  'too_early',
  'too_late',
  'appointment_cancelled',
  'visit_not_finished',
  'already_voted',
  'feedback_off',
  'feedback_expired',
  'sms_unavailable',
] as const;
export type KioskErrorCode = (typeof KIOSK_ERROR_CODES)[number];

/** Tickets per service over the last `days` days: the start screen offers the most used first. */
export const ServiceUse = z.object({
  days: z.number().int().positive(),
  ticketsByService: z.record(z.string(), z.number().int().min(0)),
});
export type ServiceUse = z.infer<typeof ServiceUse>;
