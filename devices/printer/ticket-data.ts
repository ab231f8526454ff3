// The data a ticket shows. Plain values so the hub, the kiosk and the tests can build it
// without knowing about printers; validated because it crosses a process boundary.
import { z } from 'zod';

const Bilingual = z.object({ ar: z.string().min(1).max(200), en: z.string().min(1).max(200) });

export const TicketPrintDataSchema = z
  .object({
    centre: Bilingual,
    agency: Bilingual,
    service: Bilingual,
    ticketNumber: z
      .string()
      .regex(/^[A-Z]{1,2}[0-9]{1,4}$/, 'a ticket number is a prefix and digits, e.g. A042'),
    issuedAt: z.number().int().positive(),
    timeZone: z.string().refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'unknown time zone'),
    position: z.number().int().min(0).max(9999),
    estimatedWaitMinutes: z
      .object({ low: z.number().min(0).max(1440), high: z.number().min(0).max(1440) })
      .refine((w) => w.low <= w.high, 'low must not exceed high'),
    statusUrl: z.url().max(300),
    notes: z.object({ ar: z.string().max(600), en: z.string().max(600) }),
    /** The citizen's language: its lines lead the slip (Arabic is always printed). Absent: Arabic. */
    language: z.enum(['ar', 'en']).optional(),
    /** The priority the visit was given (e.g. senior citizens), printed large; absent or null: none. */
    priority: Bilingual.nullable().optional(),
    /** Whose behalf the holder acts on (their relation, not a name); absent or null: their own. */
    representative: Bilingual.nullable().optional(),
  })
  .strict();

export type TicketPrintData = z.infer<typeof TicketPrintDataSchema>;

export class TicketDataError extends Error {
  constructor(message: string) {
    super(`invalid ticket data: ${message}`);
    this.name = 'TicketDataError';
  }
}

export function parseTicketData(input: unknown): TicketPrintData {
  const r = TicketPrintDataSchema.safeParse(input);
  if (!r.success) {
    throw new TicketDataError(
      r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
    );
  }
  return r.data;
}
