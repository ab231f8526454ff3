/**
 * A ticket printer's configuration, validated with zod so a typo is reported clearly (at start-up for
 * DAWR_KIOSK_PRINTERS and a kiosk's config file, on save for a kiosk's entry in the catalogue) instead
 * of failing on the first ticket. The one definition: devices/printer/config.ts re-exports it.
 */
import * as z from 'zod';
import { VISITOR_LANGUAGES } from '../i18n/languages.js';

export const PrinterConnectionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('tcp'),
    host: z.string().min(1).max(253),
    port: z.number().int().min(1).max(65535).default(9100),
  }),
  z.object({
    kind: z.literal('serial'),
    path: z.string().min(1).max(255),
    baudRate: z.number().int().positive().max(921600).default(19200),
  }),
  z.object({
    kind: z.literal('os'),
    /** The CUPS queue name; the job is sent raw with `lp -o raw`. */
    printerName: z.string().regex(/^[A-Za-z0-9_.-]{1,127}$/, 'a CUPS printer name'),
    lpCommand: z.string().min(1).default('lp'),
    lpstatCommand: z.string().min(1).default('lpstat'),
  }),
]);
export type PrinterConnection = z.infer<typeof PrinterConnectionSchema>;

/** Accepts `tcp://host[:port]`, `serial:/dev/ttyUSB0[?baud=19200]` or `printer:NAME`. */
export function parsePrinterUri(uri: string): PrinterConnection {
  const tcp = /^tcp:\/\/([^/:\s]+)(?::(\d{1,5}))?\/?$/i.exec(uri);
  if (tcp)
    return PrinterConnectionSchema.parse({ kind: 'tcp', host: tcp[1], port: tcp[2] ? Number(tcp[2]) : 9100 });
  const serial = /^serial:(\/[^?\s]+)(?:\?baud=(\d+))?$/i.exec(uri);
  if (serial) {
    return PrinterConnectionSchema.parse({
      kind: 'serial',
      path: serial[1],
      baudRate: serial[2] ? Number(serial[2]) : 19200,
    });
  }
  const os = /^printer:(.+)$/i.exec(uri);
  if (os) return PrinterConnectionSchema.parse({ kind: 'os', printerName: os[1] });
  throw new Error(`printer address "${uri}" is not tcp://host:port, serial:/dev/… or printer:NAME`);
}

/** The address form of a connection, as `parsePrinterUri` reads it (for forms and lists). */
export function printerUri(c: z.input<typeof PrinterConnectionSchema> | string): string {
  if (typeof c === 'string') return c;
  switch (c.kind) {
    case 'tcp':
      return `tcp://${c.host}:${c.port ?? 9100}`;
    case 'serial':
      return `serial:${c.path}${c.baudRate !== undefined && c.baudRate !== 19200 ? `?baud=${c.baudRate}` : ''}`;
    case 'os':
      return `printer:${c.printerName}`;
  }
}

const PrinterConfigFields = z
  .object({
    id: z.string().min(1).max(64),
    /** Command set: EPSON is ESC/POS; STAR is Star Line Mode (no DLE EOT status). */
    type: z.enum(['epson', 'star']).default('epson'),
    // An address or the object it stands for; a bad address is reported with its own reason
    // (a union of a transform would only say "Invalid input").
    connection: z.union([z.string(), PrinterConnectionSchema]).transform((c, ctx) => {
      if (typeof c !== 'string') return c;
      try {
        return parsePrinterUri(c);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
    paperWidthMm: z.union([z.literal(80), z.literal(58)]).default(80),
    /** text: the printer shapes Arabic itself (Windows-1256 code page); bitmap: Arabic lines are raster images. */
    mode: z.enum(['text', 'bitmap']).default('bitmap'),
    /** Upper bound for one print, status check included; the kiosk never waits longer. */
    timeoutMs: z.number().int().min(200).max(10_000).default(4000),
    statusPollMs: z.number().int().min(500).max(600_000).default(15_000),
    fontPath: z.string().min(1).optional(),
  })
  .strict();

// Star Line Mode has no Windows-1256 selector, and node-thermal-printer's fallback for Arabic text
// on STAR picks a code page it has no command for: STAR printers print Arabic as images.
const noStarText = (c: { type: 'epson' | 'star'; mode: 'text' | 'bitmap' }): boolean =>
  !(c.type === 'star' && c.mode === 'text');
const noStarTextError = {
  path: ['mode'],
  message: 'STAR printers print Arabic in bitmap mode only; use mode "bitmap"',
};

export const PrinterConfigSchema = PrinterConfigFields.refine(noStarText, noStarTextError);
/** The same, for maps keyed by device id, which supply the id. */
export const PrinterConfigWithoutIdSchema = PrinterConfigFields.partial({ id: true }).refine(
  noStarText,
  noStarTextError,
);

export type PrinterConfig = z.infer<typeof PrinterConfigSchema>;
export type PrinterConfigInput = z.input<typeof PrinterConfigSchema>;

/**
 * A language of the slip: any shipped visitor language (issue #19). An unknown code is refused with
 * the list, so a kiosk built for a newer registry fails clearly instead of printing the wrong text.
 */
export const PrintLanguageSchema = z.enum(VISITOR_LANGUAGES, {
  error: `not a shipped language (one of ${VISITOR_LANGUAGES.join(', ')})`,
});
export type PrintLanguage = z.infer<typeof PrintLanguageSchema>;

/**
 * Arabic and English always, and the text in any other shipped language that has it (a name the
 * catalogue has in Hindi); the slip prints the visitor's language, else English, next to Arabic.
 */
const printTextIn = (max: number, min: number) => {
  const line = z.string().min(min).max(max);
  return z
    .object({ ar: line, en: line })
    .extend(
      Object.fromEntries(VISITOR_LANGUAGES.slice(2).map((l) => [l, line.optional()])) as Record<
        Exclude<PrintLanguage, 'ar' | 'en'>,
        z.ZodOptional<z.ZodString>
      >,
    );
};
const PrintBilingual = printTextIn(200, 1);
/** An IANA time zone this runtime knows, so the slip's times are the centre's local times. */
export const PrintTimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'unknown time zone');
const PrintHhMm = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'time as HH:MM');

/**
 * What a ticket slip says about today's closing: the time the centre closes, and a line when the
 * ticket's median estimate runs past it (`estimate_past_closing`) or the queue's last walk-in ticket
 * is near (`last_ticket_near`, with that time). Null or absent: nothing printed (a centre open
 * around the clock, a closed day).
 */
export const TicketClosingSchema = z
  .object({
    closesAt: PrintHhMm,
    notice: z.enum(['estimate_past_closing', 'last_ticket_near']).nullable(),
    lastTicketTime: PrintHhMm.nullable(),
  })
  .strict()
  .refine((c) => c.notice !== 'last_ticket_near' || c.lastTicketTime !== null, {
    path: ['lastTicketTime'],
    message: 'a last-ticket notice needs the last ticket time',
  });
export type TicketClosing = z.infer<typeof TicketClosingSchema>;

/**
 * The data a printed ticket shows: plain values, so the hub, the Electron kiosk and the tests can
 * build it without knowing about printers; validated because it crosses a process boundary
 * (`GET /api/v1/kiosk/tickets/:visitId/print-data` → the kiosk's main process → the printer).
 */
export const TicketPrintDataSchema = z
  .object({
    centre: PrintBilingual,
    agency: PrintBilingual,
    service: PrintBilingual,
    ticketNumber: z
      .string()
      .regex(/^[A-Z]{1,2}[0-9]{1,4}$/, 'a ticket number is a prefix and digits, e.g. A042'),
    issuedAt: z.number().int().positive(),
    timeZone: PrintTimeZone,
    position: z.number().int().min(0).max(9999),
    /**
     * The wait every screen shows for this ticket (shared/domain/wait-shown.ts), in whole minutes: its
     * range, 0–1 when it is called within a minute; null when no counter is open for its queue (the
     * slip then says so: any minutes would be a guess about when one opens). Required, so a slip
     * never goes out silent about the wait.
     */
    estimatedWaitMinutes: z
      .object({ low: z.number().min(0).max(1440), high: z.number().min(0).max(1440) })
      .refine((w) => w.low <= w.high, 'low must not exceed high')
      .nullable(),
    statusUrl: z.url().max(300),
    notes: printTextIn(600, 0),
    /**
     * The citizen's language: its lines lead the slip, Arabic is always printed beside them; another
     * language than Arabic and English takes English's place (devices/printer/ticket-template.ts).
     * Absent: Arabic.
     */
    language: PrintLanguageSchema.optional(),
    /** The priority the visit was given (e.g. senior citizens), printed large; absent or null: none. */
    priority: PrintBilingual.nullable().optional(),
    /** Whose behalf the holder acts on (their relation, not a name); absent or null: their own. */
    representative: PrintBilingual.nullable().optional(),
    /** Today's closing time and what it means for this ticket (issue #15). */
    closing: TicketClosingSchema.nullable().optional(),
    /**
     * The centre's digits for the Arabic lines drawn as images (`catalogue.centre.digits`); English
     * and the ticket number stay Latin. Absent: `latn`.
     */
    digits: z.enum(['latn', 'arab']).optional(),
  })
  .strict();
export type TicketPrintData = z.infer<typeof TicketPrintDataSchema>;
