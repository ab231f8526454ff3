// The data a service request receipt shows (assisted digital service at the kiosk). Plain values,
// validated because they cross a process boundary; nothing personal: no form data, no identity.
import { z } from 'zod';
import { PrintTimeZone } from '../../shared/contract/printer.js';
import { parseDeviceInput } from '../parse-input.js';

const Bilingual = z.object({ ar: z.string().min(1).max(200), en: z.string().min(1).max(200) });

export const ReceiptPrintDataSchema = z
  .object({
    centre: Bilingual,
    agency: Bilingual,
    service: Bilingual,
    requestNumber: z
      .string()
      .regex(/^SR-[0-9]{8}-[0-9]{4,6}$/, 'a request number is SR-YYYYMMDD-NNNN, e.g. SR-20250101-0001'),
    submittedAt: z.number().int().positive(),
    timeZone: PrintTimeZone,
    statusUrl: z.url().max(300),
    /** The service's own online channel, for "do it yourself online next time"; null when it has none. */
    onlineUrl: z.url().max(300).nullable(),
    /** The citizen's language: its lines lead the receipt (Arabic is always printed). Absent: Arabic. */
    language: z.enum(['ar', 'en']).optional(),
  })
  .strict();

export type ReceiptPrintData = z.infer<typeof ReceiptPrintDataSchema>;

export function parseReceiptData(input: unknown): ReceiptPrintData {
  return parseDeviceInput(
    ReceiptPrintDataSchema,
    input,
    (problems) => new Error(`invalid receipt data: ${problems}`),
  );
}
