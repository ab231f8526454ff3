/**
 * Where a new ticket is printed: a small port so the Electron shell's preload
 * (`window.dawr.printTicket`) can replace the browser's way (the hub prints for us).
 */
import type { PrintTicketResult } from '../../shared/contract/kiosk.js';
import type { KioskApi } from './kiosk-api.js';

/** The reply's schema, loaded with the first print: no zod schema is built before the first paint (issue #15). */
const resultSchema = () => import('../../shared/contract/kiosk.js').then((m) => m.PrintTicketResult);

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
    const schema = await resultSchema().catch(() => null);
    if (!schema) return { printed: false, reason: 'offline' };
    const parsed = schema.safeParse(r.data);
    return parsed.success ? parsed.data : { printed: false, reason: 'bad-reply' };
  }
}

/** The Electron kiosk: its preload talks to the local printer. */
export class PreloadTicketOutput implements TicketOutput {
  constructor(private readonly printTicket: (visitId: string) => Promise<unknown>) {}

  async print(visitId: string): Promise<PrintTicketResult> {
    try {
      const reply = await this.printTicket(visitId);
      const parsed = (await resultSchema()).safeParse(reply);
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
