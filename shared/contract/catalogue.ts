/** Centre configuration (the catalogue): one zod schema per kind, the TypeScript types derive from them. */
import * as z from 'zod';

export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'ids use letters, digits and _ . : -');
export const LocalizedText = z.object({ ar: z.string().min(1).max(200), en: z.string().min(1).max(200) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const PriorityReason = z.enum(['determination', 'senior', 'pregnant', 'appointment']);
export type PriorityReason = z.infer<typeof PriorityReason>;

export const ServiceLevelTarget = z.object({
  /** Share of visits that should wait at most `withinMinutes`, e.g. 0.8. */
  share: z.number().gt(0).max(1),
  withinMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60),
});

export const Agency = z.object({ id: Id, name: LocalizedText });
export type Agency = z.infer<typeof Agency>;

export const Service = z.object({
  id: Id,
  agencyId: Id,
  name: LocalizedText,
  /** The queue a ticket for this service joins. */
  queueId: Id,
  expectedMinutes: z.number().positive().max(480),
  target: ServiceLevelTarget,
  priorityEligible: z.array(PriorityReason).max(4),
  requiredDocuments: z.array(LocalizedText).max(20),
  onlineUrl: z.url().optional(),
});
export type Service = z.infer<typeof Service>;

export const Queue = z.object({
  id: Id,
  name: LocalizedText,
  /** Ticket prefix; each queue owns its own number sequence per business day. */
  prefix: z.string().regex(/^[A-Z]{1,2}$/, 'a prefix is one or two capital Latin letters'),
  /** New tickets are refused while closed (manager cut-off). */
  open: z.boolean().default(true),
});
export type Queue = z.infer<typeof Queue>;

export const Interleave = z.object({
  priority: z.number().int().min(1).max(20),
  normal: z.number().int().min(1).max(20),
});
export type Interleave = z.infer<typeof Interleave>;

export const CallingRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('appointmentsDue'),
    queueIds: z.array(Id).min(1),
    withinMinutes: z.number().int().min(0).max(120),
  }),
  z.object({ kind: z.literal('queuesInOrder'), queueIds: z.array(Id).min(1) }),
  z.object({ kind: z.literal('longestWaiting'), queueIds: z.array(Id).min(1) }),
  z.object({ kind: z.literal('longestWaitingAll') }),
]);
export type CallingRule = z.infer<typeof CallingRule>;

export const WorkProfile = z.object({
  id: Id,
  name: LocalizedText,
  /** Tried in order; the first rule that finds a callable visit wins. */
  rules: z.array(CallingRule).min(1).max(20),
  interleave: Interleave.optional(),
});
export type WorkProfile = z.infer<typeof WorkProfile>;

export const Counter = z.object({
  id: Id,
  /** What the display and the announcement say, e.g. "3". */
  label: z.string().min(1).max(10),
  name: LocalizedText,
  workProfileId: Id,
});
export type Counter = z.infer<typeof Counter>;

export const StaffRole = z.enum(['agent', 'floor_assistant', 'manager', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;
export const DeviceRole = z.enum(['kiosk', 'display']);
export type DeviceRole = z.infer<typeof DeviceRole>;

export const Staff = z.object({
  id: Id,
  username: z.string().min(2).max(40),
  displayName: z.string().min(1).max(80),
  roles: z.array(StaffRole).min(1),
  /** Overrides the counter's profile while this person is signed in there. */
  workProfileId: Id.optional(),
});
export type Staff = z.infer<typeof Staff>;

const HhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM');
export const OpeningHours = z.object({ open: HhMm, close: HhMm });

export const CentreSettings = z.object({
  id: Id,
  name: LocalizedText,
  /** IANA zone; business days and ticket numbering follow it. */
  timeZone: z.string().min(1),
  /** Per weekday, 0 = Sunday … 6 = Saturday; null = closed. */
  openingHours: z.array(OpeningHours.nullable()).length(7),
  recallsBeforeNoShow: z.number().int().min(0).max(10),
  recycleMinutes: z.number().int().min(1).max(240),
  interleave: Interleave,
  /** What happens to visits still open at end of day. */
  endOfDay: z.enum(['remove', 'keep']),
});
export type CentreSettings = z.infer<typeof CentreSettings>;

export const Catalogue = z.object({
  centre: CentreSettings,
  agencies: z.array(Agency),
  queues: z.array(Queue),
  services: z.array(Service),
  workProfiles: z.array(WorkProfile),
  counters: z.array(Counter),
});
export type Catalogue = z.infer<typeof Catalogue>;

/** Cross-references a schema cannot express; returns human-readable problems (empty = valid). */
export function catalogueProblems(c: Catalogue): string[] {
  const problems: string[] = [];
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const dup = (kind: string, xs: { id: string }[]) => {
    const seen = new Set<string>();
    for (const x of xs) {
      if (seen.has(x.id)) problems.push(`${kind} "${x.id}" is defined twice`);
      seen.add(x.id);
    }
  };
  dup('agency', c.agencies);
  dup('queue', c.queues);
  dup('service', c.services);
  dup('work profile', c.workProfiles);
  dup('counter', c.counters);
  const agencies = ids(c.agencies);
  const queues = ids(c.queues);
  const profiles = ids(c.workProfiles);
  const prefixes = new Map<string, string>();
  for (const q of c.queues) {
    const other = prefixes.get(q.prefix);
    if (other) problems.push(`queues "${other}" and "${q.id}" share the prefix ${q.prefix}`);
    prefixes.set(q.prefix, q.id);
  }
  for (const s of c.services) {
    if (!agencies.has(s.agencyId)) problems.push(`service "${s.id}" names unknown agency "${s.agencyId}"`);
    if (!queues.has(s.queueId)) problems.push(`service "${s.id}" names unknown queue "${s.queueId}"`);
  }
  for (const p of c.workProfiles) {
    for (const r of p.rules) {
      if (r.kind === 'longestWaitingAll') continue;
      for (const q of r.queueIds)
        if (!queues.has(q)) problems.push(`work profile "${p.id}" names unknown queue "${q}"`);
    }
  }
  for (const k of c.counters) {
    if (!profiles.has(k.workProfileId))
      problems.push(`counter "${k.id}" names unknown work profile "${k.workProfileId}"`);
  }
  return problems;
}
