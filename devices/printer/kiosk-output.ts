// What the kiosk does with a new ticket: print it, or, when the printer cannot, tell the
// kiosk screen to show the ticket (number and QR code) instead. The visitor always leaves
// with their number. A service request's receipt goes the same way (receipt-output.ts).
import { PrinterError, type PrintFailureReason } from './errors.js';
import type { PrintResult, TicketPrinter } from './printer.js';

export type PrintOutcome =
  | { printed: true; result: PrintResult }
  | { printed: false; fallback: 'screen'; reason: PrintFailureReason; message: string };

export function printOrFallback(printer: TicketPrinter | null, data: unknown): Promise<PrintOutcome> {
  return printedOrOnScreen(printer, (p) => p.print(data));
}

/** Runs `print` on the printer; without one, or when it fails, the outcome says why, for the screen. */
export async function printedOrOnScreen(
  printer: TicketPrinter | null,
  print: (printer: TicketPrinter) => Promise<PrintResult>,
): Promise<PrintOutcome> {
  if (!printer)
    return { printed: false, fallback: 'screen', reason: 'offline', message: 'no printer configured' };
  try {
    return { printed: true, result: await print(printer) };
  } catch (err) {
    const e = err instanceof PrinterError ? err : new PrinterError('io', String(err));
    return { printed: false, fallback: 'screen', reason: e.reason, message: e.message };
  }
}
