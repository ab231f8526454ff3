// Parsing a ticket's print data on the printer's side. The schema is the contract's
// (shared/contract/printer.ts): the hub builds the data, the kiosk's main process passes it on.
import { TicketPrintDataSchema, type TicketPrintData } from '../../shared/contract/printer.js';
import { parseDeviceInput } from '../parse-input.js';

export class TicketDataError extends Error {
  constructor(message: string) {
    super(`invalid ticket data: ${message}`);
    this.name = 'TicketDataError';
  }
}

export function parseTicketData(input: unknown): TicketPrintData {
  return parseDeviceInput(TicketPrintDataSchema, input, (problems) => new TicketDataError(problems));
}
