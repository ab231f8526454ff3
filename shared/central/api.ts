// Request and response shapes of the central profile API (v1). The server validates with these
// and generates its OpenAPI document from them, so the document cannot drift from the code.
import * as z from 'zod';
import {
  identifierHash,
  requestNumber,
  requestStatus,
  timelineChannel,
  timestamp,
  visitChannel,
} from './events.js';

export const API_PREFIX = '/api/v1';

/** Media type of a CloudEvents JSON batch (CloudEvents JSON format, section 4). */
export const CLOUDEVENTS_BATCH_MEDIA_TYPE = 'application/cloudevents-batch+json';

export const apiError = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof apiError>;

export const eventResult = z.object({
  index: z.number().int(),
  id: z.string().nullable(),
  source: z.string().nullable(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  code: z.string().optional(),
  message: z.string().optional(),
});
export type EventResult = z.infer<typeof eventResult>;

export const batchResponse = z.object({
  accepted: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
  results: z.array(eventResult),
});
export type BatchResponse = z.infer<typeof batchResponse>;

/** Every read of a profile says who is reading and why; both go to the customer's access log. */
export const readerContext = z.object({
  purpose: z.string().trim().min(3).max(200),
  actor: z.string().trim().min(1).max(128),
});

export const lookupRequest = readerContext
  .extend({ idHash: identifierHash.optional(), mobileHash: identifierHash.optional() })
  .refine((r) => r.idHash !== undefined || r.mobileHash !== undefined, {
    message: 'give idHash or mobileHash',
  });
export const lookupResponse = z.object({ customerKey: z.string() });

export const timelineQuery = readerContext.extend({
  channel: timelineChannel.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const visitStep = z.object({
  type: z.string(),
  occurredAt: timestamp,
  seq: z.number().int().nullable(),
});

export const timelineItem = z.object({
  id: z.string(),
  kind: z.enum(['visit', 'contact', 'request_update']),
  channel: timelineChannel,
  source: z.string(),
  occurredAt: timestamp,
  endedAt: timestamp.nullable(),
  centreId: z.string().nullable(),
  agencyId: z.string().nullable(),
  serviceIds: z.array(z.string()),
  visitChannel: visitChannel.nullable(),
  ticket: z.string().nullable(),
  status: z.string().nullable(),
  outcome: z.string().nullable(),
  topic: z.string().nullable(),
  staffId: z.string().nullable(),
  assisted: z.boolean(),
  onBehalf: z.boolean(),
  feedback: z.object({ rating: z.number().int(), comment: z.string().nullable() }).nullable(),
  requestNumber: z.string().nullable(),
  requestStatus: requestStatus.nullable(),
  steps: z.array(visitStep),
});
export type TimelineItem = z.infer<typeof timelineItem>;

export const timelineResponse = z.object({
  customerKey: z.string(),
  items: z.array(timelineItem),
  nextCursor: z.string().nullable(),
});

export const requestQuery = readerContext;

export const requestStatusEntry = z.object({
  status: requestStatus,
  channel: timelineChannel,
  source: z.string(),
  occurredAt: timestamp,
  note: z.string().nullable(),
});

export const requestResponse = z.object({
  number: requestNumber,
  status: requestStatus,
  agencyId: z.string(),
  serviceId: z.string().nullable(),
  customerKey: z.string().nullable(),
  startedChannel: timelineChannel,
  updatedAt: timestamp,
  history: z.array(requestStatusEntry),
});
export type RequestResponse = z.infer<typeof requestResponse>;

export const accessLogQuery = readerContext.extend({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const accessLogEntry = z.object({
  at: timestamp,
  reader: z.string(),
  actor: z.string(),
  purpose: z.string(),
  action: z.enum(['lookup', 'timeline', 'request', 'access_log', 'consents']),
});
export type AccessLogEntry = z.infer<typeof accessLogEntry>;

export const accessLogResponse = z.object({
  customerKey: z.string(),
  entries: z.array(accessLogEntry),
  nextCursor: z.string().nullable(),
});

export const consentEntry = z.object({
  scope: z.string(),
  granted: z.boolean(),
  method: z.string().nullable(),
  source: z.string(),
  occurredAt: timestamp,
});

export const consentsResponse = z.object({
  customerKey: z.string(),
  /** Latest decision per scope. */
  current: z.array(consentEntry),
  history: z.array(consentEntry),
});
