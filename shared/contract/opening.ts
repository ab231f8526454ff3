/**
 * Whether the centre takes walk-in tickets now, and when it opens next: what the kiosk's welcome
 * screen, the phone pages (GET /api/v1/public/opening) and the hub's issue policy share. Computed by
 * shared/domain/opening-state.ts.
 */
import * as z from 'zod';
import { ClosedDate } from './catalogue.js';

const HhMm = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'time as HH:MM');

/**
 * `closed`: no walk-in ticket now (outside the day's hours, or past every queue's last-ticket
 * time; counters may still be serving the people already waiting). `closing-soon`: tickets are still
 * issued, and the first queue stops within CLOSING_SOON_MINUTES. `open`: otherwise.
 */
export const OpeningStatus = z.enum(['open', 'closing-soon', 'closed']);
export type OpeningStatus = z.infer<typeof OpeningStatus>;

/** Why a queue takes no walk-in ticket now; each is also the hub's refusal code. */
export const WalkInRefusal = z.enum(['centre_closed', 'last_ticket_passed', 'queue_closed']);
export type WalkInRefusal = z.infer<typeof WalkInRefusal>;

export const QueueOpening = z.object({
  queueId: z.string(),
  /** Null when a walk-in ticket for this queue is issued now. */
  refusal: WalkInRefusal.nullable(),
  /** Local time of today's last walk-in ticket (inclusive, to the minute); null on a closed day. */
  lastTicketTime: HhMm.nullable(),
  /** Someone joining now would, by the median estimate, still wait at closing time. */
  estimatePassesClosing: z.boolean(),
});
export type QueueOpening = z.infer<typeof QueueOpening>;

export const NextOpening = z.object({
  /** YYYY-MM-DD in the centre's zone. */
  day: z.string(),
  /** 0 = Sunday … 6 = Saturday. */
  weekday: z.number().int().min(0).max(6),
  /** Local HH:MM. */
  time: HhMm,
  /** 0 = later today, 1 = tomorrow, … (holidays skipped: up to NEXT_OPENING_SEARCH_DAYS ahead). */
  inDays: z.number().int().min(0).max(62),
});
export type NextOpening = z.infer<typeof NextOpening>;

export const OpeningState = z.object({
  /** The instant this was computed for (epoch ms). */
  at: z.number(),
  timeZone: z.string(),
  status: OpeningStatus,
  /** Today's hours in the centre's zone (a special day's own hours); null on a closed day. */
  today: z.object({ open: HhMm, close: HhMm }).nullable(),
  /** Today's entry in the centre's closed dates (a public holiday, or a day with its own hours). */
  specialDay: ClosedDate.nullable().optional(),
  /** The next opening after now (also while open: the next day's); null when no day has hours. */
  nextOpening: NextOpening.nullable(),
  queues: z.array(QueueOpening),
});
export type OpeningState = z.infer<typeof OpeningState>;
