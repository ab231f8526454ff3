/**
 * Answers of hub routes and events that had no schema of their own: what the OpenAPI and AsyncAPI
 * documents show, and what tests check real answers against. Handlers keep their own types; these
 * describe the same shapes (tests/hub/api-responses.test.ts fails when they drift apart).
 */
import * as z from 'zod';
import { Catalogue, DeviceRole, PriorityReason, Staff } from './catalogue.js';
import { Visit, VisitEvent } from './visit.js';
import { IssuedTicket, PublicTicketStatus } from './views.js';
import { TicketOptions } from './remote.js';
import { FaqEntry } from '../domain/assistant/contract.js';
import { HelpRequest } from './assisted.js';
import {
  Alert,
  AuditEntry,
  DashboardThresholds,
  DisplayMessage,
  LiveMetrics,
  MoveCounterInput,
  Report,
  ScheduledCutoff,
  ScheduledCutoffs,
  SetQueueOpenResult,
  type ManagerEvent,
} from './manager.js';
import { DeviceKeyInfo } from './auth.js';
import { CreatedPairingCode } from './pairing.js';
import { BackupNowResult, BackupStatus } from './backup.js';
import { DeviceHealthList } from './device-health.js';
import {
  CounterState,
  EndOfDayResult,
  OPERATIONS,
  OPERATION_NAMES,
  type OperationName,
  type Operations,
} from './operations.js';

export const LoginResult = z.object({
  token: z.string(),
  staff: Staff.pick({ id: true, username: true, displayName: true, roles: true }).loose(),
});

const StorageHealth = z
  .object({ writable: z.boolean(), reason: z.string().nullable().optional(), low: z.boolean().optional() })
  .loose();
/** GET /healthz: 200 while the hub can save, 503 (with code and message) while writes are refused. */
export const HealthzResult = z.object({
  ok: z.boolean(),
  storage: StorageHealth,
  code: z.string().optional(),
  message: z.string().optional(),
});

// Operation answers live with the operations (shared/contract/operations.ts: each one's `output`).
export { CounterState, EndOfDayResult };

/** What each operation answers (HTTP 200 body; the `data` of its socket acknowledgement). */
export const OPERATION_RESULTS = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, OPERATIONS[name].output]),
) as { [N in OperationName]: Operations[N]['output'] };

/** One stored event of a visit, as GET /api/v1/visits/:visitId lists them (in order). */
export const StoredVisitEvent = z.object({
  seq: z.number().int(),
  id: z.string(),
  type: VisitEvent.shape.type,
  at: z.number(),
  data: z.unknown(),
});
export const VisitRecord = z.object({ visit: Visit, events: z.array(StoredVisitEvent) });

export const StaffSummary = z.object({ id: z.string(), displayName: z.string(), roles: z.array(z.string()) });
export const StaffList = z.array(StaffSummary);

export const WaitingTicket = z.object({
  visitId: z.string(),
  ticket: z.string(),
  queueId: z.string(),
  priority: PriorityReason.nullable(),
  queuedAt: z.number(),
});
/**
 * A visit as a counter's worklist shows it: without the ticket's public token, which lets whoever
 * holds it cancel or postpone the ticket (the desk acts on visits by id, with its own credential).
 */
export const WorklistVisit = Visit.omit({ publicToken: true });
export type WorklistVisit = z.infer<typeof WorklistVisit>;
export const Worklist = z.object({
  counter: CounterState,
  inHand: WorklistVisit.nullable(),
  parked: z.array(WorklistVisit),
  assigned: z.array(WorklistVisit),
  waiting: z.array(WaitingTicket),
});

export const DeviceStatusResult = z.object({ accepted: z.literal(true), alert: z.string().nullable() });

export const RegisteredDevice = z.object({ id: z.string(), role: DeviceRole, name: z.string() });
export const RegisteredDevices = z.array(RegisteredDevice);

export const HelpRequestList = z.object({ helpRequests: z.array(HelpRequest) });

export const FaqList = z.object({ faqs: z.array(FaqEntry) });
export const FaqAuditRow = z.object({
  seq: z.number().int(),
  faqId: z.string(),
  action: z.enum(['seed', 'create', 'update', 'delete']),
  actor: z.string(),
  at: z.number(),
  before: FaqEntry.nullable(),
  after: FaqEntry.nullable(),
});
export const FaqAudit = z.object({ audit: z.array(FaqAuditRow) });
export const FaqAuditQuery = z.object({
  faqId: FaqEntry.shape.id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const FaqChanged = z.union([z.object({ faq: FaqEntry }), z.object({ deleted: z.literal(true) })]);

export const TicketLateResult = z.object({
  moved: z.boolean(),
  status: PublicTicketStatus,
  options: TicketOptions,
});
export const TicketCancelResult = z.object({ status: PublicTicketStatus });
/** The ticket's status after its language changed (its `language` is the new one). */
export const TicketLanguageResult = z.object({ status: PublicTicketStatus });
export const PushSubscribed = z.object({ subscribed: z.literal(true) });

export const AppointmentsQuery = z.object({
  from: z.string().regex(/^\d+$/, 'epoch milliseconds').optional(),
  to: z.string().regex(/^\d+$/, 'epoch milliseconds').optional(),
});

/** `manager.staff`: every staff member with whether they may still sign in. */
export const ManagedStaff = z.array(Staff.extend({ active: z.boolean() }));

/** What each manager event answers (HTTP 200 body of POST /api/v1/manager/<name>; the ack's data). */
export const MANAGER_EVENT_RESULTS = {
  'manager.metrics': LiveMetrics,
  'manager.alerts': z.array(Alert),
  'manager.acknowledgeAlert': Alert,
  'manager.report': Report,
  'manager.setQueueOpen': SetQueueOpenResult,
  'manager.scheduledCutoffs': ScheduledCutoffs,
  'manager.cancelCutoff': ScheduledCutoff,
  'manager.moveCounter': MoveCounterInput,
  'manager.announce': DisplayMessage,
  'manager.catalogue': Catalogue,
  'manager.updateCatalogue': Catalogue,
  'manager.thresholds': DashboardThresholds,
  'manager.updateThresholds': DashboardThresholds,
  'manager.staff': ManagedStaff,
  'manager.upsertStaff': Staff,
  'manager.audit': z.array(AuditEntry),
  'manager.deviceKeys': z.array(DeviceKeyInfo),
  'manager.revokeDevice': DeviceKeyInfo,
  'manager.setDeviceExpiry': DeviceKeyInfo,
  'manager.rekeyDevice': CreatedPairingCode,
  'manager.backups': BackupStatus,
  'manager.backupNow': BackupNowResult,
  'manager.deviceHealth': DeviceHealthList,
} as const satisfies Record<ManagerEvent, z.ZodType>;

export { IssuedTicket };
