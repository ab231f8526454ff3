/** The booking API of the website and app channels: slots per service with capacity, and bookings. */
import * as z from 'zod';
import { Id } from './catalogue.js';
import { VisitorLanguage } from './visit.js';

export const SlotsQuery = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD'),
});

export const Slot = z.object({
  startsAt: z.number().int(),
  /** HH:MM in the centre's time zone. */
  time: z.string(),
  capacity: z.number().int().min(0),
  available: z.number().int().min(0),
});
export type Slot = z.infer<typeof Slot>;

export const SlotsResult = z.object({
  serviceId: Id,
  date: z.string(),
  slotMinutes: z.number().int().positive(),
  slots: z.array(Slot),
});
export type SlotsResult = z.infer<typeof SlotsResult>;

/** The channel passes who booked; the hub keeps only keyed hashes. At least one is required. */
export const CreateBookingInput = z
  .object({
    serviceId: Id,
    startsAt: z.number().int().positive(),
    language: VisitorLanguage.default('ar'),
    mobile: z.string().trim().min(9).max(20).optional(),
    emiratesId: z.string().trim().min(15).max(18).optional(),
  })
  .refine((b) => b.mobile !== undefined || b.emiratesId !== undefined, {
    message: 'a mobile number or an Emirates ID is required',
  });
export type CreateBookingInput = z.infer<typeof CreateBookingInput>;

export const Booking = z.object({
  code: z.string(),
  serviceId: Id,
  startsAt: z.number().int(),
  language: VisitorLanguage,
  status: z.enum(['booked', 'checked_in', 'cancelled']),
});
export type Booking = z.infer<typeof Booking>;

/** Codes only the booking routes give. */
export const BOOKING_ERROR_CODES = ['slot_full', 'slot_invalid', 'already_booked'] as const;
export type BookingErrorCode = (typeof BOOKING_ERROR_CODES)[number];
