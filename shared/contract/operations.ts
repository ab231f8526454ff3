/**
 * Every operation a client can ask of the hub, typed once: the input and output schemas, who may
 * call it, and its HTTP route. The socket.io events, the HTTP API, the OpenAPI and AsyncAPI
 * documents and the typed `HubClient.call` are all generated from this table, so they cannot drift.
 */
import * as z from 'zod';
import { cleanText } from './text.js';
import { Id, PriorityReason, StaffRole, DeviceRole } from './catalogue.js';
import { Channel, DeliveredService, Representative, Visit, VisitorLanguage } from './visit.js';
import { IssuedTicket } from './views.js';

const CounterVisit = z.object({ counterId: Id, visitId: z.string().min(1).max(64) });

/** Emirates ID as printed: 784-YYYY-NNNNNNN-C (dashes optional); checked further in the hub. */
export const IdentityInput = z.union([
  z.object({ kind: z.literal('emiratesId'), value: z.string().min(15).max(18) }),
  z.object({ kind: z.literal('mobile'), value: z.string().min(9).max(16) }),
]);
export type IdentityInput = z.infer<typeof IdentityInput>;

export const IssueTicketInput = z.object({
  serviceId: Id,
  /** `appointment` only through appointment check-in or by staff (see main/hub/core/issue-policy.ts). */
  priority: PriorityReason.nullable().default(null),
  /** Set by the hub from the caller for kiosks and phones; a kiosk may only say `kiosk`. */
  channel: Channel.default('kiosk'),
  language: VisitorLanguage.default('ar'),
  identity: IdentityInput.nullable().default(null),
  representative: Representative.nullable().default(null),
  appointmentAt: z.number().int().positive().nullable().default(null),
  /** One per tap: the same key never issues two tickets. */
  idempotencyKey: z.string().min(8).max(64),
});
export type IssueTicketInput = z.infer<typeof IssueTicketInput>;

export const TransferTarget = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('queue'),
    queueId: Id,
    serviceId: Id.optional(),
    /** first in line, last in line, or at the place of the original arrival. */
    position: z.enum(['first', 'last', 'original']),
  }),
  z.object({ kind: z.literal('counter'), counterId: Id }),
  z.object({ kind: z.literal('staff'), staffId: Id }),
]);
export type TransferTarget = z.infer<typeof TransferTarget>;

export const TransferInput = CounterVisit.extend({
  target: TransferTarget,
  note: cleanText().max(1000).default(''),
});
export type TransferInput = z.infer<typeof TransferInput>;

export const CompleteInput = CounterVisit.extend({ services: z.array(DeliveredService).min(1).max(10) });
export type CompleteInput = z.infer<typeof CompleteInput>;

export const CounterStatusInput = z.object({
  counterId: Id,
  status: z.enum(['available', 'break', 'closed']),
  reason: cleanText().max(80).optional(),
  /** Recorded when closing with a visit still in hand. */
  outcome: cleanText().min(1).max(40).optional(),
});
export type CounterStatusInput = z.infer<typeof CounterStatusInput>;

/**
 * The ticket's public token (from its QR code): lets a kiosk or a phone act on a ticket it did not
 * issue, because the citizen holding the ticket asks. Staff need none.
 */
export const TicketToken = z.string().min(1).max(64);
export const CancelInput = z.object({ visitId: z.string().min(1).max(64), token: TicketToken.optional() });
/** "I'm running late": move a waiting ticket back this many places in its line. */
export const PostponeInput = z.object({
  visitId: z.string().min(1).max(64),
  places: z.number().int().min(1).max(50),
  token: TicketToken.optional(),
});
/** The visitor's language chosen on their phone (#19); an unknown code is refused, nothing changes. */
export const VisitLanguageInput = z.object({
  visitId: z.string().min(1).max(64),
  language: VisitorLanguage,
  token: TicketToken.optional(),
});
export const EndOfDayInput = z.object({
  mode: z.enum(['remove', 'keep']).optional(),
  /** Only visits of business days before this one, YYYY-MM-DD. */
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export const CounterOnly = z.object({ counterId: Id });
export { CounterVisit };

/** A counter's state as the engine keeps it (openCounter, setCounterStatus, worklist). */
export const CounterState = z.object({
  counterId: z.string(),
  status: z.enum(['closed', 'available', 'break']),
  staffId: z.string().nullable(),
  currentVisitId: z.string().nullable(),
  breakReason: z.string().nullable(),
  since: z.number(),
});
export type CounterState = z.infer<typeof CounterState>;

export const EndOfDayResult = z.object({ removed: z.number().int().min(0) });
export type EndOfDayResult = z.infer<typeof EndOfDayResult>;

export type Role = z.infer<typeof StaffRole> | z.infer<typeof DeviceRole>;
const AGENTS: Role[] = ['agent', 'manager', 'admin'];

interface OperationSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  /** What the hub answers: the HTTP 200 body, the `data` of the socket acknowledgement. */
  output: O;
  roles: Role[];
  method: 'POST';
  /** Path under /api/v1; `:name` segments fill the input field of that name. */
  path: string;
  summary: string;
}
function op<I extends z.ZodType, O extends z.ZodType>(spec: OperationSpec<I, O>): OperationSpec<I, O> {
  return spec;
}

export const OPERATIONS = {
  issueTicket: op({
    input: IssueTicketInput,
    output: IssuedTicket,
    roles: ['kiosk', 'floor_assistant', 'manager', 'admin'],
    method: 'POST',
    path: '/visits',
    summary: 'Issue a ticket for a service (idempotent per idempotencyKey).',
  }),
  cancelVisit: op({
    input: CancelInput,
    output: Visit,
    roles: ['kiosk', 'floor_assistant', ...AGENTS],
    method: 'POST',
    path: '/visits/:visitId/cancel',
    summary: 'The customer left (abandonment).',
  }),
  postponeVisit: op({
    input: PostponeInput,
    output: Visit,
    roles: ['kiosk', 'floor_assistant', 'manager', 'admin'],
    method: 'POST',
    path: '/visits/:visitId/postpone',
    summary: 'The customer is running late: move the waiting ticket back a number of places.',
  }),
  setVisitLanguage: op({
    input: VisitLanguageInput,
    output: Visit,
    roles: ['kiosk', 'floor_assistant', ...AGENTS],
    method: 'POST',
    path: '/visits/:visitId/language',
    summary: "The visitor's language, chosen on their phone: later SMS and the counter's panel follow it.",
  }),
  openCounter: op({
    input: CounterOnly,
    output: CounterState,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/open',
    summary: 'Sign the calling staff member in at a counter.',
  }),
  setCounterStatus: op({
    input: CounterStatusInput,
    output: CounterState,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/status',
    summary: 'Available, on break (with reason) or closed (ends a visit in hand with an outcome).',
  }),
  callNext: op({
    input: CounterOnly,
    output: Visit.nullable(),
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/call-next',
    summary: 'Call the next visit by the work profile in force; null when nobody is waiting.',
  }),
  callVisit: op({
    input: CounterVisit,
    output: Visit,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/call/:visitId',
    summary: 'Call a specific waiting visit (walk direct).',
  }),
  recall: op({
    input: CounterVisit,
    output: Visit,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/recall/:visitId',
    summary: 'Call the same visit again.',
  }),
  startServing: op({
    input: CounterVisit,
    output: Visit,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/start/:visitId',
    summary: 'The customer arrived at the counter.',
  }),
  markNoShow: op({
    input: CounterVisit,
    output: Visit,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/no-show/:visitId',
    summary: 'After the configured recalls.',
  }),
  recycle: op({
    input: CounterVisit,
    output: Visit,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/recycle/:visitId',
    summary: 'Back into the queue, callable again after the recycle minutes.',
  }),
  park: op({
    input: CounterVisit,
    output: Visit,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/park/:visitId',
    summary: 'Set the visit aside and free the counter.',
  }),
  resume: op({
    input: CounterVisit,
    output: Visit,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/resume/:visitId',
    summary: 'Take a parked visit back.',
  }),
  transfer: op({
    input: TransferInput,
    output: Visit,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/transfer/:visitId',
    summary: 'To a queue (first, last, original arrival), a counter or a staff member, with a note.',
  }),
  complete: op({
    input: CompleteInput,
    output: Visit,
    roles: AGENTS,
    method: 'POST',
    path: '/counters/:counterId/complete/:visitId',
    summary: 'Record the services delivered and their outcomes.',
  }),
  endOfDay: op({
    input: EndOfDayInput,
    output: EndOfDayResult,
    roles: ['manager', 'admin'],
    method: 'POST',
    path: '/centre/end-of-day',
    summary: 'Handle visits still open (remove or keep, per configuration).',
  }),
} as const;

export type Operations = typeof OPERATIONS;
export type OperationName = keyof Operations;
/** The input as the hub sees it after validation (defaults filled in). */
export type OperationInput<N extends OperationName> = z.output<Operations[N]['input']>;
/** The input as a client may send it (fields with defaults may be left out). */
export type OperationRequest<N extends OperationName> = z.input<Operations[N]['input']>;
/** What the operation answers. */
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;
export const OPERATION_NAMES = Object.keys(OPERATIONS) as OperationName[];
