/**
 * Prints a submitted service request's receipt on the submitting kiosk's printer (its catalogue
 * entry, else DAWR_KIOSK_PRINTERS), bounded by the printer's timeout. The request stands either way; when
 * the receipt cannot be printed the answer says why and the kiosk keeps the number on screen.
 */
import type { ReceiptPrintData } from '../../../devices/printer/receipt-data.js';
import { printReceiptOrFallback } from '../../../devices/printer/receipt-output.js';
import type { Hub } from '../hub.js';
import type { ReceiptPrintAnswer } from './receipt-print-data.js';
import { kioskSettingsFromEnv } from '../kiosk/settings.js';
import { kioskPrintersOf, notePrinterOutcome } from '../kiosk/ticket-print.js';

export async function printReceipt(
  hub: Hub,
  kioskId: string | null,
  data: ReceiptPrintData,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ReceiptPrintAnswer> {
  if (!kioskId) return { printed: false, printReason: 'no_printer' };
  const printer = kioskPrintersOf(hub, kioskSettingsFromEnv(env).printers).for(kioskId);
  if (!printer) return { printed: false, printReason: 'no_printer' };
  const outcome = await printReceiptOrFallback(printer, data);
  notePrinterOutcome(
    hub,
    kioskId,
    outcome.printed
      ? { printed: true, state: outcome.result.status.state }
      : { printed: false, reason: outcome.reason, message: outcome.message },
  );
  return outcome.printed ? { printed: true } : { printed: false, printReason: outcome.reason };
}
