/**
 * Prints a submitted service request's receipt on the submitting kiosk's printer (the kiosk module's
 * KIOSK_PRINTERS: its catalogue entry, else DAWR_KIOSK_PRINTERS), bounded by the printer's timeout. The request stands either way; when
 * the receipt cannot be printed the answer says why and the kiosk keeps the number on screen.
 */
import type { ReceiptPrintData } from '../../../../devices/printer/receipt-data.js';
import { printReceiptOrFallback } from '../../../../devices/printer/receipt-output.js';
import type { ReceiptPrintAnswer } from './receipt-print-data.js';
import type { KioskPrinterSet } from '../../core/services/ids.js';

export async function printReceipt(
  printers: KioskPrinterSet | undefined,
  kioskId: string | null,
  data: ReceiptPrintData,
): Promise<ReceiptPrintAnswer> {
  if (!kioskId || !printers) return { printed: false, printReason: 'no_printer' };
  const printer = printers.for(kioskId);
  if (!printer) return { printed: false, printReason: 'no_printer' };
  const outcome = await printReceiptOrFallback(printer, data);
  printers.noteOutcome(
    kioskId,
    outcome.printed
      ? { printed: true, state: outcome.result.status.state }
      : { printed: false, reason: outcome.reason, message: outcome.message },
  );
  return outcome.printed ? { printed: true } : { printed: false, printReason: outcome.reason };
}
