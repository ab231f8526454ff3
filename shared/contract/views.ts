/** What the hub sends to clients: read models, each with its schema so clients validate too. */
import * as z from 'zod';
import { LocalizedText, PriorityReason } from './catalogue.js';
import { Visit, VisitStatus } from './visit.js';

export const WaitEstimateView = z.object({
  ahead: z.number().int().min(0),
  p50Minutes: z.number().min(0),
  p90Minutes: z.number().min(0),
  counters: z.number().int().min(0),
  pastClosing: z.boolean(),
});
export type WaitEstimateView = z.infer<typeof WaitEstimateView>;

export const QueueSummary = z.object({
  queueId: z.string(),
  name: LocalizedText,
  prefix: z.string(),
  open: z.boolean(),
  waiting: z.number().int().min(0),
  waitingPriority: z.number().int().min(0),
  longestWaitMinutes: z.number().min(0),
  estimate: WaitEstimateView,
});
export type QueueSummary = z.infer<typeof QueueSummary>;

export const CounterView = z.object({
  counterId: z.string(),
  label: z.string(),
  name: LocalizedText,
  status: z.enum(['closed', 'available', 'break']),
  busy: z.boolean(),
  staffId: z.string().nullable(),
  currentVisitId: z.string().nullable(),
  currentTicket: z.string().nullable(),
  breakReason: z.string().nullable(),
  since: z.number(),
  workProfileId: z.string().nullable(),
});
export type CounterView = z.infer<typeof CounterView>;

export const CentreSnapshot = z.object({
  at: z.number(),
  businessDay: z.string(),
  queues: z.array(QueueSummary),
  counters: z.array(CounterView),
});
export type CentreSnapshot = z.infer<typeof CentreSnapshot>;

/**
 * What kiosks and displays get instead of the centre snapshot: only what their screens show.
 * Their keys sit on the floor, so no staff ids, breaks, work profiles or visit ids.
 */
export const DeviceQueueView = QueueSummary.pick({
  queueId: true,
  name: true,
  prefix: true,
  open: true,
  waiting: true,
  estimate: true,
});
export type DeviceQueueView = z.infer<typeof DeviceQueueView>;

/** A counter with a ticket at it now, as the display board shows it after a reconnect. */
export const DeviceCounterView = z.object({
  counterId: z.string(),
  label: z.string(),
  currentTicket: z.string(),
  since: z.number(),
});
export type DeviceCounterView = z.infer<typeof DeviceCounterView>;

export const DeviceSnapshot = z.object({
  at: z.number(),
  businessDay: z.string(),
  queues: z.array(DeviceQueueView),
  /** Empty for kiosks, which show no counters. */
  counters: z.array(DeviceCounterView),
});
export type DeviceSnapshot = z.infer<typeof DeviceSnapshot>;

/** A call as the display board shows and announces it. */
export const CallAnnouncement = z.object({
  visitId: z.string(),
  ticket: z.string(),
  prefix: z.string(),
  number: z.number().int(),
  counterId: z.string(),
  counterLabel: z.string(),
  queueId: z.string(),
  recall: z.boolean(),
  at: z.number(),
});
export type CallAnnouncement = z.infer<typeof CallAnnouncement>;

/** The public status page's view of one visit: nothing personal. */
export const PublicTicketStatus = z.object({
  ticket: z.string(),
  status: VisitStatus,
  service: LocalizedText,
  position: z.number().int().min(0).nullable(),
  estimate: WaitEstimateView.nullable(),
  counterLabel: z.string().nullable(),
  at: z.number(),
});
export type PublicTicketStatus = z.infer<typeof PublicTicketStatus>;

/** The ticket a kiosk shows and prints. */
export const IssuedTicket = z.object({
  visit: Visit,
  replayed: z.boolean(),
  estimate: WaitEstimateView,
  statusPath: z.string(),
});
export type IssuedTicket = z.infer<typeof IssuedTicket>;

export const VisitChanged = z.object({ visit: Visit });
export type VisitChanged = z.infer<typeof VisitChanged>;

export { PriorityReason };
