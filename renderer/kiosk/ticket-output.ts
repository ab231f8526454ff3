/**
 * Where a new ticket is printed: a small port so the Electron shell's preload
 * (`window.dawr.printTicket`) can replace the browser's way (the hub prints for us).
 */
import { PrintTicketResult } from '../../shared/contract/kiosk.js';
import type { KioskApi } from './kiosk-api.js';

export interface TicketOutput {
  /** Resolves with printed or not (and why) within a few seconds; never rejects. */
  print(visitId: string): Promise<PrintTicketResult>;
}

interface DawrPreload {
  printTicket?: (visitId: string) => Promise<unknown>;
}

/** The browser kiosk: the hub renders the ticket and sends it to this kiosk's printer. */
export class HubTicketOutput implements TicketOutput {
  constructor(private readonly api: KioskApi) {}

  async print(visitId: string): Promise<PrintTicketResult> {
    const r = await this.api.post<unknown>('/kiosk/print', { visitId });
    if (!r.ok) return { printed: false, reason: 'offline' };
    const parsed = PrintTicketResult.safeParse(r.data);
    return parsed.success ? parsed.data : { printed: false, reason: 'bad-reply' };
  }
}

/** The Electron kiosk: its preload talks to the local printer. */
export class PreloadTicketOutput implements TicketOutput {
  constructor(private readonly printTicket: (visitId: string) => Promise<unknown>) {}

  async print(visitId: string): Promise<PrintTicketResult> {
    try {
      const parsed = PrintTicketResult.safeParse(await this.printTicket(visitId));
      return parsed.success ? parsed.data : { printed: false, reason: 'bad-reply' };
    } catch {
      return { printed: false, reason: 'io' };
    }
  }
}

export function chooseTicketOutput(api: KioskApi): TicketOutput {
  const preload = (globalThis as { dawr?: DawrPreload }).dawr;
  return preload?.printTicket ? new PreloadTicketOutput(preload.printTicket) : new HubTicketOutput(api);
}
