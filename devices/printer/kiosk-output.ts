// What the kiosk does with a new ticket: print it, or, when the printer cannot, tell the
// kiosk screen to show the ticket (number and QR code) instead. The visitor always leaves
// with their number.
import { PrinterError, type PrintFailureReason } from './errors.js';
import type { PrintResult, TicketPrinter } from './printer.js';

export type TicketOutcome =
  | { printed: true; result: PrintResult }
  | { printed: false; fallback: 'screen'; reason: PrintFailureReason; message: string };

export async function printOrFallback(printer: TicketPrinter | null, data: unknown): Promise<TicketOutcome> {
  if (!printer)
    return { printed: false, fallback: 'screen', reason: 'offline', message: 'no printer configured' };
  try {
    return { printed: true, result: await printer.print(data) };
  } catch (err) {
    const e = err instanceof PrinterError ? err : new PrinterError('io', String(err));
    return { printed: false, fallback: 'screen', reason: e.reason, message: e.message };
  }
}
