/**
 * Assisted digital service at the kiosk: help requests to the floor assistants, the live form both
 * sides edit, acting on someone's behalf, and the service request a submission creates.
 *
 * Socket events (acks are AckResult):
 * - `/kiosk` (device key): `raiseHelp` RaiseHelpInput → HelpRequest; `formUpdate` FormUpdateInput →
 *   FormState; `closeHelp` {requestId} → HelpRequest. The kiosk receives `helpAccepted` (HelpRequest)
 *   and `formState` (FormState) for its own requests.
 * - `/counter` (floor_assistant, manager, admin): `openHelpRequests` → HelpRequest[]; `acceptHelp`
 *   {requestId} → HelpRequest (first accept wins, later ones get `invalid_transition`); `formUpdate`
 *   → FormState for a request they accepted. They receive `helpRequest` (HelpRequest, new or changed)
 *   and `formState`.
 */
import * as z from 'zod';
import { cleanText, stripInvisibleDeep } from './text.js';
import { Id } from './catalogue.js';
import { Language } from './visit.js';
import { requestStatus } from '../central/events.js';

export const HelpReason = z.enum(['assistant_handover', 'form_help', 'other']);
export type HelpReason = z.infer<typeof HelpReason>;

export const RaiseHelpInput = z
  .object({ serviceId: Id.optional(), reason: HelpReason, language: Language.default('ar') })
  .strict();
export type RaiseHelpInput = z.infer<typeof RaiseHelpInput>;

export const HelpRequestStatus = z.enum(['open', 'accepted', 'closed']);
export const HelpRequest = z.object({
  id: z.string(),
  kioskId: z.string(),
  /** The kiosk's name, so the assistant knows where to walk. */
  location: z.string(),
  serviceId: Id.nullable(),
  reason: HelpReason,
  language: Language,
  status: HelpRequestStatus,
  raisedAt: z.number(),
  acceptedBy: z.string().nullable(),
  acceptedByName: z.string().nullable(),
  acceptedAt: z.number().nullable(),
});
export type HelpRequest = z.infer<typeof HelpRequest>;

export const RequestRef = z.object({ requestId: z.string().min(1).max(64) }).strict();

/** A form field's value as the kiosk renders it (text inputs, selects, checkboxes). */
export const FieldValue = z.union([
  cleanText({ whileTyping: true }).max(500),
  z.number(),
  z.boolean(),
  z.null(),
]);
export type FieldValue = z.infer<typeof FieldValue>;
/** Dotted path of a form field (address.emirate), or `doc:<id>` for a checked document. */
export const FieldPath = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'a field path is letters, digits, ".", ":", "_" and "-"');

/** Changed fields only; at most 50 per update. Last writer wins per field; the hub numbers each write. */
export const FormUpdateInput = z
  .object({
    requestId: z.string().min(1).max(64),
    fields: z
      .record(FieldPath, FieldValue)
      .refine((f) => Object.keys(f).length > 0 && Object.keys(f).length <= 50, '1 to 50 fields per update'),
  })
  .strict();
export type FormUpdateInput = z.infer<typeof FormUpdateInput>;

export const FieldState = z.object({
  value: FieldValue,
  /** Increases with every write to this field; a client ignores a state older than what it has. */
  version: z.number().int().positive(),
  by: z.enum(['kiosk', 'assistant']),
});
export const FormState = z.object({
  requestId: z.string(),
  fields: z.record(z.string(), FieldState),
});
export type FormState = z.infer<typeof FormState>;

export const Authorisation = z.enum(['power_of_attorney', 'consent_in_person', 'guardian']);
export type Authorisation = z.infer<typeof Authorisation>;
export const Relation = z.enum(['family', 'employer', 'other']);
export const OnBehalf = z
  .object({ relation: Relation, authorisation: Authorisation, name: cleanText().min(1).max(80).optional() })
  .strict();
export type OnBehalf = z.infer<typeof OnBehalf>;

export const SubmitServiceRequestInput = z
  .object({
    serviceId: Id,
    data: z.record(z.string(), z.unknown()).overwrite((d) => stripInvisibleDeep(d) as typeof d),
    /** Ids of the documents the citizen showed or attached (the checklist). */
    documents: z.array(z.string().min(1).max(64)).max(30).default([]),
    language: Language.default('ar'),
    onBehalf: OnBehalf.nullable().default(null),
    /** The help request an assistant accepted, so the request records who assisted. */
    helpRequestId: z.string().min(1).max(64).optional(),
    idempotencyKey: z.string().min(8).max(80),
  })
  .strict();
export type SubmitServiceRequestInput = z.infer<typeof SubmitServiceRequestInput>;

/** Central's statuses: the hub sends each change there as it is (features/assisted/request-sync.ts). */
export const ServiceRequestStatus = requestStatus;

export const ServiceRequest = z.object({
  number: z.string(),
  serviceId: Id,
  agencyId: Id,
  status: ServiceRequestStatus,
  submittedAt: z.number(),
  assistedBy: z.string().nullable(),
  onBehalf: OnBehalf.nullable(),
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

/** What the kiosk shows (and the receipt prints) after a submission. */
export const SubmittedRequest = z.object({
  request: ServiceRequest,
  statusUrl: z.string(),
  onlineUrl: z.string().nullable(),
  printed: z.boolean(),
  printReason: z.string().optional(),
});
export type SubmittedRequest = z.infer<typeof SubmittedRequest>;

/** `GET /api/v1/public/requests/:token` (the receipt's link token): central's status when it answers, else the hub's own. */
export const PublicRequestStatus = z.object({
  number: z.string(),
  status: ServiceRequestStatus,
  serviceId: z.string(),
  submittedAt: z.number(),
  source: z.enum(['central', 'hub']),
});
export type PublicRequestStatus = z.infer<typeof PublicRequestStatus>;
