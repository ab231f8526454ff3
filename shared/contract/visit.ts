/** Visits (tickets) and their events: the records that cross every process boundary. */
import * as z from 'zod';
import { cleanText } from './text.js';
import { Id, PriorityReason } from './catalogue.js';
import { STAFF_LANGUAGES, VISITOR_LANGUAGES } from '../i18n/languages.js';

export const VisitStatus = z.enum([
  'waiting',
  'called',
  'serving',
  'parked',
  'completed',
  'no_show',
  'cancelled',
  'removed',
]);
export type VisitStatus = z.infer<typeof VisitStatus>;
export const TERMINAL_STATUSES: readonly VisitStatus[] = ['completed', 'no_show', 'cancelled', 'removed'];

export const Channel = z.enum(['kiosk', 'appointment', 'floor', 'remote', 'api']);
export type Channel = z.infer<typeof Channel>;
/** Arabic or English: where the text exists only in these two (staff apps, assisted forms). */
export const Language = z.enum(STAFF_LANGUAGES);
export type Language = z.infer<typeof Language>;
/** The visitor's own language (shared/i18n/languages.ts), travelling with the visit and its ticket. */
export const VisitorLanguage = z.enum(VISITOR_LANGUAGES);
export type VisitorLanguage = z.infer<typeof VisitorLanguage>;

/** What the hub keeps about who the citizen is: hashes for matching, a masked form for screens, never the clear number. */
export const CustomerRef = z.object({
  idHash: z.string().max(128).optional(),
  mobileHash: z.string().max(128).optional(),
  masked: z.string().max(40).optional(),
});
export type CustomerRef = z.infer<typeof CustomerRef>;

export const Representative = z.object({
  name: cleanText().min(1).max(80).optional(),
  relation: cleanText().min(1).max(40),
});
export type Representative = z.infer<typeof Representative>;

export const DeliveredService = z.object({
  serviceId: Id,
  outcome: cleanText().min(1).max(40),
  notes: cleanText().max(1000).default(''),
});
export type DeliveredService = z.infer<typeof DeliveredService>;

export const Actor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), staffId: Id }),
  z.object({ kind: z.literal('device'), deviceId: Id }),
  z.object({ kind: z.literal('public') }),
  z.object({ kind: z.literal('system') }),
]);
export type Actor = z.infer<typeof Actor>;

export const Visit = z.object({
  id: z.string(),
  businessDay: z.string(),
  queueId: Id,
  originalQueueId: Id,
  prefix: z.string(),
  number: z.number().int().positive(),
  /** e.g. "A042": prefix and number, zero-padded to three digits. */
  ticket: z.string(),
  serviceIds: z.array(Id).min(1),
  status: VisitStatus,
  priority: PriorityReason.nullable(),
  channel: Channel,
  language: VisitorLanguage,
  customer: CustomerRef.nullable(),
  representative: Representative.nullable(),
  /** Place in line; lower is called first within a queue and priority class. */
  sortKey: z.number(),
  /** The arrival order at issue, kept through transfers ("by original arrival"). */
  arrivalKey: z.number(),
  issuedAt: z.number(),
  queuedAt: z.number(),
  calledAt: z.number().nullable(),
  servingStartedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  counterId: Id.nullable(),
  staffId: Id.nullable(),
  assignedCounterId: Id.nullable(),
  assignedStaffId: Id.nullable(),
  /** A recycled visit is not called again before this time. */
  notBefore: z.number().nullable(),
  appointmentAt: z.number().nullable(),
  recallCount: z.number().int().min(0),
  transferCount: z.number().int().min(0),
  note: z.string().max(1000).nullable(),
  deliveredServices: z.array(DeliveredService),
  /** Why a visit ended without service (no_show, cancelled, removed) or a sign-out outcome. */
  outcome: z.string().max(40).nullable(),
  publicToken: z.string(),
  /** Scoped to the caller that issued the visit (see main/hub/core/issue-policy.ts). */
  idempotencyKey: z.string().nullable(),
  /**
   * Who issued the visit: a kiosk acts later only on the visits it issued (or with the ticket's
   * token). Absent on visits issued before it was recorded.
   */
  issuedBy: Actor.optional(),
});
export type Visit = z.infer<typeof Visit>;

export const VisitEventType = z.enum([
  'visit.issued',
  'visit.called',
  'visit.recalled',
  'visit.serving_started',
  'visit.no_show',
  'visit.recycled',
  'visit.parked',
  'visit.resumed',
  'visit.transferred',
  'visit.completed',
  'visit.cancelled',
  'visit.removed',
  'visit.returned',
  /** The citizen said they are running late: the ticket moved back in its line. */
  'visit.postponed',
  /** The visitor chose another language on the phone (#19): later SMS and the counter's panel follow it. */
  'visit.language_changed',
]);
export type VisitEventType = z.infer<typeof VisitEventType>;

/** One fact in a visit's history; the report and the sync to the central profile read these. */
export const VisitEvent = z.object({
  id: z.string(),
  type: VisitEventType,
  visitId: z.string(),
  at: z.number(),
  actor: Actor,
  /** Snapshot of the fields this event changed, plus event-specific details. */
  data: z.record(z.string(), z.unknown()),
});
export type VisitEvent = z.infer<typeof VisitEvent>;
