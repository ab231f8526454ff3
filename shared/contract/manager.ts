/**
 * The manager dashboard's messages on '/manager' (and their HTTP twins under /api/v1/manager):
 * live metrics, alerts, reports, manager actions and audited configuration. One schema per message.
 */
import * as z from 'zod';
import { cleanText } from './text.js';
import { Catalogue, Id, Staff } from './catalogue.js';
import { RekeyDeviceInput, RevokeDeviceInput, SetDeviceExpiryInput } from './auth.js';
import { BackupNowInput } from './backup.js';

export const ServiceLevelState = z.enum(['green', 'amber', 'red']);
export type ServiceLevelState = z.infer<typeof ServiceLevelState>;

/** Manager-tunable thresholds for the live view and its alerts (kept by the hub, audited). */
export const DashboardThresholds = z.object({
  /** Amber while the service level is below target by at most this share (e.g. 0.1 = 10 points). */
  amberMargin: z.number().min(0).max(1),
  /** A queue alert fires when more than this many people wait … */
  queueMaxWaiting: z.number().int().min(1).max(10_000),
  /** … or when the longest current wait passes this many minutes. */
  queueMaxWaitMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** A counter left available and idle this long while its queues wait raises an alert. */
  counterIdleMinutes: z.number().int().min(1).max(240),
});
export type DashboardThresholds = z.infer<typeof DashboardThresholds>;
export const DEFAULT_THRESHOLDS: DashboardThresholds = {
  amberMargin: 0.1,
  queueMaxWaiting: 25,
  queueMaxWaitMinutes: 30,
  counterIdleMinutes: 5,
};

export const TodayFigures = z.object({
  issued: z.number().int().min(0),
  served: z.number().int().min(0),
  noShows: z.number().int().min(0),
  abandoned: z.number().int().min(0),
  /** Visits called today, and of those, how many within their service's target. */
  called: z.number().int().min(0),
  withinTarget: z.number().int().min(0),
  /** null until someone has been called (or is waiting past target). */
  serviceLevel: z.number().min(0).max(1).nullable(),
  targetShare: z.number().min(0).max(1),
  state: ServiceLevelState,
});
export type TodayFigures = z.infer<typeof TodayFigures>;

export const QueueMetrics = TodayFigures.extend({ queueId: z.string() });
export const AgencyMetrics = TodayFigures.extend({
  agencyId: z.string(),
  waiting: z.number().int().min(0),
  longestWaitMinutes: z.number().min(0),
});

export const LiveMetrics = z.object({
  at: z.number(),
  businessDay: z.string(),
  queues: z.array(QueueMetrics),
  agencies: z.array(AgencyMetrics),
  /** Index = hour of the day in the centre's zone. */
  hourly: z.array(
    z.object({
      hour: z.number().int().min(0).max(23),
      arrivals: z.number().int().min(0),
      served: z.number().int().min(0),
      serviceLevel: z.number().min(0).max(1).nullable(),
    }),
  ),
  /** Today's waits by band: upper bounds in minutes (the last band is open-ended). */
  waitBands: z.array(z.object({ upToMinutes: z.number().nullable(), visits: z.number().int().min(0) })),
  thresholds: DashboardThresholds,
});
export type LiveMetrics = z.infer<typeof LiveMetrics>;

export const AlertKind = z.enum([
  'queue_over_threshold',
  'counter_idle',
  'printer_offline',
  'printer_paper_out',
  /** A warning, not a failure: the kiosk's printer reports paper near its end (main/hub/features/health/). */
  'printer_paper_low',
  'sync_lagging',
  /** No good backup for twice the interval during opening hours (main/hub/features/backup/). */
  'backup_stopped',
  /** A kiosk or display unheard for longer than the set time in opening hours (main/hub/features/health/). */
  'device_silent',
  'disk_low',
]);
export type AlertKind = z.infer<typeof AlertKind>;

/** How urgent an alert is: a warning wants attention soon (paper to refill); the rest, action now. */
export type AlertLevel = 'critical' | 'warning';
export function alertLevel(kind: AlertKind): AlertLevel {
  return kind === 'printer_paper_low' ? 'warning' : 'critical';
}

export const Alert = z.object({
  id: z.string(),
  kind: AlertKind,
  /** What it is about: a queue, counter or device id. */
  subject: z.string(),
  detail: z.record(z.string(), z.unknown()),
  raisedAt: z.number(),
  /** When the condition went away (the alert stays until acknowledged). */
  clearedAt: z.number().nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.number().nullable(),
});
export type Alert = z.infer<typeof Alert>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');
export const ReportGroupBy = z.enum(['service', 'agency', 'counter', 'staff', 'hour', 'weekday']);
export type ReportGroupBy = z.infer<typeof ReportGroupBy>;

export const ReportQuery = z
  .object({ from: Day, to: Day, groupBy: ReportGroupBy })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to' });
export type ReportQuery = z.infer<typeof ReportQuery>;

export const ReportChannel = z.enum(['kiosk', 'appointment', 'floor', 'remote', 'api']);
export const ReportRow = z.object({
  key: z.string(),
  visits: z.number().int().min(0),
  /** Waits (issue → first call) in seconds; null when nobody in the group was called. */
  avgWaitS: z.number().nullable(),
  medianWaitS: z.number().nullable(),
  p90WaitS: z.number().nullable(),
  avgTransactionS: z.number().nullable(),
  avgWalkingS: z.number().nullable(),
  serviceLevel: z.number().nullable(),
  noShowRate: z.number().nullable(),
  abandonmentRate: z.number().nullable(),
  transfers: z.number().int().min(0),
  happiness: z.object({
    votes: z.number().int().min(0),
    happy: z.number().nullable(),
    neutral: z.number().nullable(),
    unhappy: z.number().nullable(),
  }),
  channels: z.record(ReportChannel, z.number().int().min(0)),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const Report = z.object({
  query: z.object({ from: Day, to: Day, groupBy: ReportGroupBy }),
  rows: z.array(ReportRow),
  total: ReportRow,
  generatedAt: z.number(),
});
export type Report = z.infer<typeof Report>;

export const SetQueueOpenInput = z.object({
  queueId: Id,
  open: z.boolean(),
  /** Close later (cut-off for new tickets); epoch ms. Absent = now. */
  at: z.number().int().positive().optional(),
});
/**
 * A queue change scheduled for later today ("no new tickets after 15:30"): kept by the hub across
 * restarts, at most one per queue (a newer schedule replaces it; an immediate change cancels it).
 */
export const ScheduledCutoff = z.object({
  queueId: Id,
  /** What the queue becomes at `at`: false = closed to new tickets, true = reopened. */
  open: z.boolean(),
  at: z.number().int(),
  scheduledBy: z.string(),
  scheduledAt: z.number().int(),
});
export type ScheduledCutoff = z.infer<typeof ScheduledCutoff>;
/** The answer to 'manager.scheduledCutoffs', also pushed to dashboards as `scheduledCutoffs`, by time. */
export const ScheduledCutoffs = z.array(ScheduledCutoff);
export type ScheduledCutoffs = z.infer<typeof ScheduledCutoffs>;
export const CancelCutoffInput = z.object({ queueId: Id });
/** The answer to 'manager.setQueueOpen': the queue's state now, and when the scheduled change happens. */
export const SetQueueOpenResult = z.object({
  queueId: Id,
  open: z.boolean(),
  scheduledAt: z.number().int().nullable(),
});
export type SetQueueOpenResult = z.infer<typeof SetQueueOpenResult>;
/** The CSV report's language (GET /api/v1/manager/reports.csv?lang=…); Arabic unless asked. */
export const ReportCsvLanguage = z.enum(['ar', 'en']).default('ar');
export const MoveCounterInput = z.object({ counterId: Id, workProfileId: Id });
export const AnnounceInput = z.object({
  text: z.object({ ar: cleanText().min(1).max(280), en: cleanText().min(1).max(280) }),
  /** How long displays keep it on screen. */
  minutes: z.number().int().min(1).max(240).default(5),
});
export const AcknowledgeAlertInput = z.object({ alertId: z.string().min(1).max(64) });
export const UpdateCatalogueInput = z.object({
  catalogue: Catalogue,
  /** What the edit touched, for the audit log, e.g. "services:eid-renew" (audited as catalogue.<what>). */
  what: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/)
    .optional(),
});
export const UpdateThresholdsInput = z.object({ thresholds: DashboardThresholds });
/** A staff member as the catalogue holds them, with the PIN and whether the account works. */
export const UpsertStaffInput = Staff.extend({
  /** Required for a new account; absent keeps the current PIN. */
  pin: z
    .string()
    .regex(/^\d{6,12}$/, 'a PIN is 6 to 12 digits')
    .optional(),
  active: z.boolean().default(true),
});
export type UpsertStaffInput = z.infer<typeof UpsertStaffInput>;

/** What '/display' receives as `message` when a manager announces something. */
export const DisplayMessage = z.object({
  id: z.string(),
  text: z.object({ ar: z.string(), en: z.string() }),
  until: z.number(),
  at: z.number(),
});
export type DisplayMessage = z.infer<typeof DisplayMessage>;

/**
 * A board's answer to `currentMessage` (on load and reconnect): the message up now, if any, and the
 * hub's clock, so the board takes it down after `until - now` on its own clock.
 */
export const CurrentDisplayMessage = z.object({ message: DisplayMessage.nullable(), now: z.number() });
export type CurrentDisplayMessage = z.infer<typeof CurrentDisplayMessage>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.number(),
  staffId: z.string(),
  what: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Manager socket events (client → server, each acknowledged with an AckResult). */
export const MANAGER_EVENTS = [
  'manager.metrics',
  'manager.alerts',
  'manager.acknowledgeAlert',
  'manager.report',
  'manager.setQueueOpen',
  'manager.scheduledCutoffs',
  'manager.cancelCutoff',
  'manager.moveCounter',
  'manager.announce',
  'manager.catalogue',
  'manager.updateCatalogue',
  'manager.thresholds',
  'manager.updateThresholds',
  'manager.staff',
  'manager.upsertStaff',
  'manager.audit',
  'manager.deviceKeys',
  'manager.revokeDevice',
  'manager.setDeviceExpiry',
  'manager.rekeyDevice',
  'manager.backups',
  'manager.backupNow',
  'manager.deviceHealth',
] as const;
export type ManagerEvent = (typeof MANAGER_EVENTS)[number];

/**
 * The input each manager event takes (the others take none): what the hub's handlers parse with,
 * and what its OpenAPI document shows for POST /api/v1/manager/<name>.
 */
export const MANAGER_EVENT_INPUTS = {
  'manager.acknowledgeAlert': AcknowledgeAlertInput,
  'manager.report': ReportQuery,
  'manager.setQueueOpen': SetQueueOpenInput,
  'manager.cancelCutoff': CancelCutoffInput,
  'manager.moveCounter': MoveCounterInput,
  'manager.announce': AnnounceInput,
  'manager.updateCatalogue': UpdateCatalogueInput,
  'manager.updateThresholds': UpdateThresholdsInput,
  'manager.upsertStaff': UpsertStaffInput,
  'manager.revokeDevice': RevokeDeviceInput,
  'manager.setDeviceExpiry': SetDeviceExpiryInput,
  'manager.rekeyDevice': RekeyDeviceInput,
  // An action, not a read: it takes a body (empty, nothing else accepted) like the other actions.
  'manager.backupNow': BackupNowInput,
} as const satisfies Partial<Record<ManagerEvent, z.ZodType>>;
