// What the kiosk does with a submitted service request's receipt: print it, or tell the screen to
// keep showing the request number and QR code instead, as for tickets (kiosk-output.ts).
import { printedOrOnScreen, type PrintOutcome } from './kiosk-output.js';
import type { TicketPrinter } from './printer.js';

export function printReceiptOrFallback(printer: TicketPrinter | null, data: unknown): Promise<PrintOutcome> {
  return printedOrOnScreen(printer, (p) => p.printReceipt(data));
}
