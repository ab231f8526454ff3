/** What the hub sends to clients: read models, each with its schema so clients validate too. */
import * as z from 'zod';
import { LocalizedText, PriorityReason } from './catalogue.js';
import { Visit, VisitorLanguage, VisitStatus } from './visit.js';
import { OpeningState } from './opening.js';

export const WaitEstimateView = z.object({
  ahead: z.number().int().min(0),
  /** Lower end of the p10–p90 range (optional: older hubs send only p50/p90). */
  p10Minutes: z.number().min(0).optional(),
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
  /**
   * Waiting visits rated each against its own service's target, past it and nearing it, by the rule
   * the dashboard's service level counts (shared/domain/queue-wait-level.ts): the counter's colour
   * for the line, which cannot tell from the longest wait whose target applies.
   */
  againstTarget: z.object({ past: z.number().int().min(0), near: z.number().int().min(0) }),
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
  /**
   * Where the ticket in hand is: called and the citizen not yet at the counter, or being served;
   * null when the counter holds none. A call nobody answers is not service (U11).
   */
  currentVisitStatus: z.enum(['called', 'serving']).nullable(),
  /** Since when it is so: the call (a recall keeps it), or the start of service; null when none is in hand. */
  currentVisitSince: z.number().nullable(),
  breakReason: z.string().nullable(),
  /** When the counter last changed: opened, went on break, called or was freed. */
  since: z.number(),
  workProfileId: z.string().nullable(),
});
export type CounterView = z.infer<typeof CounterView>;

export const CentreSnapshot = z.object({
  at: z.number(),
  businessDay: z.string(),
  queues: z.array(QueueSummary),
  counters: z.array(CounterView),
  /** Open, closing soon or closed at `at`, per queue too (shared/domain/opening-state.ts). */
  opening: OpeningState,
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

/** The centre snapshot's frame, with the queues and counters as a device may see them. */
export const DeviceSnapshot = CentreSnapshot.extend({
  queues: z.array(DeviceQueueView),
  /** Empty for kiosks, which show no counters. */
  counters: z.array(DeviceCounterView),
});
export type DeviceSnapshot = z.infer<typeof DeviceSnapshot>;

/**
 * A call as the display board shows and announces it. The board faces the public: it gets the
 * call's own id (the `visit.called`/`visit.recalled` event's), never the visit's (issue #15).
 */
export const CallAnnouncement = z.object({
  /** Unique per call and recall: the announcer takes each once. */
  callId: z.string(),
  ticket: z.string(),
  prefix: z.string(),
  number: z.number().int(),
  counterId: z.string(),
  counterLabel: z.string(),
  queueId: z.string(),
  recall: z.boolean(),
  at: z.number(),
  /**
   * The language the ticket was taken in (issue #19): the board writes the call in it under the call
   * too. A language, not a person: no name or visit id goes with it. Absent from older hubs.
   */
  language: VisitorLanguage.optional(),
});
export type CallAnnouncement = z.infer<typeof CallAnnouncement>;

/**
 * An earlier call of today as the display board lists it after a (re)load (`recentCalls` on
 * '/display'): the ticket, where and when it was called, its queue (for the screen's queue
 * filter); no visit id, nothing about the person.
 */
export const RecentCall = z
  .object({
    ticket: z.string(),
    counterLabel: z.string(),
    queueId: z.string(),
    recall: z.boolean(),
    at: z.number(),
    /** The visitor's language, as in a live call (absent for visits stored before it existed). */
    language: VisitorLanguage.optional(),
  })
  .strict();
export type RecentCall = z.infer<typeof RecentCall>;

/** Newest first, one entry per ticket (its latest call), at most RECENT_CALLS_LIMIT. */
export const RecentCalls = z.object({ businessDay: z.string(), calls: z.array(RecentCall) }).strict();
export type RecentCalls = z.infer<typeof RecentCalls>;
/** The board shows the current call and up to 20 earlier ones (its history setting's maximum). */
export const RECENT_CALLS_LIMIT = 21;

/** The public status page's view of one visit: nothing personal. */
export const PublicTicketStatus = z.object({
  ticket: z.string(),
  status: VisitStatus,
  service: LocalizedText,
  position: z.number().int().min(0).nullable(),
  estimate: WaitEstimateView.nullable(),
  counterLabel: z.string().nullable(),
  at: z.number(),
  /** The language the ticket was taken in: the phone page opens in it (the citizen can switch). */
  language: VisitorLanguage.optional(),
  /**
   * The centre the ticket is for, in every language it is named in: a citizen following tickets
   * at two centres, or a family member sent the link, could not tell which one this was.
   * Optional so a page answered by an older hub still reads.
   */
  centre: LocalizedText.optional(),
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
