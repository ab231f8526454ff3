/** Centre configuration (the catalogue): one zod schema per kind, the TypeScript types derive from them. */
import * as z from 'zod';
import { DeviceRole } from './device-role.js';
import { cleanText, identifierText } from './text.js';
import { PrinterConfigWithoutIdSchema } from './printer.js';
import { VISITOR_LANGUAGES, type AddedLanguage, type VisitorLanguage } from '../i18n/languages.js';

export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'ids use letters, digits and _ . : -');
const nameText = () => cleanText().min(1).max(200);

/**
 * A name in Arabic and English (required: staff apps and the board read these) and, optionally, in
 * every other visitor language (issue #19). The added languages are optional keys of the same
 * record rather than a separate `translations` object: every catalogue stored before them is still
 * valid as it is (no migration of the stored JSON), `name[lang]` keeps working for ar/en, and a
 * translation lives with the name it translates, so copying, editing or deleting an entry carries
 * it along. Strict: a language code that is not shipped is refused rather than silently dropped.
 * Read it through `localisedName` (./catalogue-names.ts), which falls back language → en → ar.
 */
export const LocalizedText = z.strictObject(
  {
    ar: nameText(),
    en: nameText(),
    ur: nameText().optional(),
    fa: nameText().optional(),
    hi: nameText().optional(),
    ml: nameText().optional(),
    bn: nameText().optional(),
    tl: nameText().optional(),
  } satisfies Record<VisitorLanguage, z.ZodType>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `not a shipped language: ${issue.keys.join(', ')} (use ${VISITOR_LANGUAGES.join(', ')})`
        : undefined,
  },
);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A visitor language beyond Arabic and English (the optional keys of a name). */
export const AddedLanguageCode = z.enum(['ur', 'fa', 'hi', 'ml', 'bn', 'tl'] satisfies AddedLanguage[]);

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
  /**
   * Walk-in tickets stop this many minutes before closing (shared/domain/opening-state.ts);
   * absent: the centre's `lastTicketMinutesBeforeClose`.
   */
  lastTicketMinutesBeforeClose: z.number().int().min(0).max(240).optional(),
  /**
   * Languages the boards announce this queue's calls in after the screen's own (Arabic and English
   * by default), in order, e.g. ['ur', 'ml'] for a queue many Urdu and Malayalam speakers use
   * (issue #19). A board without a voice for one skips it silently. Absent = none.
   */
  announcementLanguages: z
    .array(
      z.enum(VISITOR_LANGUAGES, {
        error: (issue) =>
          `not a shipped language: ${String(issue.input)} (use ${VISITOR_LANGUAGES.join(', ')})`,
      }),
    )
    .max(VISITOR_LANGUAGES.length)
    .refine((ls) => new Set(ls).size === ls.length, 'a language is listed twice')
    .optional(),
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
  label: cleanText().min(1).max(10),
  name: LocalizedText,
  workProfileId: Id,
});
export type Counter = z.infer<typeof Counter>;

export const StaffRole = z.enum(['agent', 'floor_assistant', 'manager', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;
// Its own module (the hub client's contract needs it without the catalogue's schemas).
export { DeviceRole };

export const Staff = z.object({
  id: Id,
  username: identifierText().min(2).max(40),
  displayName: cleanText().min(1).max(80),
  roles: z.array(StaffRole).min(1),
  /** Overrides the counter's profile while this person is signed in there. */
  workProfileId: Id.optional(),
});
export type Staff = z.infer<typeof Staff>;

const HhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM');
export const OpeningHours = z.object({ open: HhMm, close: HhMm });

/** A calendar day as YYYY-MM-DD that exists (no 2026-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'not a calendar date');

/**
 * A public holiday or another day with its own hours (issue #15): closed all day, or open `hours`
 * instead of the weekday's. The reason is shown to citizens ("عيد الاتحاد / National Day").
 */
export const ClosedDate = z.object({
  /** Local date in the centre's zone. */
  date: IsoDate,
  reason: LocalizedText,
  /** Open these hours that day instead of closed (e.g. a short day before a holiday). */
  hours: OpeningHours.optional(),
});
export type ClosedDate = z.infer<typeof ClosedDate>;

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
  /** Walk-in tickets stop this many minutes before closing unless a queue says otherwise; absent: 30. */
  lastTicketMinutesBeforeClose: z.number().int().min(0).max(240).optional(),
  /**
   * How long a counter's break usually lasts: the waiting-time estimate expects a counter on break
   * back this long after it left (the counter app does not say when). Absent: 20.
   */
  typicalBreakMinutes: z.number().int().min(1).max(240).optional(),
  /**
   * Digits in Arabic text on every app, the printer and the FAQ: `latn` (0123) or `arab` (٠١٢٣).
   * Optional so older catalogues validate; absent = `latn` (shared/i18n/numbers.ts, DEFAULT_DIGITS).
   */
  digits: z.enum(['latn', 'arab']).optional(),
  /** Public holidays and days with their own hours, each date once (shared/domain/opening-state.ts). */
  closedDates: z
    .array(ClosedDate)
    .max(400)
    .superRefine((days, ctx) => {
      const seen = new Set<string>();
      days.forEach((d, i) => {
        if (seen.has(d.date))
          ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `${d.date} is listed twice` });
        seen.add(d.date);
      });
    })
    .optional(),
});
export type CentreSettings = z.infer<typeof CentreSettings>;

export const ScreenLanguage = z.enum(['ar', 'en']);

/**
 * What one waiting-hall display shows, keyed by the device id the hub issued it. A display without
 * an entry shows the defaults; values in its URL fragment (#queues=…&lang=…) override these.
 */
export const DisplayDeviceSettings = z.object({
  deviceId: Id,
  /** Only calls and counts for these queues; empty = all. */
  queueIds: z.array(Id).max(50).default([]),
  /** Labels and announcements in this order; the first is the screen's main language. */
  languages: z
    .array(ScreenLanguage)
    .min(1)
    .max(2)
    .refine((ls) => new Set(ls).size === ls.length, 'a language is listed twice')
    .default(['ar', 'en']),
  /** Earlier calls listed under the latest one. */
  historySize: z.number().int().min(0).max(20).default(6),
  showWaiting: z.boolean().default(true),
});
export type DisplayDeviceSettings = z.infer<typeof DisplayDeviceSettings>;

/** A serial port, not any file: /dev/ttyUSB0, /dev/ttyS1, /dev/serial/by-id/…, /dev/cu.… , /dev/rfcomm0. */
const SERIAL_PORT = /^\/dev\/(tty[\w.-]+|cu\.[\w.-]+|rfcomm\d+|serial\/by-(id|path)\/[\w.:+-]+)$/;

/**
 * A kiosk's ticket printer as the dashboard sets it: the printer schema of the devices (one
 * definition, shared/contract/printer.ts), minus what a dashboard account must not choose on the
 * hub's machine: the commands run for a CUPS printer, a font file, a serial path outside the ports.
 * Those stay in DAWR_KIOSK_PRINTERS, which only whoever runs the hub can set.
 */
export const KioskPrinterSettings = PrinterConfigWithoutIdSchema.superRefine((p, ctx) => {
  const c = p.connection;
  if (c.kind === 'os' && (c.lpCommand !== 'lp' || c.lpstatCommand !== 'lpstat'))
    ctx.addIssue({
      code: 'custom',
      path: ['connection'],
      message: 'the print commands of a CUPS printer are set in DAWR_KIOSK_PRINTERS, not in the catalogue',
    });
  if (c.kind === 'serial' && !SERIAL_PORT.test(c.path))
    ctx.addIssue({
      code: 'custom',
      path: ['connection'],
      message: `"${c.path}" is not a serial port (e.g. serial:/dev/ttyUSB0 or serial:/dev/serial/by-id/…)`,
    });
  if (p.fontPath !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['fontPath'],
      message: 'a font file is set in DAWR_KIOSK_PRINTERS, not in the catalogue',
    });
});
export type KioskPrinterSettings = z.infer<typeof KioskPrinterSettings>;

/** One kiosk's place on the floor, the agencies it offers and its ticket printer, keyed by its device id. */
export const KioskDeviceSettings = z.object({
  deviceId: Id,
  /** Where it stands, shown to floor assistants in help requests, e.g. "Entrance, left". */
  location: cleanText().max(80).default(''),
  /** Only these agencies' services are offered; empty = all. */
  agencyIds: z.array(Id).max(50).default([]),
  /**
   * The printer the hub prints this kiosk's tickets on (browser kiosks, through /api/v1/kiosk/print).
   * Wins over the kiosk's entry in DAWR_KIOSK_PRINTERS; without it that entry (if any) applies.
   */
  printer: KioskPrinterSettings.optional(),
});
export type KioskDeviceSettings = z.infer<typeof KioskDeviceSettings>;

/** The happiness meter. */
export const FeedbackSettings = z.object({
  /** Whether the meter is offered (kiosk) and votes accepted at all. */
  enabled: z.boolean().default(true),
  /** How long after a visit ends a rating is still accepted. */
  windowMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(24 * 60),
});
export type FeedbackSettings = z.infer<typeof FeedbackSettings>;
export const DEFAULT_FEEDBACK: FeedbackSettings = { enabled: true, windowMinutes: 24 * 60 };

export const Catalogue = z.object({
  centre: CentreSettings,
  agencies: z.array(Agency),
  queues: z.array(Queue),
  services: z.array(Service),
  workProfiles: z.array(WorkProfile),
  counters: z.array(Counter),
  /** Optional: catalogues written before these existed still validate (defaults apply). */
  displays: z.array(DisplayDeviceSettings).optional(),
  kiosks: z.array(KioskDeviceSettings).optional(),
  feedback: FeedbackSettings.optional(),
  /**
   * The added languages whose catalogue names were machine-translated and not yet reviewed by a
   * reader of the language (the dashboard's missing-strings view shows it, as it does for the apps'
   * catalogues). Absent = none.
   */
  machineTranslatedNames: z
    .array(AddedLanguageCode)
    .refine((ls) => new Set(ls).size === ls.length, 'a language is listed twice')
    .optional(),
});
export type Catalogue = z.infer<typeof Catalogue>;

export const DEFAULT_DISPLAY: Omit<DisplayDeviceSettings, 'deviceId'> = {
  queueIds: [],
  languages: ['ar', 'en'],
  historySize: 6,
  showWaiting: true,
};

/** A display's settings: its entry, or the defaults. */
export function displaySettingsFor(c: Catalogue, deviceId: string): DisplayDeviceSettings {
  return c.displays?.find((d) => d.deviceId === deviceId) ?? { deviceId, ...DEFAULT_DISPLAY };
}

/** A kiosk's settings: its entry, or the defaults (no label, every agency). */
export function kioskSettingsFor(c: Catalogue, deviceId: string): KioskDeviceSettings {
  return c.kiosks?.find((k) => k.deviceId === deviceId) ?? { deviceId, location: '', agencyIds: [] };
}

export function feedbackSettings(c: Catalogue): FeedbackSettings {
  return c.feedback ?? DEFAULT_FEEDBACK;
}

/** The catalogue as one kiosk offers it: only its agencies and their services (empty list = all). */
export { catalogueForKiosk } from './catalogue-for-kiosk.js';

/**
 * Socket event `deviceSettings` (hub → display or kiosk): this device's settings, sent on connect,
 * on request (the same event with an ack) and after every catalogue change.
 */
export const DeviceSettingsMessage = z.discriminatedUnion('role', [
  z.object({ role: z.literal('display'), display: DisplayDeviceSettings }),
  // The printer stays on the hub, which prints for the kiosk.
  z.object({
    role: z.literal('kiosk'),
    kiosk: KioskDeviceSettings.omit({ printer: true }),
    feedback: FeedbackSettings,
  }),
]);
export type DeviceSettingsMessage = z.infer<typeof DeviceSettingsMessage>;

/** A device the hub issued a key to (the `devices` table), for cross-reference checks. */
export interface KnownDevice {
  id: string;
  role: DeviceRole;
}

/**
 * Cross-references a schema cannot express; returns human-readable problems (empty = valid).
 * With `devices` (the hub's registered devices) display and kiosk entries must name one of them.
 */
export function catalogueProblems(c: Catalogue, devices?: readonly KnownDevice[]): string[] {
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
  const deviceDup = (kind: string, xs: { deviceId: string }[]) => {
    const seen = new Set<string>();
    for (const x of xs) {
      if (seen.has(x.deviceId)) problems.push(`${kind} "${x.deviceId}" is configured twice`);
      seen.add(x.deviceId);
    }
  };
  const roleOf = devices ? new Map(devices.map((d) => [d.id, d.role])) : undefined;
  const checkDevice = (kind: string, id: string, role: DeviceRole) => {
    if (!roleOf) return;
    const actual = roleOf.get(id);
    if (actual === undefined) problems.push(`${kind} "${id}" is not a registered device`);
    else if (actual !== role) problems.push(`${kind} "${id}" is registered as a ${actual}, not a ${role}`);
  };
  deviceDup('display', c.displays ?? []);
  for (const d of c.displays ?? []) {
    checkDevice('display', d.deviceId, 'display');
    for (const q of d.queueIds)
      if (!queues.has(q)) problems.push(`display "${d.deviceId}" names unknown queue "${q}"`);
  }
  deviceDup('kiosk', c.kiosks ?? []);
  for (const k of c.kiosks ?? []) {
    checkDevice('kiosk', k.deviceId, 'kiosk');
    for (const a of k.agencyIds)
      if (!agencies.has(a)) problems.push(`kiosk "${k.deviceId}" names unknown agency "${a}"`);
  }
  return problems;
}
