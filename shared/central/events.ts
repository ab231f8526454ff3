// Event contract between hubs / other channels and the central customer profile (issue 7).
// Events travel as CloudEvents 1.0 structured JSON (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md);
// (source, id) identifies an event, so a resend is recognised and stored once.
import * as z from 'zod';

/** Prefix of every Dawr event type (reverse-DNS, as CloudEvents recommends). */
export const EVENT_TYPE_PREFIX = 'ae.gov.dawr.';

/** Keyed HMAC-SHA256 of a normalised identifier, lowercase hex. Central never sees clear numbers. */
export const identifierHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex HMAC-SHA256 (64 characters)');

/** RFC 3339 timestamp with an offset, as CloudEvents' `time` uses. */
export const timestamp = z.iso.datetime({ offset: true });

const externalId = z.string().min(1).max(128);
const shortText = z.string().max(500);

/** The citizen an event concerns: at least one identifier hash. */
export const customerRef = z
  .object({ idHash: identifierHash.optional(), mobileHash: identifierHash.optional() })
  .refine((c) => c.idHash !== undefined || c.mobileHash !== undefined, {
    message: 'customer needs idHash or mobileHash',
  });
export type CustomerRef = z.infer<typeof customerRef>;

/** How the ticket was obtained at the centre (not the timeline channel, which is `centre` for all visits). */
export const visitChannel = z.enum(['kiosk', 'appointment', 'floor', 'remote']);

// Every visit event repeats the visit's identity so each one is self-contained: events
// may arrive out of order (a dead-lettered event replayed later) and still project correctly.
const visitBase = z.object({
  visitId: externalId,
  centreId: externalId,
  ticket: z.string().min(1).max(16),
  agencyId: externalId,
  serviceId: externalId,
  channel: visitChannel,
  customer: customerRef.optional(),
  staffId: externalId.optional(),
  counterId: externalId.optional(),
  assisted: z.boolean().optional(),
  onBehalf: z.boolean().optional(),
  occurredAt: timestamp,
});

export const requestStatus = z.enum([
  'submitted',
  'in_progress',
  'waiting_for_customer',
  'ready',
  'completed',
  'rejected',
]);
export type RequestStatus = z.infer<typeof requestStatus>;

/** Timeline channels. Visits are `centre`; the others come from their own sources. */
export const timelineChannel = z.enum(['centre', 'website', 'app', 'call_centre', 'chat']);
export type TimelineChannel = z.infer<typeof timelineChannel>;

export const requestNumber = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_/-]*$/, 'letters, digits, "-", "_" and "/" only');

/** Data schema for each event type, keyed by the CloudEvents `type`. */
export const eventDataSchemas = {
  'ae.gov.dawr.visit.issued': visitBase,
  'ae.gov.dawr.visit.called': visitBase,
  'ae.gov.dawr.visit.serving_started': visitBase,
  'ae.gov.dawr.visit.transferred': visitBase.extend({
    toServiceId: externalId,
    toAgencyId: externalId.optional(),
  }),
  'ae.gov.dawr.visit.completed': visitBase.extend({ outcome: z.string().min(1).max(100).optional() }),
  'ae.gov.dawr.visit.no_show': visitBase,
  'ae.gov.dawr.visit.cancelled': visitBase.extend({ reason: shortText.optional() }),
  'ae.gov.dawr.visit.removed': visitBase.extend({ reason: shortText.optional() }),
  'ae.gov.dawr.feedback.given': z
    .object({
      visitId: externalId.optional(),
      interactionId: externalId.optional(),
      rating: z.number().int().min(1).max(5),
      comment: z.string().max(1000).optional(),
      occurredAt: timestamp,
    })
    .refine((f) => (f.visitId === undefined) !== (f.interactionId === undefined), {
      message: 'feedback needs exactly one of visitId or interactionId',
    }),
  'ae.gov.dawr.request.status_changed': z.object({
    requestNumber,
    status: requestStatus,
    agencyId: externalId,
    serviceId: externalId.optional(),
    customer: customerRef.optional(),
    note: shortText.optional(),
    staffId: externalId.optional(),
    occurredAt: timestamp,
  }),
  // A contact on another channel (website, app, call centre, chat) or an unticketed one at a centre.
  // The channel is not in the data: central takes it from the authenticated source.
  'ae.gov.dawr.interaction.recorded': z.object({
    interactionId: externalId,
    agencyId: externalId.optional(),
    serviceId: externalId.optional(),
    centreId: externalId.optional(),
    customer: customerRef.optional(),
    topic: shortText.optional(),
    outcome: z.string().min(1).max(100).optional(),
    staffId: externalId.optional(),
    assisted: z.boolean().optional(),
    onBehalf: z.boolean().optional(),
    requestNumber: requestNumber.optional(),
    startedAt: timestamp,
    endedAt: timestamp.optional(),
  }),
  'ae.gov.dawr.consent.recorded': z.object({
    customer: customerRef,
    scope: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-z][a-z0-9_.]*$/, 'lowercase scope name such as profile_history'),
    granted: z.boolean(),
    method: z.string().min(1).max(64).optional(),
    occurredAt: timestamp,
  }),
} as const;

export type CentralEventType = keyof typeof eventDataSchemas;
export const centralEventTypes = Object.keys(eventDataSchemas) as CentralEventType[];
export type EventData<T extends CentralEventType> = z.infer<(typeof eventDataSchemas)[T]>;

export const visitEventTypes = centralEventTypes.filter((t) => t.startsWith('ae.gov.dawr.visit.'));

export function isCentralEventType(type: string): type is CentralEventType {
  return Object.prototype.hasOwnProperty.call(eventDataSchemas, type);
}

/**
 * CloudEvents 1.0 structured-mode envelope. `dawrseq` is a Dawr extension attribute: the
 * sender's own increasing sequence number (the outbox row id), so per-visit order survives
 * clock skew. CloudEvents integers are 32-bit signed, hence the upper bound.
 */
export const cloudEventEnvelope = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1).max(200),
  source: z.string().min(1).max(500),
  type: z.string().min(1).max(200),
  time: timestamp.optional(),
  subject: z.string().max(200).optional(),
  datacontenttype: z.literal('application/json').optional(),
  dataschema: z.string().max(500).optional(),
  dawrseq: z.number().int().min(0).max(2_147_483_647).optional(),
  data: z.unknown(),
});
export type CloudEventEnvelope = z.infer<typeof cloudEventEnvelope>;

/** A validated event: envelope plus data typed by its event type. */
export type CentralEvent = {
  [T in CentralEventType]: Omit<CloudEventEnvelope, 'type' | 'data'> & { type: T; data: EventData<T> };
}[CentralEventType];
