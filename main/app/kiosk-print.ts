/**
 * The kiosk's print in the main process: fetch the ticket's data from the hub, print it on the
 * kiosk's own printer, or report why not (the kiosk screen then shows the ticket instead).
 */
import type { PrintTicketResult } from '../../shared/contract/ipc.js';
import { printOrFallback } from '../../devices/printer/kiosk-output.js';
import type { TicketPrinter } from '../../devices/printer/printer.js';
import { HubApiError, type HubApi } from './hub-api.js';

export type KioskPrint = (visitId: string) => Promise<PrintTicketResult>;

export function createKioskPrint(
  printer: TicketPrinter | null,
  hubApi: Pick<HubApi, 'ticketPrintData'>,
  onHubError?: (err: HubApiError) => void,
): KioskPrint {
  return async (visitId) => {
    if (!printer) return { printed: false, reason: 'no_printer' };
    let data: unknown;
    try {
      data = await hubApi.ticketPrintData(visitId);
    } catch (err) {
      // The kiosk screen explains 'offline' (show the ticket instead); the detail is for the log.
      onHubError?.(err instanceof HubApiError ? err : new HubApiError('hub_unreachable', String(err)));
      return { printed: false, reason: 'offline' };
    }
    const outcome = await printOrFallback(printer, data);
    return outcome.printed ? { printed: true } : { printed: false, reason: outcome.reason };
  };
}
