// What the kiosk does with a submitted service request's receipt: print it, or tell the screen to
// keep showing the request number and QR code instead, as for tickets (kiosk-output.ts).
import { PrinterError, type PrintFailureReason } from './errors.js';
import type { PrintResult, TicketPrinter } from './printer.js';

export type ReceiptOutcome =
  | { printed: true; result: PrintResult }
  | { printed: false; fallback: 'screen'; reason: PrintFailureReason; message: string };

export async function printReceiptOrFallback(
  printer: TicketPrinter | null,
  data: unknown,
): Promise<ReceiptOutcome> {
  if (!printer)
    return { printed: false, fallback: 'screen', reason: 'offline', message: 'no printer configured' };
  try {
    return { printed: true, result: await printer.printReceipt(data) };
  } catch (err) {
    const e = err instanceof PrinterError ? err : new PrinterError('io', String(err));
    return { printed: false, fallback: 'screen', reason: e.reason, message: e.message };
  }
}
